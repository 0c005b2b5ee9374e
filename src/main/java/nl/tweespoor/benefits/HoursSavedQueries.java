package nl.tweespoor.benefits;

import static nl.tweespoor.benefits.CountedExperimentsSql.WEEKLY_HOURS;
import static nl.tweespoor.benefits.CountedExperimentsSql.counted;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Hours saved by the counted experiments, in total and per department; each one grouped statement. */
@Repository
class HoursSavedQueries {

    private final DSLContext db;

    HoursSavedQueries(DSLContext db) {
        this.db = db;
    }

    BenefitTotals totals(int hoursPerFte) {
        return db.select(
                        count(),
                        coalesce(sum(INITIATIVE.PARTICIPANTS), BigDecimal.ZERO),
                        coalesce(sum(WEEKLY_HOURS), BigDecimal.ZERO))
                .from(INITIATIVE)
                .where(counted())
                .fetchSingle(r -> new BenefitTotals(
                        r.value1(), r.value2().intValue(), HoursSaved.of(r.value3(), hoursPerFte), hoursPerFte));
    }

    /**
     * Departments by the hours their experiments save, most first: every active department, and an inactive one while
     * it still has counted experiments.
     */
    List<DepartmentBenefit> perDepartment(int hoursPerFte, int offset, int limit) {
        var weekly = coalesce(sum(WEEKLY_HOURS), BigDecimal.ZERO);
        return db.select(
                        DEPARTMENT.ID,
                        DEPARTMENT.NAME,
                        count(INITIATIVE.ID),
                        coalesce(sum(INITIATIVE.PARTICIPANTS), BigDecimal.ZERO),
                        weekly)
                .from(DEPARTMENT)
                .leftJoin(INITIATIVE)
                .on(INITIATIVE.DEPARTMENT_ID.eq(DEPARTMENT.ID).and(counted()))
                .groupBy(DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.ACTIVE)
                .having(DEPARTMENT.ACTIVE.isTrue().or(count(INITIATIVE.ID).gt(0)))
                .orderBy(weekly.desc(), DEPARTMENT.NAME, DEPARTMENT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new DepartmentBenefit(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4().intValue(),
                        HoursSaved.of(r.value5(), hoursPerFte)));
    }

    int countDepartments() {
        return db.fetchCount(db.select(DEPARTMENT.ID)
                .from(DEPARTMENT)
                .where(DEPARTMENT.ACTIVE.isTrue())
                .union(db.select(INITIATIVE.DEPARTMENT_ID).from(INITIATIVE).where(counted())));
    }
}
