package nl.tweespoor.admin;

import static nl.tweespoor.admin.AdminFixtures.events;
import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.priority.PriorityService;
import nl.tweespoor.priority.Weights;
import nl.tweespoor.review.BoardPackService;
import nl.tweespoor.status.Flag;
import nl.tweespoor.status.FlagService;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SignIn;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The organisation-wide settings: admins only, validated, versioned, and they change what the app does. */
@Transactional
class SettingsServiceTest extends DatabaseTest {

    @Autowired
    SettingsService settings;

    @Autowired
    FlagService flags;

    @Autowired
    PriorityService priorities;

    @Autowired
    BoardPackService boardPacks;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    DSLContext db;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_saves_the_settings_audited_and_the_board_pack_carries_the_new_name() {
        var current = settings.settings();
        assertThat(current.organisationName()).isEqualTo("Noordzee Verzekeringen");
        assertThat(current.staleAfterDays()).isEqualTo(45);

        int eventsBefore = events(db, "SETTINGS_CHANGED", 1L);
        int version =
                settings.save(new OrganisationSettings("  Zuiderzee Verzekeringen ", 30, 60, 1600, current.version()));

        var saved = settings.settings();
        assertThat(saved).isEqualTo(new OrganisationSettings("Zuiderzee Verzekeringen", 30, 60, 1600, version));
        assertThat(version).isEqualTo(current.version() + 1);
        assertThat(events(db, "SETTINGS_CHANGED", 1L)).isEqualTo(eventsBefore + 1);
        long review = db.select(REVIEW.ID).from(REVIEW).limit(1).fetchSingle(REVIEW.ID);
        var pdf = new String(boardPacks.pdf(review, Locale.ENGLISH), StandardCharsets.ISO_8859_1);
        assertThat(pdf).contains("Zuiderzee Verzekeringen");
    }

    @Test
    @WithUserDetails("admin")
    void out_of_range_or_missing_values_are_refused_and_nothing_changes() {
        int version = settings.settings().version();

        assertRefused(new OrganisationSettings(" ", 45, 30, 1600, version), "admin.settings.name-required");
        assertRefused(new OrganisationSettings("x".repeat(201), 45, 30, 1600, version), "validation.too-long");
        for (Integer days : new Integer[] {0, 366, null}) {
            assertRefused(new OrganisationSettings("Noordzee", days, 30, 1600, version), "validation.between");
        }
        for (Integer minutes : new Integer[] {4, 481, null}) {
            assertRefused(new OrganisationSettings("Noordzee", 45, minutes, 1600, version), "validation.between");
        }

        assertThat(settings.settings().version()).isEqualTo(version);
        settings.save(new OrganisationSettings("Noordzee", 365, 480, 1600, version));
        settings.save(new OrganisationSettings("Noordzee", 1, 5, 1600, version + 1));
        assertThat(settings.settings().staleAfterDays()).isEqualTo(1);
    }

    @Test
    void a_save_after_a_leader_changed_the_weights_is_refused_and_the_weights_stay() {
        SignIn.as(userDetailsService, "admin");
        var seenByAdmin = settings.settings();
        SignIn.as(userDetailsService, "leader");
        var weights = priorities.weights();
        priorities.setWeights(new Weights(
                new BigDecimal("40"),
                weights.strategicFit(),
                weights.feasibility(),
                weights.urgency(),
                weights.risk(),
                weights.version()));

        SignIn.as(userDetailsService, "admin");
        assertThatThrownBy(() ->
                        settings.save(new OrganisationSettings("Andere naam", 20, 30, 1600, seenByAdmin.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(settings.settings().organisationName()).isEqualTo("Noordzee Verzekeringen");

        settings.save(new OrganisationSettings(
                "Andere naam", 20, 30, 1600, settings.settings().version()));
        assertThat(db.fetchValue(APP_SETTING.WEIGHT_VALUE, APP_SETTING.ID.eq(1)))
                .isEqualByComparingTo("40");
    }

    @Test
    @WithUserDetails("admin")
    void the_stale_threshold_decides_which_items_are_flagged_stale() {
        var version = settings.settings().version();
        var at45 = staleItems();
        assertThat(at45).as("the demo has one stale item").isNotEmpty();

        version = settings.save(new OrganisationSettings("Noordzee", 1, 30, 1600, version));
        var at1 = staleItems();
        assertThat(at1).containsAll(at45).hasSizeGreaterThan(at45.size());

        settings.save(new OrganisationSettings("Noordzee", 365, 30, 1600, version));
        assertThat(staleItems()).doesNotContainAnyElementsOf(at45);
    }

    @Test
    void only_admins_read_or_change_the_settings() {
        SignIn.as(userDetailsService, "admin");
        var current = settings.settings();
        for (var username : new String[] {"leader", "manager", "viewer"}) {
            SignIn.as(userDetailsService, username);
            assertThatThrownBy(() -> settings.settings()).as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() ->
                            settings.save(new OrganisationSettings("Overgenomen", 10, 10, 1600, current.version())))
                    .as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(db.fetchValue(APP_SETTING.VERSION, APP_SETTING.ID.eq(1))).isEqualTo(current.version());
    }

    @Test
    @WithUserDetails("admin")
    void hours_per_fte_is_kept_between_1000_and_2080_and_each_change_is_audited() {
        var current = settings.settings();
        assertThat(current.hoursPerFte()).as("the default").isEqualTo(1600);
        for (Integer hours : new Integer[] {999, 2081, 0, -1600, null}) {
            assertRefused(withHoursPerFte(current, hours, current.version()), "validation.between");
        }
        assertThat(settings.settings().version()).isEqualTo(current.version());

        int version = settings.save(withHoursPerFte(current, 1000, current.version()));
        settings.save(withHoursPerFte(current, 2080, version));

        assertThat(settings.settings().hoursPerFte()).isEqualTo(2080);
        assertThat(db.select(
                                DSL.field("before_state ->> 'hours_per_fte'", String.class),
                                DSL.field("after_state ->> 'hours_per_fte'", String.class))
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.KIND.eq("SETTINGS_CHANGED"))
                        .orderBy(AUDIT_EVENT.ID.desc())
                        .limit(1)
                        .fetchSingle()
                        .intoArray())
                .containsExactly("1000", "2080");
    }

    private static OrganisationSettings withHoursPerFte(OrganisationSettings s, Integer hours, int version) {
        return new OrganisationSettings(
                s.organisationName(), s.staleAfterDays(), s.sessionTimeoutMinutes(), hours, version);
    }

    private Set<Long> staleItems() {
        return Set.copyOf(db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(flags.sql().has(Flag.STALE))
                .fetch(INITIATIVE.ID));
    }

    private void assertRefused(OrganisationSettings input, String messageKey) {
        assertThatThrownBy(() -> settings.save(input))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
