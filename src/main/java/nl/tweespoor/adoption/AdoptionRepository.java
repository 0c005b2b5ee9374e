package nl.tweespoor.adoption;

import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Adoption signals per department, computed in one grouped query. */
@Repository
class AdoptionRepository {

    private static final List<Stage> RAN = List.of(Stage.RUNNING, Stage.CONCLUDED, Stage.PROMOTED);
    private static final List<Stage> CONCLUDED = List.of(Stage.CONCLUDED, Stage.PROMOTED);

    private final DSLContext db;

    AdoptionRepository(DSLContext db) {
        this.db = db;
    }

    List<AdoptionSignal> perDepartment() {
        var experiment = INITIATIVE.TRACK.eq(Track.PERSONAL);
        // A stopped experiment ran only if it was ever started; one stopped as a proposal did not.
        var ran = experiment.and(
                INITIATIVE.STAGE.in(RAN).or(INITIATIVE.STAGE.eq(Stage.STOPPED).and(INITIATIVE.STARTED_AT.isNotNull())));
        return db.select(
                        DEPARTMENT.NAME,
                        coalesce(sum(DSL.when(INITIATIVE.STAGE.in(RAN), INITIATIVE.PARTICIPANTS)), BigDecimal.ZERO),
                        count().filterWhere(ran),
                        count().filterWhere(experiment.and(INITIATIVE.STAGE.in(CONCLUDED))),
                        count().filterWhere(experiment.and(INITIATIVE.LEARNINGS.isNotNull())))
                .from(DEPARTMENT)
                .leftJoin(INITIATIVE)
                .on(INITIATIVE.DEPARTMENT_ID.eq(DEPARTMENT.ID).and(experiment))
                .where(DEPARTMENT.ACTIVE.isTrue())
                .groupBy(DEPARTMENT.NAME)
                .orderBy(DEPARTMENT.NAME)
                .fetch(r -> new AdoptionSignal(r.value1(), r.value2().intValue(), r.value3(), r.value4(), r.value5()));
    }
}
