package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import nl.tweespoor.support.Race;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A leader changes a decision while another closes the review, on real threads, round after round. Each round either
 * the decision lands first and the closing applies it (the item is stopped, its later planned budget released and
 * audited per line), or the closing wins and the decision is refused with a plain message. Never a decision that
 * committed without its effect, never a change after the close. Commits, so each test gets a fresh copy of the demo database.
 */
@FreshDatabaseForEachTest
class DecisionAgainstClosingTest extends DatabaseTest {

    private static final int ROUNDS = 25;
    private static final String ITEM = "Eén AI-platform met gedeelde spelregels";

    @Autowired
    ReviewService reviews;

    @Autowired
    DecisionService decisions;

    @Autowired
    ReviewClosing closing;

    @Autowired
    DSLContext db;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_decision_racing_the_closing_is_applied_by_it_or_refused_never_lost() {
        var race = new Race(users);
        long item = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(ITEM))
                .fetchSingle()
                .value1();
        int applied = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int laterLines = restoreItem(item);
            var review = new long[1];
            var seenVersion = new int[1];
            race.as("leader", () -> {
                review[0] = reviewInProgress();
                seenVersion[0] = decideAllToContinue(review[0], item);
            });
            int releasedEvents = releasedEvents(item);

            var outcomes = race.run(
                    "leader",
                            () -> decisions.decide(
                                    review[0],
                                    item,
                                    new DecisionDraft(Decision.STOP, "Past niet", null, "Eerst draagvlak"),
                                    seenVersion[0]),
                    "leader", () -> closing.close(review[0]));

            assertThat(outcomes.get(1).won())
                    .as("the closing, round %d: %s", round, outcomes.get(1))
                    .isTrue();
            assertThat(status(review[0])).isEqualTo("CLOSED");
            var decision = db.selectFrom(REVIEW_DECISION)
                    .where(REVIEW_DECISION.REVIEW_ID.eq(review[0]), REVIEW_DECISION.INITIATIVE_ID.eq(item))
                    .fetchSingle();
            var stage = db.select(INITIATIVE.STAGE)
                    .from(INITIATIVE)
                    .where(INITIATIVE.ID.eq(item))
                    .fetchSingle()
                    .value1();
            if (outcomes.get(0).won()) {
                applied++;
                assertThat(decision.getDecision()).isEqualTo("STOP");
                assertThat(stage)
                        .as("the committed STOP was applied, round %d", round)
                        .isEqualTo(Stage.STOPPED);
                assertThat(decision.getBudgetReleased()).isPositive();
                assertThat(laterPlanned(item)).isEqualByComparingTo("0");
                assertThat(releasedEvents(item))
                        .as("one audit event per released line")
                        .isEqualTo(releasedEvents + laterLines);
            } else {
                assertThat(outcomes.get(0).error())
                        .isInstanceOf(InvalidInputException.class)
                        .hasFieldOrPropertyWithValue("messageKey", "review.not-open");
                assertThat(decision.getDecision()).isEqualTo("CONTINUE");
                assertThat(decision.getVersion()).isEqualTo(seenVersion[0]);
                assertThat(stage).isEqualTo(Stage.PILOT);
                assertThat(releasedEvents(item)).isEqualTo(releasedEvents);
            }
            long closed = review[0];
            race.as(
                    "leader",
                    () -> assertThatThrownBy(() -> decisions.decide(
                                    closed,
                                    item,
                                    new DecisionDraft(Decision.CONTINUE, "Toch door", null, null),
                                    decision.getVersion()))
                            .isInstanceOf(InvalidInputException.class));
        }
        System.out.printf("decision against closing: decision first in %d of %d rounds%n", applied, ROUNDS);
    }

    @Test
    void the_database_makes_a_decision_written_during_a_closing_wait_for_it_and_then_refuses_it() throws Exception {
        var race = new Race(users);
        long item = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(ITEM))
                .fetchSingle()
                .value1();
        restoreItem(item);
        var review = new long[1];
        race.as("leader", () -> {
            review[0] = reviewInProgress();
            decideAllToContinue(review[0], item);
        });
        var closedNotCommitted = new CountDownLatch(1);
        var decisionWaiting = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            // Bypasses the services: the rule must hold in the database itself.
            var closingSide = pool.submit(() -> transaction.executeWithoutResult(status -> {
                db.update(REVIEW)
                        .set(REVIEW.STATUS, "CLOSED")
                        .set(REVIEW.CLOSED_AT, OffsetDateTime.now())
                        .where(REVIEW.ID.eq(review[0]))
                        .execute();
                closedNotCommitted.countDown();
                await(decisionWaiting);
            }));
            await(closedNotCommitted);
            var decisionSide = pool.submit(() -> transaction.executeWithoutResult(status -> db.update(REVIEW_DECISION)
                    .set(REVIEW_DECISION.REASON, "Stiekem bijgesteld")
                    .where(REVIEW_DECISION.REVIEW_ID.eq(review[0]), REVIEW_DECISION.INITIATIVE_ID.eq(item))
                    .execute()));
            waitUntilABackendWaitsForALock();
            decisionWaiting.countDown();
            closingSide.get(60, TimeUnit.SECONDS);

            assertThatThrownBy(() -> decisionSide.get(60, TimeUnit.SECONDS))
                    .hasStackTraceContaining("decisions of a closed review cannot change");
        } finally {
            decisionWaiting.countDown();
            pool.shutdownNow();
        }
        assertThat(status(review[0])).isEqualTo("CLOSED");
        assertThat(db.select(REVIEW_DECISION.REASON)
                        .from(REVIEW_DECISION)
                        .where(REVIEW_DECISION.REVIEW_ID.eq(review[0]), REVIEW_DECISION.INITIATIVE_ID.eq(item))
                        .fetchSingle()
                        .value1())
                .isEqualTo("Op koers");
    }

    /** The decision's trigger blocks on the review row the closing holds (polling, generous bound, no sleep). */
    private void waitUntilABackendWaitsForALock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (db.fetchCount(
                        DSL.table("pg_stat_activity"),
                        DSL.field("wait_event_type")
                                .eq("Lock")
                                .and(DSL.field("datname").eq(DSL.field("current_database()"))))
                == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the decision did not wait for the closing's lock on the review within 30 s");
            }
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the other side did not get there within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The demo's review in progress in the first round, then a new one per round in quarters nobody uses. Those lie
     * beyond the quarters a leader may open (ReviewQuarters), so the set-up writes the row itself: the race under
     * test is deciding against closing, not opening.
     */
    private long reviewInProgress() {
        return db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("IN_PROGRESS"))
                .fetchOptional(REVIEW.ID)
                .orElseGet(() -> db.insertInto(REVIEW)
                        .set(REVIEW.QUARTER, new Quarter(2300 + reviews.countReviews(), 1).toString())
                        .set(REVIEW.STATUS, "IN_PROGRESS")
                        .set(REVIEW.OPENED_AT, OffsetDateTime.now())
                        .returning(REVIEW.ID)
                        .fetchSingle(REVIEW.ID));
    }

    /** Every agenda item gets CONTINUE; returns the version of the item's decision. */
    private int decideAllToContinue(long review, long item) {
        for (var entry : reviews.agenda(review)) {
            decisions.decide(
                    review,
                    entry.initiativeId(),
                    new DecisionDraft(Decision.CONTINUE, "Op koers", null, null),
                    entry.decision() == null ? 0 : entry.decision().version());
        }
        var agenda = reviews.agenda(review);
        assertThat(agenda)
                .as("agenda of review %d", review)
                .extracting(AgendaItem::initiativeId)
                .contains(item);
        return agenda.stream()
                .filter(entry -> entry.initiativeId() == item)
                .findFirst()
                .orElseThrow()
                .decision()
                .version();
    }

    /** Puts the item back in PILOT with planned money after this quarter; returns how many lines plan money. */
    private int restoreItem(long item) {
        db.update(INITIATIVE)
                .set(INITIATIVE.STAGE, Stage.PILOT)
                .where(INITIATIVE.ID.eq(item))
                .execute();
        var later = Quarter.of(LocalDate.now()).plus(2).toString();
        db.insertInto(BUDGET_LINE)
                .set(BUDGET_LINE.INITIATIVE_ID, item)
                .set(BUDGET_LINE.QUARTER, later)
                .set(BUDGET_LINE.PLANNED, new BigDecimal("25000"))
                .onConflict(BUDGET_LINE.INITIATIVE_ID, BUDGET_LINE.QUARTER)
                .doUpdate()
                .set(BUDGET_LINE.PLANNED, new BigDecimal("25000"))
                .execute();
        return db.fetchCount(
                BUDGET_LINE,
                BUDGET_LINE
                        .INITIATIVE_ID
                        .eq(item)
                        .and(BUDGET_LINE.QUARTER.gt(Quarter.of(LocalDate.now()).toString()))
                        .and(BUDGET_LINE.PLANNED.gt(BigDecimal.ZERO)));
    }

    private BigDecimal laterPlanned(long item) {
        return db.select(DSL.coalesce(DSL.sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .where(
                        BUDGET_LINE.INITIATIVE_ID.eq(item),
                        BUDGET_LINE.QUARTER.gt(Quarter.of(LocalDate.now()).toString()))
                .fetchSingle()
                .value1();
    }

    private int releasedEvents(long item) {
        return db.fetchCount(
                AUDIT_EVENT,
                AUDIT_EVENT
                        .KIND
                        .eq("BUDGET_RELEASED")
                        .and(AUDIT_EVENT.INITIATIVE_ID.eq(item))
                        .and(DSL.field("(before_state ->> 'planned')::numeric", BigDecimal.class)
                                .gt(BigDecimal.ZERO))
                        .and(DSL.field("(after_state ->> 'planned')::numeric", BigDecimal.class)
                                .eq(BigDecimal.ZERO)));
    }

    private String status(long review) {
        return db.select(REVIEW.STATUS)
                .from(REVIEW)
                .where(REVIEW.ID.eq(review))
                .fetchSingle()
                .value1();
    }
}
