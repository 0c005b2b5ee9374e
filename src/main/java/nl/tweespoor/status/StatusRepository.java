package nl.tweespoor.status;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.BudgetLineRecord;
import nl.tweespoor.stage.Stage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class StatusRepository {

    private final DSLContext db;

    StatusRepository(DSLContext db) {
        this.db = db;
    }

    /** The owner and title of an item, for the permission check and the audit summaries. */
    Optional<StatusItem> item(long id) {
        return db.select(INITIATIVE.OWNER_ID, INITIATIVE.TITLE)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(id))
                .fetchOptional(Records.mapping(StatusItem::new));
    }

    record StatusItem(long ownerId, String title) {}

    /** A status update as it is stored: the draft checked and tidied by the service. */
    record NewUpdate(
            long initiativeId,
            long authorId,
            Rag rag,
            int progressPct,
            String quarter,
            @Nullable BigDecimal spend,
            String summary,
            @Nullable String risks,
            @Nullable String nextSteps,
            OffsetDateTime createdAt) {}

    /** Stores a new status update; the written row is its id. */
    Written<Long> insert(NewUpdate values) {
        var update = db.newRecord(STATUS_UPDATE);
        update.setInitiativeId(values.initiativeId());
        update.setAuthorId(values.authorId());
        update.setRag(values.rag());
        update.setProgressPct(values.progressPct());
        update.setQuarter(values.quarter());
        update.setSpend(values.spend());
        update.setSummary(values.summary());
        update.setRisks(values.risks());
        update.setNextSteps(values.nextSteps());
        update.setCreatedAt(values.createdAt());
        Versioned.store(update);
        return Written.inserted(update.getId(), update);
    }

    /** The quarter's actual spend of the item and its budget line's version, empty without a line. */
    Optional<StoredSpend> spend(long initiativeId, String quarter) {
        return budgetLine(initiativeId, quarter).map(line -> new StoredSpend(line.getActual(), line.getVersion()));
    }

    record StoredSpend(BigDecimal actual, int version) {}

    /**
     * Sets the quarter's actual of the item, checked against the budget line version the author saw (null: none); a
     * line without one is created with nothing planned. Empty when the actual already was this amount: nothing
     * written. The written row is the budget line's id.
     */
    Optional<Written<Long>> setActual(
            long initiativeId, String quarter, BigDecimal actual, @Nullable Integer seenVersion) {
        var stored = Versioned.current(budgetLine(initiativeId, quarter), seenVersion);
        if (stored.filter(line -> line.getActual().compareTo(actual) == 0).isPresent()) {
            return Optional.empty();
        }
        var line = stored.orElseGet(() -> newLine(initiativeId, quarter));
        var before = stored.map(AuditLog::snapshot).orElse(null);
        line.setActual(actual);
        Versioned.store(line);
        return Optional.of(
                stored.isPresent()
                        ? Written.updated(line.getId(), before, line)
                        : Written.inserted(line.getId(), line));
    }

    private Optional<BudgetLineRecord> budgetLine(long initiativeId, String quarter) {
        return db.selectFrom(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(initiativeId), BUDGET_LINE.QUARTER.eq(quarter))
                .fetchOptional();
    }

    private BudgetLineRecord newLine(long initiativeId, String quarter) {
        var line = db.newRecord(BUDGET_LINE);
        line.setInitiativeId(initiativeId);
        line.setQuarter(quarter);
        line.setPlanned(BigDecimal.ZERO);
        return line;
    }

    /** Newest first; a page of it. */
    List<StatusEntry> history(long initiativeId, int offset, int limit) {
        return db.select(STATUS_UPDATE.fields())
                .select(APP_USER.DISPLAY_NAME)
                .from(STATUS_UPDATE)
                .join(APP_USER)
                .on(APP_USER.ID.eq(STATUS_UPDATE.AUTHOR_ID))
                .where(STATUS_UPDATE.INITIATIVE_ID.eq(initiativeId))
                .orderBy(STATUS_UPDATE.CREATED_AT.desc(), STATUS_UPDATE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> {
                    var u = r.into(STATUS_UPDATE);
                    return new StatusEntry(
                            u.getId(),
                            u.getRag(),
                            u.getProgressPct(),
                            u.getQuarter(),
                            u.getSpend(),
                            u.getSummary(),
                            u.getRisks(),
                            u.getNextSteps(),
                            r.get(APP_USER.DISPLAY_NAME),
                            u.getCreatedAt());
                });
    }

    /**
     * One page of the user's open items with their last update, oldest update first (what is due comes first). The
     * last update is each item's first entry of status_update_latest_ix (a lateral LIMIT 1), not a sort of updates.
     */
    List<OwnedItem> ownedOpenItems(long ownerId, int offset, int limit) {
        var latest = StatusSql.latest(STATUS_UPDATE.CREATED_AT, INITIATIVE.ID);
        var last = Objects.requireNonNull(latest.field(STATUS_UPDATE.CREATED_AT));
        return db.select(INITIATIVE.ID, INITIATIVE.TRACK, INITIATIVE.TITLE, INITIATIVE.STAGE, last)
                .from(INITIATIVE)
                .leftJoin(latest)
                .on(DSL.trueCondition())
                .where(owned(ownerId))
                .orderBy(last.asc().nullsFirst(), INITIATIVE.TITLE, INITIATIVE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(OwnedItem::new));
    }

    int countOwnedOpenItems(long ownerId) {
        return db.fetchCount(INITIATIVE, owned(ownerId));
    }

    private static Condition owned(long ownerId) {
        return INITIATIVE.OWNER_ID.eq(ownerId).and(INITIATIVE.STAGE.in(Stage.OPEN));
    }

    record OwnedItem(long id, Track track, String title, Stage stage, OffsetDateTime lastUpdate) {}
}
