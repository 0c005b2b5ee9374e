package nl.tweespoor.budget;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.db.tables.records.AppSettingRecord;
import nl.tweespoor.db.tables.records.BudgetEnvelopeRecord;
import nl.tweespoor.db.tables.records.BudgetLineRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** Budget queries: each roll-up is one grouped statement, whatever the number of items. */
@Repository
class BudgetRepository {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private final DSLContext db;

    BudgetRepository(DSLContext db) {
        this.db = db;
    }

    List<BudgetLine> lines(long initiativeId, int year) {
        return db.selectFrom(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(initiativeId)).and(inYear(year))
                .orderBy(BUDGET_LINE.QUARTER)
                .fetch(l -> new BudgetLine(l.getQuarter(), l.getPlanned(), l.getActual(), l.getVersion()));
    }

    Optional<BudgetLineRecord> line(long initiativeId, String quarter) {
        return db.selectFrom(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(initiativeId), BUDGET_LINE.QUARTER.eq(quarter))
                .fetchOptional();
    }

    /** Planned and actual of one item over all quarters up to and including the given one. */
    BigDecimal[] toDate(long initiativeId, Quarter current) {
        var row = db.select(coalesce(sum(BUDGET_LINE.PLANNED), ZERO), coalesce(sum(BUDGET_LINE.ACTUAL), ZERO))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(initiativeId), BUDGET_LINE.QUARTER.le(current.toString()))
                .fetchSingle();
        return new BigDecimal[] {row.value1(), row.value2()};
    }

    /** The owner and title of an item, for permission checks and audit summaries. */
    Optional<BudgetItem> item(long initiativeId) {
        return db.select(INITIATIVE.ID, INITIATIVE.OWNER_ID, INITIATIVE.TITLE).from(INITIATIVE)
                .where(INITIATIVE.ID.eq(initiativeId))
                .fetchOptional(r -> new BudgetItem(r.value1(), r.value2(), r.value3()));
    }

    record BudgetItem(long id, long ownerId, String title) {
    }

    BudgetLineRecord newLine() {
        return db.newRecord(BUDGET_LINE);
    }

    Map<String, BudgetEnvelopeRecord> envelopes(int year) {
        return db.selectFrom(BUDGET_ENVELOPE).where(BUDGET_ENVELOPE.YEAR.eq(year))
                .fetchMap(BUDGET_ENVELOPE.TRACK);
    }

    BudgetEnvelopeRecord newEnvelope() {
        return db.newRecord(BUDGET_ENVELOPE);
    }

    AppSettingRecord settings() {
        return db.selectFrom(APP_SETTING).where(APP_SETTING.ID.eq(1)).fetchSingle();
    }

    List<Rollup> perTrack(int year) {
        return db.select(INITIATIVE.TRACK, coalesce(sum(BUDGET_LINE.PLANNED), ZERO),
                        coalesce(sum(BUDGET_LINE.ACTUAL), ZERO))
                .from(BUDGET_LINE).join(INITIATIVE).on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(inYear(year))
                .groupBy(INITIATIVE.TRACK)
                .fetch(r -> new Rollup(r.value1(), r.value1(), r.value2(), r.value3(), null));
    }

    List<Rollup> perGoal(int year) {
        return db.select(STRATEGIC_GOAL.ID, STRATEGIC_GOAL.TITLE, coalesce(sum(BUDGET_LINE.PLANNED), ZERO),
                        coalesce(sum(BUDGET_LINE.ACTUAL), ZERO))
                .from(BUDGET_LINE)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .join(STRATEGIC_GOAL).on(STRATEGIC_GOAL.ID.eq(INITIATIVE.GOAL_ID))
                .where(inYear(year))
                .groupBy(STRATEGIC_GOAL.ID, STRATEGIC_GOAL.TITLE)
                .orderBy(STRATEGIC_GOAL.TITLE)
                .fetch(r -> new Rollup(String.valueOf(r.value1()), r.value2(), r.value3(), r.value4(), null));
    }

    List<Rollup> perDepartment(int year) {
        return db.select(DEPARTMENT.ID, DEPARTMENT.NAME, coalesce(sum(BUDGET_LINE.PLANNED), ZERO),
                        coalesce(sum(BUDGET_LINE.ACTUAL), ZERO))
                .from(BUDGET_LINE)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .where(inYear(year))
                .groupBy(DEPARTMENT.ID, DEPARTMENT.NAME)
                .orderBy(DEPARTMENT.NAME)
                .fetch(r -> new Rollup(String.valueOf(r.value1()), r.value2(), r.value3(), r.value4(), null));
    }

    /**
     * Items whose actual spend is above plan (PRODUCT.md §4, the same rule as the OVER_BUDGET flag): to date (actual
     * so far against the plan of quarters up to now) or in the current quarter.
     */
    List<Rollup> overBudgetItems(int year, Quarter current) {
        Field<BigDecimal> plannedToDate = coalesce(sum(when(BUDGET_LINE.QUARTER.le(current.toString()),
                BUDGET_LINE.PLANNED).else_(ZERO)), ZERO);
        Field<BigDecimal> actual = coalesce(sum(BUDGET_LINE.ACTUAL), ZERO);
        return db.select(INITIATIVE.ID, INITIATIVE.TRACK, INITIATIVE.TITLE, plannedToDate, actual)
                .from(BUDGET_LINE).join(INITIATIVE).on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(inYear(year))
                .groupBy(INITIATIVE.ID, INITIATIVE.TRACK, INITIATIVE.TITLE)
                .having(actual.gt(plannedToDate).or(boolOr(BUDGET_LINE.QUARTER.eq(current.toString())
                        .and(BUDGET_LINE.ACTUAL.gt(BUDGET_LINE.PLANNED)))))
                .orderBy(INITIATIVE.TITLE)
                .fetch(r -> new Rollup(r.value2().toLowerCase().equals("personal") ? "experiments/" + r.value1()
                        : "programmes/" + r.value1(), r.value3(), r.value4(), r.value5(), null));
    }

    /** Planned budget of the year on REDESIGN items and in total, in one statement. */
    BigDecimal[] redesignAndTotal(int year) {
        var row = db.select(coalesce(sum(when(INITIATIVE.AMBITION.eq("REDESIGN"), BUDGET_LINE.PLANNED).else_(ZERO)),
                        ZERO), coalesce(sum(BUDGET_LINE.PLANNED), ZERO))
                .from(BUDGET_LINE).join(INITIATIVE).on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(inYear(year))
                .fetchSingle();
        return new BigDecimal[] {row.value1(), row.value2()};
    }

    private static Condition inYear(int year) {
        return BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4");
    }
}
