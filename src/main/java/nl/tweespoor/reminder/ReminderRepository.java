package nl.tweespoor.reminder;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_TODO;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.FlagSql;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.SelectSeekStep3;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** To-dos, their mail outbox, the users' e-mail setting and the digest's stale items. */
@Repository
class ReminderRepository {

    private final DSLContext db;

    ReminderRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * A to-do for every item on the review's agenda (every active item, as an open review lists them) without a
     * status update since the previous review met (closed, or opened when still running), or without any when there
     * is no previous review. Items that already have a to-do of this review get none: the unique key makes it
     * idempotent. The new to-dos' ids.
     */
    List<Long> createTodos(long reviewId, String quarter) {
        var since = db.select(DSL.coalesce(REVIEW.CLOSED_AT, REVIEW.OPENED_AT))
                .from(REVIEW)
                .where(REVIEW.QUARTER.lt(quarter))
                .orderBy(REVIEW.QUARTER.desc())
                .limit(1)
                .fetchOptional()
                .map(r -> r.value1());
        var updates = STATUS_UPDATE.INITIATIVE_ID.eq(INITIATIVE.ID);
        if (since.isPresent()) {
            updates = updates.and(STATUS_UPDATE.CREATED_AT.ge(since.get()));
        }
        return db.insertInto(REVIEW_TODO, REVIEW_TODO.REVIEW_ID, REVIEW_TODO.INITIATIVE_ID, REVIEW_TODO.OWNER_ID)
                .select(DSL.select(val(reviewId), INITIATIVE.ID, INITIATIVE.OWNER_ID)
                        .from(INITIATIVE)
                        .join(APP_USER)
                        .on(APP_USER.ID.eq(INITIATIVE.OWNER_ID))
                        .where(
                                INITIATIVE.STAGE.in(Stage.ACTIVE),
                                APP_USER.ACTIVE.isTrue(),
                                notExists(selectOne().from(STATUS_UPDATE).where(updates))))
                .onConflict(REVIEW_TODO.REVIEW_ID, REVIEW_TODO.INITIATIVE_ID)
                .doNothing()
                .returningResult(REVIEW_TODO.ID)
                .fetch(REVIEW_TODO.ID);
    }

    int countOpen(long ownerId) {
        return db.fetchCount(db.selectOne()
                .from(REVIEW_TODO)
                .join(REVIEW)
                .on(REVIEW.ID.eq(REVIEW_TODO.REVIEW_ID))
                .where(REVIEW_TODO.OWNER_ID.eq(ownerId), open()));
    }

    /** The owner's open to-dos, soonest review first. */
    List<Todo> open(long ownerId, int offset, int limit) {
        return todos(REVIEW_TODO.OWNER_ID.eq(ownerId))
                .offset(offset)
                .limit(limit)
                .fetch(ReminderRepository::todo);
    }

    /** Marks the owner's open to-do done; false when it is not theirs or no longer open. */
    boolean markDone(long todoId, long ownerId, OffsetDateTime at) {
        return db.update(REVIEW_TODO)
                        .set(REVIEW_TODO.DONE_AT, at)
                        .where(REVIEW_TODO.ID.eq(todoId), REVIEW_TODO.OWNER_ID.eq(ownerId))
                        .and(DSL.exists(selectOne()
                                .from(REVIEW)
                                .where(REVIEW.ID.eq(REVIEW_TODO.REVIEW_ID))
                                .and(open())))
                        .execute()
                == 1;
    }

    Optional<Long> initiativeOf(long todoId) {
        return db.select(REVIEW_TODO.INITIATIVE_ID)
                .from(REVIEW_TODO)
                .where(REVIEW_TODO.ID.eq(todoId))
                .fetchOptional(REVIEW_TODO.INITIATIVE_ID);
    }

    boolean emailReminders(long userId) {
        return db.select(APP_USER.EMAIL_REMINDERS)
                .from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.EMAIL_REMINDERS)
                .orElse(false);
    }

    /** Sets the user's choice; false when it was already so (nothing changed). */
    boolean setEmailReminders(long userId, boolean on) {
        return db.update(APP_USER)
                        .set(APP_USER.EMAIL_REMINDERS, on)
                        .where(APP_USER.ID.eq(userId), APP_USER.EMAIL_REMINDERS.ne(on))
                        .execute()
                == 1;
    }

    /** Owners with open to-dos not mailed yet, a batch at a time. */
    List<Long> ownersToMail(int limit) {
        return db.selectDistinct(REVIEW_TODO.OWNER_ID)
                .from(REVIEW_TODO)
                .join(REVIEW)
                .on(REVIEW.ID.eq(REVIEW_TODO.REVIEW_ID))
                .where(REVIEW_TODO.MAILED_AT.isNull(), open())
                .orderBy(REVIEW_TODO.OWNER_ID)
                .limit(limit)
                .fetch(REVIEW_TODO.OWNER_ID);
    }

    /**
     * The owner's open to-dos not mailed yet, locked until the transaction ends (a second instance's job skips them
     * rather than mail them twice), soonest review first.
     */
    List<Todo> lockUnmailed(long ownerId) {
        return todos(REVIEW_TODO.OWNER_ID.eq(ownerId).and(REVIEW_TODO.MAILED_AT.isNull()))
                .forUpdate()
                .of(REVIEW_TODO)
                .skipLocked()
                .fetch(ReminderRepository::todo);
    }

    private SelectSeekStep3<Record6<Long, String, LocalDate, Long, Track, String>, String, String, Long> todos(
            Condition which) {
        return db.select(
                        REVIEW_TODO.ID,
                        REVIEW.QUARTER,
                        REVIEW.MEETING_DATE,
                        INITIATIVE.ID,
                        INITIATIVE.TRACK,
                        INITIATIVE.TITLE)
                .from(REVIEW_TODO)
                .join(REVIEW)
                .on(REVIEW.ID.eq(REVIEW_TODO.REVIEW_ID))
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(REVIEW_TODO.INITIATIVE_ID))
                .where(which, open())
                .orderBy(REVIEW.QUARTER, INITIATIVE.TITLE, REVIEW_TODO.ID);
    }

    private static Todo todo(Record6<Long, String, LocalDate, Long, Track, String> r) {
        return new Todo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6());
    }

    void markMailed(List<Long> todoIds, OffsetDateTime at) {
        db.update(REVIEW_TODO)
                .set(REVIEW_TODO.MAILED_AT, at)
                .where(REVIEW_TODO.ID.in(todoIds))
                .execute();
    }

    Optional<Recipient> recipient(long userId) {
        return db.select(
                        APP_USER.ID,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.EMAIL,
                        APP_USER.LOCALE,
                        APP_USER.ACTIVE,
                        APP_USER.EMAIL_REMINDERS)
                .from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .fetchOptional(
                        r -> new Recipient(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    int staleAfterDays() {
        return db.select(APP_SETTING.STALE_AFTER_DAYS)
                .from(APP_SETTING)
                .where(APP_SETTING.ID.eq(1))
                .fetchOptional(APP_SETTING.STALE_AFTER_DAYS)
                .orElse(30);
    }

    /**
     * The stale items (FlagSql's STALE rule) of owners who may get mail, by owner, titles in order: one statement
     * whatever the number of owners.
     */
    Map<Recipient, List<MailItem>> staleByReachableOwner(OffsetDateTime staleBefore) {
        var byOwner = new LinkedHashMap<Recipient, List<MailItem>>();
        db.select(
                        APP_USER.ID,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.EMAIL,
                        APP_USER.LOCALE,
                        INITIATIVE.ID,
                        INITIATIVE.TRACK,
                        INITIATIVE.TITLE)
                .from(INITIATIVE)
                .join(APP_USER)
                .on(APP_USER.ID.eq(INITIATIVE.OWNER_ID))
                .where(
                        FlagSql.stale(staleBefore),
                        APP_USER.ACTIVE.isTrue(),
                        APP_USER.EMAIL_REMINDERS.isTrue(),
                        APP_USER.EMAIL.isNotNull(),
                        APP_USER.EMAIL.ne(""))
                .orderBy(APP_USER.ID, INITIATIVE.TITLE, INITIATIVE.ID)
                .forEach(r -> byOwner.computeIfAbsent(
                                new Recipient(r.value1(), r.value2(), r.value3(), r.value4(), true, true),
                                k -> new ArrayList<>())
                        .add(new MailItem(r.value5(), r.value6(), r.value7())));
        return byOwner;
    }

    /**
     * Open: not marked done, its review not closed, and no status update on the item since the to-do was made. The
     * condition on a REVIEW_TODO row joined to its REVIEW.
     */
    private static Condition open() {
        return REVIEW_TODO
                .DONE_AT
                .isNull()
                .and(REVIEW.STATUS.ne("CLOSED"))
                .and(notExists(selectOne()
                        .from(STATUS_UPDATE)
                        .where(
                                STATUS_UPDATE.INITIATIVE_ID.eq(REVIEW_TODO.INITIATIVE_ID),
                                STATUS_UPDATE.CREATED_AT.gt(REVIEW_TODO.CREATED_AT))));
    }
}
