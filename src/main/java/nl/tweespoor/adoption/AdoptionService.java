package nl.tweespoor.adoption;

import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adoption signals per department, computed in one grouped query. */
@Service
public class AdoptionService {

    private static final List<String> RAN = List.of("RUNNING", "CONCLUDED", "PROMOTED");
    private static final List<String> CONCLUDED = List.of("CONCLUDED", "PROMOTED");

    private final DSLContext db;

    AdoptionService(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AdoptionSignal> perDepartment() {
        var experiment = INITIATIVE.TRACK.eq("PERSONAL");
        // A stopped experiment ran only if it was ever started; one stopped as a proposal did not.
        var ran = experiment.and(
                INITIATIVE.STAGE.in(RAN).or(INITIATIVE.STAGE.eq("STOPPED").and(INITIATIVE.STARTED_AT.isNotNull())));
        return db.select(
                        DEPARTMENT.NAME,
                        coalesce(
                                sum(DSL.when(INITIATIVE.STAGE.in(RAN), INITIATIVE.PARTICIPANTS)),
                                java.math.BigDecimal.ZERO),
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
