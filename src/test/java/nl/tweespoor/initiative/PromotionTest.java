package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SignIn;
import nl.tweespoor.support.SinceTheStory;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** PRODUCT.md §4: a leader promotes an experiment into a programme, in one transaction. */
@Transactional
class PromotionTest extends DatabaseTest {

    // Demo experiments (DemoData), all owned by manager.
    private static final String RUNNING = "Klantchatbot voor polisvragen";
    private static final String CONCLUDED = "AI-notulist bij klantgesprekken";
    private static final String PROPOSED = "AI-hulp voor de servicedesk";
    private static final String ALREADY_PROMOTED = "Conceptantwoorden op klantmails";
    private static final String CONCLUDED_FOR_ATOMICITY = "Weekrapportage operations automatisch opgesteld";
    private static final String PROGRAMME = "Schadereis opnieuw ontworpen met AI";

    @Autowired
    InitiativeLifecycleService lifecycle;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    UserDetailsService users;

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void promoting_a_concluded_experiment_creates_a_linked_programme_in_discovery_carrying_its_evidence() {
        var experiment = stored(CONCLUDED);

        long programmeId = lifecycle.promote(experiment.getId(), experiment.getVersion());

        var programme =
                db.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(programmeId)).fetchSingle();
        assertThat(programme.getTrack()).isEqualTo(Track.STRATEGIC);
        assertThat(programme.getStage()).isEqualTo(Stage.DISCOVERY);
        assertThat(programme.getTitle()).isEqualTo(CONCLUDED);
        assertThat(programme.getHypothesis()).isEqualTo(experiment.getHypothesis());
        assertThat(programme.getOwnerId()).isEqualTo(experiment.getOwnerId());
        assertThat(programme.getDepartmentId()).isEqualTo(experiment.getDepartmentId());
        assertThat(programme.getToolVendor()).isEqualTo("Otter.ai");
        assertThat(programme.getUseCaseCategory()).isEqualTo("Notuleren");
        assertThat(programme.getPromotedFromId()).isEqualTo(experiment.getId());
        assertThat(programme.getStartQuarter())
                .isEqualTo(Quarter.of(LocalDate.now()).toString());
        assertThat(programme.getDescription())
                .contains("uren bespaard per week: 12.0")
                .contains("adoptie %: 75.0")
                .contains("tevredenheid (1-5): 4.4")
                .contains("deelnemers: 20")
                .contains("Medewerkers besparen ruim een half uur per dag; toestemming van de klant vooraf vragen "
                        + "werkt goed.");

        var promoted = stored(CONCLUDED);
        assertThat(promoted.getStage()).isEqualTo(Stage.PROMOTED);
        assertThat(promoted.getVersion()).isEqualTo(experiment.getVersion() + 1);

        assertThat(initiatives.details(experiment.getId()).promotedTo()).isEqualTo(new Option(programmeId, CONCLUDED));
        assertThat(initiatives.details(experiment.getId()).promotedFrom()).isNull();
        assertThat(initiatives.details(programmeId).promotedFrom())
                .isEqualTo(new Option(experiment.getId(), CONCLUDED));
        assertThat(initiatives.details(programmeId).track()).isEqualTo(Track.STRATEGIC);

        assertThat(db.select(
                                DSL.field("before_state ->> 'stage'", String.class),
                                DSL.field("after_state ->> 'stage'", String.class))
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.KIND.eq("PROMOTED").and(AUDIT_EVENT.ENTITY_ID.eq(experiment.getId())))
                        .fetchSingle()
                        .intoArray())
                .containsExactly("CONCLUDED", "PROMOTED");
        assertThat(db.select(AUDIT_EVENT.ACTOR_NAME, DSL.field("after_state ->> 'stage'", String.class))
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT
                                .KIND
                                .eq("INITIATIVE_CREATED")
                                .and(AUDIT_EVENT.ENTITY_ID.eq(programmeId))
                                .and(AUDIT_EVENT.INITIATIVE_ID.eq(programmeId)))
                        .fetchSingle()
                        .intoArray())
                .containsExactly("leader", "DISCOVERY");
    }

    @Test
    @WithUserDetails("leader")
    void promoting_a_running_experiment_also_works_and_leaves_out_missing_learnings() {
        var experiment = stored(RUNNING);

        long programmeId = lifecycle.promote(experiment.getId(), experiment.getVersion());

        var programme =
                db.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(programmeId)).fetchSingle();
        assertThat(programme.getStage()).isEqualTo(Stage.DISCOVERY);
        assertThat(programme.getPromotedFromId()).isEqualTo(experiment.getId());
        assertThat(programme.getDescription()).isEqualTo("""
                Evidence from the experiment / bewijs uit het experiment:
                - Hours saved per week / uren bespaard per week: 6.0
                - Adoption % / adoptie %: 40.0
                - Satisfaction / tevredenheid (1-5): 3.8
                - Participants / deelnemers: 14
                """);
        assertThat(stored(RUNNING).getStage()).isEqualTo(Stage.PROMOTED);
    }

    @Test
    @WithUserDetails("leader")
    void the_leader_is_offered_promotion_only_for_running_or_concluded_experiments() {
        assertThat(lifecycle.mayPromote(initiatives.details(stored(RUNNING).getId())))
                .isTrue();
        assertThat(lifecycle.mayPromote(initiatives.details(stored(CONCLUDED).getId())))
                .isTrue();
        assertThat(lifecycle.mayPromote(initiatives.details(stored(PROPOSED).getId())))
                .isFalse();
        assertThat(lifecycle.mayPromote(
                        initiatives.details(stored(ALREADY_PROMOTED).getId())))
                .isFalse();
        assertThat(lifecycle.mayPromote(initiatives.details(stored(PROGRAMME).getId())))
                .isFalse();
    }

    @Test
    @WithUserDetails("leader")
    void a_proposed_or_already_promoted_experiment_or_a_programme_cannot_be_promoted() {
        for (var title : new String[] {PROPOSED, ALREADY_PROMOTED, PROGRAMME}) {
            var item = stored(title);
            int initiativesBefore = db.fetchCount(INITIATIVE);

            assertThatThrownBy(() -> lifecycle.promote(item.getId(), item.getVersion()))
                    .as(title)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("promotion.not-possible"));

            assertNothingChanged(item, initiativesBefore);
        }
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_cannot_promote_even_his_own_experiment() {
        var item = stored(CONCLUDED);
        int initiativesBefore = db.fetchCount(INITIATIVE);

        assertThatThrownBy(() -> lifecycle.promote(item.getId(), item.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(lifecycle.mayPromote(initiatives.details(item.getId()))).isFalse();

        assertNothingChanged(item, initiativesBefore);
    }

    @Test
    @WithUserDetails("leader")
    void promoting_against_a_stale_version_is_refused() {
        var item = stored(CONCLUDED);
        int initiativesBefore = db.fetchCount(INITIATIVE);

        assertThatThrownBy(() -> lifecycle.promote(item.getId(), item.getVersion() - 1))
                .isInstanceOf(ConcurrentEditException.class);

        assertNothingChanged(item, initiativesBefore);
    }

    /**
     * The programme is inserted before the experiment is updated. This test makes that update fail for real, the way
     * it fails in production: another user saves the experiment in between. It runs without the test transaction, so
     * promote() has its own transaction, and:
     * <ol>
     * <li>a second connection bumps the experiment's version without committing, so it holds the row lock;</li>
     * <li>promote() runs in another thread: it reads the committed (old) version, which matches, inserts the
     * programme and then blocks on the experiment's UPDATE (we wait until PostgreSQL reports it blocked on our
     * connection, and that its statement is the UPDATE);</li>
     * <li>the second connection commits; the UPDATE re-checks its "where version = old" against the new row, changes
     * nothing, and jOOQ's optimistic locking throws, which the service turns into a ConcurrentEditException.</li>
     * </ol>
     * If promote() were not one transaction, the programme inserted in step 2 would remain.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void when_the_experiment_update_fails_after_the_programme_insert_no_programme_remains() throws Exception {
        var experiment = stored(CONCLUDED_FOR_ATOMICITY);
        assertThat(experiment.getStage()).isEqualTo(Stage.CONCLUDED);
        int initiativesBefore = db.fetchCount(INITIATIVE);
        var executor = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            var otherDb = DSL.using(other, SQLDialect.POSTGRES);
            try {
                otherDb.update(INITIATIVE)
                        .set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1))
                        .where(INITIATIVE.ID.eq(experiment.getId()))
                        .execute();
                int otherPid = otherDb.select(DSL.field("pg_backend_pid()", Integer.class))
                        .fetchSingle()
                        .value1();

                var promotion = executor.submit(() -> {
                    SignIn.as(users, "leader");
                    try {
                        return lifecycle.promote(experiment.getId(), experiment.getVersion());
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
                var blockedStatement = waitUntilBlockedBy(otherPid, promotion);
                assertThat(blockedStatement).startsWithIgnoringCase("update").contains("\"version\"");

                other.commit();

                assertThatThrownBy(() -> promotion.get(30, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class)
                        .cause()
                        .isInstanceOf(ConcurrentEditException.class);
            } finally {
                other.rollback();
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(db.fetchCount(INITIATIVE, INITIATIVE.PROMOTED_FROM_ID.eq(experiment.getId())))
                .isZero();
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(initiativesBefore);
        assertThat(db.fetchCount(
                        AUDIT_EVENT, AUDIT_EVENT.KIND.eq("PROMOTED").and(AUDIT_EVENT.ENTITY_ID.eq(experiment.getId()))))
                .isZero();
        var after = stored(CONCLUDED_FOR_ATOMICITY);
        assertThat(after.getStage()).isEqualTo(Stage.CONCLUDED);
        assertThat(after.getVersion()).isEqualTo(experiment.getVersion() + 1);
    }

    /** The statement of the session blocked by {@code pid}, once there is one; fails if promote ends first. */
    private String waitUntilBlockedBy(int pid, Future<?> promotion) {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var blocked = db.resultQuery("select query from pg_stat_activity where ? = any(pg_blocking_pids(pid))", pid)
                    .fetch(0, String.class);
            if (!blocked.isEmpty()) {
                return blocked.getFirst();
            }
            assertThat(promotion.isDone())
                    .as("promote() finished without waiting for the row lock")
                    .isFalse();
            Thread.onSpinWait();
        }
        throw new AssertionError("promote() never reached the experiment update");
    }

    private void assertNothingChanged(InitiativeRecord before, int initiativesBefore) {
        var after = stored(before.getTitle());
        assertThat(after.getStage()).isEqualTo(before.getStage());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(initiativesBefore);
        assertThat(db.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT
                                .KIND
                                .eq("PROMOTED")
                                .and(AUDIT_EVENT.ENTITY_ID.eq(before.getId()))
                                .and(SinceTheStory.auditEvents())))
                .isZero();
    }

    /** The demo item of that title (a programme promoted from it gets the same title and a higher id). */
    private InitiativeRecord stored(String title) {
        return db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle();
    }
}
