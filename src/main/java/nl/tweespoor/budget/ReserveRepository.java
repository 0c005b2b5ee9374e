package nl.tweespoor.budget;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REDESIGN_RESERVE;
import static nl.tweespoor.db.Tables.RESERVE_OVERRIDE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.RedesignReserveRecord;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** The redesign reserve per year, the plans it weighs, and the overrides leaders gave. */
@Repository
class ReserveRepository {

    private static final String OPTIMISE = "OPTIMISE";
    private static final String REDESIGN = "REDESIGN";

    private final DSLContext db;

    ReserveRepository(DSLContext db) {
        this.db = db;
    }

    /** The year's reserve, locked until the transaction ends: plans checked against it are checked one at a time. */
    Optional<BigDecimal> lockedAmount(int year) {
        return db.select(REDESIGN_RESERVE.AMOUNT)
                .from(REDESIGN_RESERVE)
                .where(REDESIGN_RESERVE.YEAR.eq(year))
                .forUpdate()
                .fetchOptional(REDESIGN_RESERVE.AMOUNT);
    }

    private Optional<RedesignReserveRecord> find(int year) {
        return db.selectFrom(REDESIGN_RESERVE)
                .where(REDESIGN_RESERVE.YEAR.eq(year))
                .fetchOptional();
    }

    Written<Integer> set(int year, BigDecimal amount, int expectedVersion) {
        var stored = Versioned.currentOrNone(find(year), expectedVersion);
        var record = stored.orElseGet(() -> db.newRecord(REDESIGN_RESERVE));
        var before = stored.map(AuditLog::snapshot).orElse(null);
        record.setYear(year);
        record.setAmount(amount);
        Versioned.store(record);
        return stored.isPresent() ? Written.updated(year, before, record) : Written.inserted(year, record);
    }

    /**
     * The year's reserve as the budget page and the dashboard show it, in one statement: the amount and version (0
     * when none is set), the envelopes, what optimise and redesign items plan, and the number of overrides.
     */
    Reserve reserve(int year) {
        var amount =
                field(select(REDESIGN_RESERVE.AMOUNT).from(REDESIGN_RESERVE).where(REDESIGN_RESERVE.YEAR.eq(year)));
        var version =
                field(select(REDESIGN_RESERVE.VERSION).from(REDESIGN_RESERVE).where(REDESIGN_RESERVE.YEAR.eq(year)));
        var envelopes =
                field(select(sum(BUDGET_ENVELOPE.AMOUNT)).from(BUDGET_ENVELOPE).where(BUDGET_ENVELOPE.YEAR.eq(year)));
        var overrides = field(select(count()).from(RESERVE_OVERRIDE).where(RESERVE_OVERRIDE.YEAR.eq(year)));
        var row = db.select(
                        coalesce(amount, BigDecimal.ZERO),
                        coalesce(envelopes, BigDecimal.ZERO),
                        coalesce(
                                sum(BUDGET_LINE.PLANNED).filterWhere(INITIATIVE.AMBITION.eq(REDESIGN)),
                                BigDecimal.ZERO),
                        coalesce(
                                sum(BUDGET_LINE.PLANNED).filterWhere(INITIATIVE.AMBITION.eq(OPTIMISE)),
                                BigDecimal.ZERO),
                        coalesce(overrides, inline(0)),
                        coalesce(version, inline(0)))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4"))
                .fetchSingle();
        return new Reserve(year, row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6());
    }

    BigDecimal envelopes(int year) {
        return db.select(coalesce(sum(BUDGET_ENVELOPE.AMOUNT), BigDecimal.ZERO))
                .from(BUDGET_ENVELOPE)
                .where(BUDGET_ENVELOPE.YEAR.eq(year))
                .fetchSingle()
                .value1();
    }

    /** What OPTIMISE and what REDESIGN items plan in the year, in one statement. */
    BigDecimal[] plannedByAmbition(int year) {
        var row = db.select(
                        coalesce(
                                sum(BUDGET_LINE.PLANNED).filterWhere(INITIATIVE.AMBITION.eq(OPTIMISE)),
                                BigDecimal.ZERO),
                        coalesce(
                                sum(BUDGET_LINE.PLANNED).filterWhere(INITIATIVE.AMBITION.eq(REDESIGN)),
                                BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4"))
                .fetchSingle();
        return new BigDecimal[] {row.value1(), row.value2()};
    }

    boolean optimises(long initiativeId) {
        return db.fetchExists(INITIATIVE, INITIATIVE.ID.eq(initiativeId), INITIATIVE.AMBITION.eq(OPTIMISE));
    }

    /** The item's planned amount per stored quarter among {@code quarters}. */
    Map<String, BigDecimal> planned(long initiativeId, List<String> quarters) {
        return db.select(BUDGET_LINE.QUARTER, BUDGET_LINE.PLANNED)
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(initiativeId), BUDGET_LINE.QUARTER.in(quarters))
                .fetchMap(BUDGET_LINE.QUARTER, BUDGET_LINE.PLANNED);
    }

    Written<Long> override(
            long initiativeId, int year, BigDecimal planned, BigDecimal roomLeft, String reason, long by) {
        var record = db.newRecord(RESERVE_OVERRIDE);
        record.setInitiativeId(initiativeId);
        record.setYear(year);
        record.setPlanned(planned);
        record.setRoomLeft(roomLeft);
        record.setReason(reason);
        record.setDecidedBy(by);
        record.setDecidedAt(OffsetDateTime.now());
        record.store();
        return Written.inserted(record.getId(), record);
    }

    List<ReserveOverride> overrides(int year, int offset, int limit) {
        return db.select(
                        RESERVE_OVERRIDE.INITIATIVE_ID,
                        INITIATIVE.TITLE,
                        RESERVE_OVERRIDE.PLANNED,
                        RESERVE_OVERRIDE.ROOM_LEFT,
                        RESERVE_OVERRIDE.REASON,
                        APP_USER.DISPLAY_NAME,
                        RESERVE_OVERRIDE.DECIDED_AT)
                .from(RESERVE_OVERRIDE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(RESERVE_OVERRIDE.INITIATIVE_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(RESERVE_OVERRIDE.DECIDED_BY))
                .where(RESERVE_OVERRIDE.YEAR.eq(year))
                .orderBy(RESERVE_OVERRIDE.DECIDED_AT.desc(), RESERVE_OVERRIDE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(ReserveOverride::new));
    }
}
