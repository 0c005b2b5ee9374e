package nl.tweespoor.journey;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.JOURNEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.db.tables.records.JourneyRecord;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 13: leaders keep the journeys and chains; every change is audited, versioned and checked. */
@Transactional
class JourneyServiceTest extends DatabaseTest {

    /** A demo journey that programmes and experiments name. */
    private static final String CLAIMS = "Schademelding tot uitbetaling";

    @Autowired
    JourneyService journeys;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void a_leader_creates_edits_and_deletes_a_journey_each_audited() {
        long owner = userId("manager");
        long id = journeys.create(new JourneyDraft(
                "  Hypotheek aanvragen ",
                JourneyKind.CUSTOMER_JOURNEY,
                owner,
                "  Van wens tot sleutel ",
                JourneyIntent.REDESIGN,
                2029));

        var created = stored(id);
        assertThat(created.getTitle()).isEqualTo("Hypotheek aanvragen");
        assertThat(created.getDescription()).isEqualTo("Van wens tot sleutel");
        assertThat(created.getKind()).isEqualTo("CUSTOMER_JOURNEY");
        assertThat(created.getIntent()).isEqualTo("REDESIGN");
        assertThat(created.getRedesignBy()).isEqualTo(2029);
        assertThat(created.getOwnerId()).isEqualTo(owner);
        assertThat(events("JOURNEY_CREATED", id)).isEqualTo(1);

        journeys.update(
                id,
                created.getVersion(),
                new JourneyDraft(
                        "Hypotheek aanvragen", JourneyKind.INTERNAL_CHAIN, null, " ", JourneyIntent.OPTIMISE, 2029));

        var updated = stored(id);
        assertThat(updated.getKind()).isEqualTo("INTERNAL_CHAIN");
        assertThat(updated.getIntent()).isEqualTo("OPTIMISE");
        assertThat(updated.getRedesignBy()).as("only a redesign has a year").isNull();
        assertThat(updated.getDescription()).isNull();
        assertThat(updated.getOwnerId()).isNull();
        assertThat(updated.getVersion()).isEqualTo(created.getVersion() + 1);
        assertThat(events("JOURNEY_UPDATED", id)).isEqualTo(1);

        journeys.delete(id, updated.getVersion());

        assertThat(db.fetchExists(JOURNEY, JOURNEY.ID.eq(id))).isFalse();
        assertThat(events("JOURNEY_DELETED", id)).isEqualTo(1);
        assertThat(journeys.mayEdit()).isTrue();
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_cannot_keep_journeys() {
        var claims = storedByTitle(CLAIMS);
        int count = db.fetchCount(JOURNEY);

        assertThatThrownBy(() -> journeys.create(draft("Eigen reis"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> journeys.update(claims.getId(), claims.getVersion(), draft("Gewijzigd")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> journeys.delete(claims.getId(), claims.getVersion()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(journeys.mayEdit()).isFalse();
        assertThat(db.fetchCount(JOURNEY)).isEqualTo(count);
        assertThat(storedByTitle(CLAIMS).getVersion()).isEqualTo(claims.getVersion());
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_map_but_cannot_create() {
        assertThat(journeys.count(JourneyFilter.ALL)).isPositive();
        assertThatThrownBy(() -> journeys.create(draft("Eigen reis"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> journeys.ownerChoices("", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("leader")
    void bad_input_is_refused_with_a_message_and_nothing_is_written() {
        int count = db.fetchCount(JOURNEY);

        assertRefused(draft(" "), "validation.title-required");
        assertRefused(draft("x".repeat(JourneyDraft.MAX_TITLE + 1)), "validation.too-long");
        assertRefused(
                new JourneyDraft("Reis", null, null, null, JourneyIntent.OPTIMISE, null), "journey.kind-required");
        assertRefused(
                new JourneyDraft("Reis", JourneyKind.CUSTOMER_JOURNEY, null, null, null, null),
                "journey.intent-required");
        assertRefused(
                new JourneyDraft("Reis", JourneyKind.CUSTOMER_JOURNEY, null, null, JourneyIntent.REDESIGN, null),
                "journey.redesign-by-required");
        assertRefused(
                new JourneyDraft("Reis", JourneyKind.CUSTOMER_JOURNEY, null, null, JourneyIntent.REDESIGN, 1999),
                "journey.redesign-by-invalid");
        assertRefused(draft(CLAIMS.toUpperCase(java.util.Locale.ROOT)), "journey.title-taken");
        assertRefused(
                new JourneyDraft(
                        "Reis", JourneyKind.CUSTOMER_JOURNEY, userId("viewer"), null, JourneyIntent.OPTIMISE, null),
                "journey.owner-unknown");

        assertThat(db.fetchCount(JOURNEY)).isEqualTo(count);
    }

    @Test
    @WithUserDetails("leader")
    void a_journey_keeps_its_own_title_when_edited() {
        var claims = storedByTitle(CLAIMS);

        journeys.update(claims.getId(), claims.getVersion(), draft(CLAIMS));

        assertThat(storedByTitle(CLAIMS).getIntent()).isEqualTo("OPTIMISE");
    }

    @Test
    @WithUserDetails("leader")
    void an_edit_or_delete_against_an_old_version_is_refused_and_changes_nothing() {
        long id = journeys.create(draft("Verhuizen"));
        var seen = stored(id);
        journeys.update(id, seen.getVersion(), draft("Verhuizen doorgeven"));

        assertThatThrownBy(() -> journeys.update(id, seen.getVersion(), draft("Verhuizen melden")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> journeys.delete(id, seen.getVersion())).isInstanceOf(ConcurrentEditException.class);

        assertThat(stored(id).getTitle()).isEqualTo("Verhuizen doorgeven");
        assertThat(events("JOURNEY_UPDATED", id)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("leader")
    void a_journey_that_items_name_cannot_be_deleted_and_the_message_says_how_many() {
        var claims = storedByTitle(CLAIMS);

        assertThatThrownBy(() -> journeys.delete(claims.getId(), claims.getVersion()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("journey.delete-in-use");
                    // the claims programme and three experiments of the demo story
                    assertThat(e.arguments()).containsExactly(4);
                });
        assertThat(db.fetchExists(JOURNEY, JOURNEY.ID.eq(claims.getId()))).isTrue();
        assertThat(events("JOURNEY_DELETED", claims.getId())).isZero();
    }

    @Test
    @WithUserDetails("leader")
    void owner_choices_are_active_leaders_and_programme_managers() {
        assertThat(journeys.ownerChoices("", 0, 50))
                .extracting(o -> db.fetchValue(APP_USER.USERNAME, APP_USER.ID.eq(o.id())))
                .contains("leader", "manager", "manager2")
                .doesNotContain("viewer", "admin");
        assertThat(journeys.ownerChoices("nobody-is-called-this", 0, 50)).isEmpty();
    }

    private void assertRefused(JourneyDraft draft, String messageKey) {
        assertThatThrownBy(() -> journeys.create(draft))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private static JourneyDraft draft(String title) {
        return new JourneyDraft(title, JourneyKind.CUSTOMER_JOURNEY, null, null, JourneyIntent.OPTIMISE, null);
    }

    private long userId(String username) {
        return db.fetchValue(APP_USER.ID, APP_USER.USERNAME.eq(username));
    }

    private JourneyRecord stored(long id) {
        return db.fetchSingle(JOURNEY, JOURNEY.ID.eq(id));
    }

    private JourneyRecord storedByTitle(String title) {
        return db.fetchSingle(JOURNEY, JOURNEY.TITLE.eq(title));
    }

    private int events(String kind, long id) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq(kind).and(AUDIT_EVENT.ENTITY_ID.eq(id)));
    }
}
