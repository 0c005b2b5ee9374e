package nl.tweespoor.reminder;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static nl.tweespoor.db.Tables.REVIEW_TODO;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.review.Decision;
import nl.tweespoor.review.DecisionDraft;
import nl.tweespoor.review.DecisionService;
import nl.tweespoor.review.ReviewService;
import nl.tweespoor.review.ReviewState;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.Rag;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Planning a review gives a to-do to the owners of agenda items without an update since the previous review, and to
 * nobody else; planning is idempotent; the bell counts a user's open to-dos; a status update or "done" clears one.
 */
@Transactional
class PlanningRemindersTest extends DatabaseTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    ReminderService reminders;

    @Autowired
    DecisionService decisions;

    @Autowired
    ReminderMail mail;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext db;

    private final Quarter next = Quarter.of(LocalDate.now()).plus(1);
    private long updated;
    private long silent;
    private long stopped;

    /**
     * The previous review (the demo's review in progress) opened a minute ago: every demo update is older. One active
     * item of manager's gets an update after that; another of manager's stays silent; one item is stopped.
     */
    @BeforeEach
    void knownItems() {
        // no request of a browser here: the bell's count is kept per request, these tests count afresh each time
        RequestContextHolder.resetRequestAttributes();
        db.update(REVIEW)
                .set(REVIEW.OPENED_AT, OffsetDateTime.now().minusMinutes(1))
                .where(REVIEW.STATUS.eq(ReviewState.IN_PROGRESS.name()))
                .execute();
        long manager = userId("manager");
        var managers = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.OWNER_ID.eq(manager), INITIATIVE.STAGE.in(Stage.ACTIVE))
                .orderBy(INITIATIVE.ID)
                .limit(2)
                .fetch(INITIATIVE.ID);
        updated = managers.get(0);
        silent = managers.get(1);
        statusUpdate(updated, OffsetDateTime.now(), manager);
        stopped = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.STAGE.notIn(Stage.ACTIVE))
                .limit(1)
                .fetchSingle(INITIATIVE.ID);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void planning_gives_a_todo_to_owners_of_agenda_items_without_an_update_since_the_previous_review_only() {
        SignIn.as(users, "leader");
        long review = reviews.plan(next.toString(), LocalDate.now().plusDays(7));

        assertThat(todoOwner(review, silent)).isEqualTo(userId("manager"));
        assertThat(todoOwner(review, updated))
                .as("updated since the previous review")
                .isNull();
        assertThat(todoOwner(review, stopped)).as("not on the agenda").isNull();
        int silentActive = db.fetchCount(
                INITIATIVE,
                INITIATIVE.STAGE.in(Stage.ACTIVE),
                INITIATIVE.ID.ne(updated),
                INITIATIVE.OWNER_ID.in(db.select(APP_USER.ID).from(APP_USER).where(APP_USER.ACTIVE.isTrue())));
        assertThat(db.fetchCount(REVIEW_TODO, REVIEW_TODO.REVIEW_ID.eq(review))).isEqualTo(silentActive);
        assertThat(db.fetchCount(db.selectOne()
                        .from(REVIEW_TODO)
                        .join(INITIATIVE)
                        .on(INITIATIVE.ID.eq(REVIEW_TODO.INITIATIVE_ID))
                        .where(REVIEW_TODO.OWNER_ID.ne(INITIATIVE.OWNER_ID))))
                .as("each to-do is its item's owner's")
                .isZero();
        assertThat(db.fetchValue(REVIEW.STATUS, REVIEW.ID.eq(review))).isEqualTo("PLANNED");
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("REVIEW_PLANNED"), AUDIT_EVENT.ENTITY_ID.eq(review)))
                .isOne();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("TODOS_CREATED"), AUDIT_EVENT.ENTITY_ID.eq(review)))
                .isOne();
    }

    @Test
    void moving_the_meeting_or_reminding_again_adds_no_second_todo() {
        SignIn.as(users, "leader");
        long review = reviews.plan(next.toString(), LocalDate.now().plusDays(7));
        int todos = db.fetchCount(REVIEW_TODO, REVIEW_TODO.REVIEW_ID.eq(review));

        reviews.reschedule(review, version(review), LocalDate.now().plusDays(9));
        assertThat(reminders.remindOwners(review, next.toString())).isZero();

        assertThat(db.fetchCount(REVIEW_TODO, REVIEW_TODO.REVIEW_ID.eq(review))).isEqualTo(todos);
        assertThat(db.fetchValue(REVIEW.MEETING_DATE, REVIEW.ID.eq(review)))
                .isEqualTo(LocalDate.now().plusDays(9));
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("REVIEW_RESCHEDULED")))
                .isOne();
    }

    @Test
    void a_decision_on_a_planned_review_is_refused_as_not_opened_yet_not_as_closed() {
        SignIn.as(users, "leader");
        long review = reviews.plan(next.toString(), LocalDate.now().plusDays(7));

        assertThatThrownBy(() -> decisions.decide(
                        review, silent, new DecisionDraft(Decision.CONTINUE, "Loopt goed", null, null), 0))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.not-started"));
        assertThat(db.fetchCount(REVIEW_DECISION, REVIEW_DECISION.REVIEW_ID.eq(review)))
                .isZero();
    }

    @Test
    void a_quarter_is_planned_once_and_never_for_a_meeting_in_the_past() {
        SignIn.as(users, "leader");
        assertThatThrownBy(() -> reviews.plan(next.toString(), LocalDate.now().minusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.meeting-date-past"));
        reviews.plan(next.toString(), LocalDate.now().plusDays(7));
        assertThatThrownBy(() -> reviews.plan(next.toString(), LocalDate.now().plusDays(8)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.quarter-taken"));
        var current = Quarter.of(LocalDate.now()).toString();
        assertThatThrownBy(() -> reviews.plan(current, LocalDate.now().plusDays(7)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.quarter-taken"));
    }

    @Test
    void the_bell_counts_the_owners_open_todos_and_an_update_or_done_clears_one() {
        SignIn.as(users, "leader");
        long review = reviews.plan(next.toString(), LocalDate.now().plusDays(7));
        assertThat(reminders.countOpen()).isEqualTo(count(review, "leader"));

        SignIn.as(users, "manager");
        int mine = count(review, "manager");
        assertThat(mine).isGreaterThanOrEqualTo(1);
        assertThat(reminders.countOpen()).isEqualTo(mine);
        assertThat(reminders.open(0, 100)).extracting(Todo::initiativeId).contains(silent);

        statusUpdate(silent, OffsetDateTime.now().plusSeconds(1), userId("manager"));
        assertThat(reminders.countOpen()).isEqualTo(mine - 1);
        assertThat(reminders.open(0, 100)).extracting(Todo::initiativeId).doesNotContain(silent);

        if (mine > 1) {
            var other = reminders.open(0, 1).getFirst();
            reminders.markDone(other.id());
            assertThat(reminders.countOpen()).isEqualTo(mine - 2);
            assertThatThrownBy(() -> reminders.markDone(other.id())).isInstanceOf(InvalidInputException.class);
        }
        SignIn.as(users, "manager2");
        long othersTodo = db.select(REVIEW_TODO.ID)
                .from(REVIEW_TODO)
                .where(REVIEW_TODO.REVIEW_ID.eq(review), REVIEW_TODO.OWNER_ID.eq(userId("manager")))
                .and(REVIEW_TODO.DONE_AT.isNull())
                .limit(1)
                .fetchSingle(REVIEW_TODO.ID);
        assertThatThrownBy(() -> reminders.markDone(othersTodo)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void opening_the_planned_review_starts_it_and_its_todos_end_when_it_closes() {
        SignIn.as(users, "leader");
        long review = reviews.plan(next.toString(), LocalDate.now().plusDays(7));
        db.update(REVIEW)
                .set(REVIEW.STATUS, ReviewState.CLOSED.name())
                .set(REVIEW.CLOSED_AT, OffsetDateTime.now())
                .where(REVIEW.STATUS.eq(ReviewState.IN_PROGRESS.name()))
                .execute();

        assertThat(reviews.open(next.toString())).isEqualTo(review);
        assertThat(db.fetchValue(REVIEW.STATUS, REVIEW.ID.eq(review))).isEqualTo("IN_PROGRESS");
        SignIn.as(users, "manager");
        assertThat(reminders.countOpen()).isPositive();
        db.update(REVIEW)
                .set(REVIEW.STATUS, ReviewState.CLOSED.name())
                .set(REVIEW.CLOSED_AT, OffsetDateTime.now())
                .where(REVIEW.ID.eq(review))
                .execute();
        assertThat(reminders.countOpen()).isZero();
    }

    @Test
    void a_user_turns_reminder_mails_off_for_themselves_audited() {
        SignIn.as(users, "manager");
        assertThat(reminders.emailReminders()).isTrue();
        reminders.setEmailReminders(false);
        reminders.setEmailReminders(false);
        assertThat(reminders.emailReminders()).isFalse();
        assertThat(db.fetchValue(APP_USER.EMAIL_REMINDERS, APP_USER.USERNAME.eq("manager")))
                .isFalse();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("USER_EMAIL_REMINDERS")))
                .isOne();
    }

    @Test
    void with_mail_off_the_jobs_send_nothing_and_the_todos_wait() {
        SignIn.as(users, "leader");
        long review = reviews.plan(next.toString(), LocalDate.now().plusDays(7));

        assertThat(mail.sendPending()).isZero();
        assertThat(mail.sendDigest()).isZero();
        assertThat(db.fetchCount(REVIEW_TODO, REVIEW_TODO.REVIEW_ID.eq(review), REVIEW_TODO.MAILED_AT.isNull()))
                .isEqualTo(db.fetchCount(REVIEW_TODO, REVIEW_TODO.REVIEW_ID.eq(review)));
    }

    private int count(long review, String username) {
        return db.fetchCount(REVIEW_TODO, REVIEW_TODO.REVIEW_ID.eq(review), REVIEW_TODO.OWNER_ID.eq(userId(username)));
    }

    private Long todoOwner(long review, long initiative) {
        return db.select(REVIEW_TODO.OWNER_ID)
                .from(REVIEW_TODO)
                .where(REVIEW_TODO.REVIEW_ID.eq(review), REVIEW_TODO.INITIATIVE_ID.eq(initiative))
                .fetchOne(REVIEW_TODO.OWNER_ID);
    }

    private int version(long review) {
        return db.fetchValue(REVIEW.VERSION, REVIEW.ID.eq(review));
    }

    private long userId(String username) {
        return db.fetchValue(APP_USER.ID, APP_USER.USERNAME.eq(username));
    }

    private void statusUpdate(long initiative, OffsetDateTime at, long author) {
        db.insertInto(STATUS_UPDATE)
                .set(STATUS_UPDATE.INITIATIVE_ID, initiative)
                .set(STATUS_UPDATE.AUTHOR_ID, author)
                .set(STATUS_UPDATE.RAG, Rag.GREEN)
                .set(STATUS_UPDATE.PROGRESS_PCT, 50)
                .set(STATUS_UPDATE.QUARTER, Quarter.of(LocalDate.now()).toString())
                .set(STATUS_UPDATE.SUMMARY, "On track")
                .set(STATUS_UPDATE.CREATED_AT, at)
                .execute();
    }
}
