package nl.tweespoor.benefits;

import static nl.tweespoor.benefits.CountedExperimentsSql.YEARLY_HOURS;
import static nl.tweespoor.benefits.CountedExperimentsSql.counted;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.nullif;
import static org.jooq.impl.DSL.round;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.tweespoor.base.PageRequest;
import nl.tweespoor.base.SortWhitelist;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.springframework.stereotype.Repository;

/** Each counted experiment with its hours saved per year and its cost per hour saved, a page at a time. */
@Repository
class CostPerHourQueries {

    /** Cost ÷ hours saved per year, in cents; none when the experiment saves no hours or has no cost. */
    static final Field<BigDecimal> COST_PER_HOUR =
            round(INITIATIVE.COST_ESTIMATE.div(nullif(YEARLY_HOURS, BigDecimal.ZERO)), 2);

    /** The only properties the grid may sort by, mapped to their SQL. */
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "title",
            INITIATIVE.TITLE,
            "department",
            DEPARTMENT.NAME,
            "participants",
            coalesce(INITIATIVE.PARTICIPANTS, 0),
            "hoursPerYear",
            YEARLY_HOURS,
            "cost",
            INITIATIVE.COST_ESTIMATE,
            "costPerHour",
            COST_PER_HOUR);

    private final DSLContext db;

    CostPerHourQueries(DSLContext db) {
        this.db = db;
    }

    List<ItemBenefit> page(PageRequest page) {
        return db.select(
                        INITIATIVE.ID,
                        INITIATIVE.TITLE,
                        DEPARTMENT.NAME,
                        coalesce(INITIATIVE.PARTICIPANTS, 0),
                        INITIATIVE.HOURS_SAVED_PER_WEEK,
                        round(YEARLY_HOURS, 0),
                        INITIATIVE.COST_ESTIMATE,
                        COST_PER_HOUR)
                .from(INITIATIVE)
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .where(counted())
                .orderBy(sort(page))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(r -> new ItemBenefit(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8()));
    }

    int count() {
        return db.fetchCount(INITIATIVE, counted());
    }

    /** The user's sort through the whitelist, then most hours saved, then id. */
    private static List<SortField<?>> sort(PageRequest page) {
        var fields = SortWhitelist.sortFields(page, SORTABLE);
        fields.add(YEARLY_HOURS.desc());
        fields.add(INITIATIVE.ID.asc());
        return fields;
    }
}
