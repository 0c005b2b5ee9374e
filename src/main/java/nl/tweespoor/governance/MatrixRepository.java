package nl.tweespoor.governance;

import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Record7;
import org.jooq.Result;
import org.jooq.SelectLimitStep;
import org.springframework.stereotype.Repository;

@Repository
class MatrixRepository {

    /** Rows fetched per round trip while an export streams. */
    private static final int EXPORT_BATCH = 1000;

    private final DSLContext db;

    MatrixRepository(DSLContext db) {
        this.db = db;
    }

    /** One page of items with all their assessments, in one statement. */
    List<MatrixRow> page(MatrixFilter filter, int offset, int limit) {
        return matrix(filter).offset(offset).limit(limit).fetch(MatrixRepository::row);
    }

    /**
     * Every matching item with its assessments for an export, in the page's order, read on a cursor a batch at a
     * time: the caller closes the stream inside its transaction.
     */
    Stream<MatrixRow> export(MatrixFilter filter) {
        return matrix(filter).fetchSize(EXPORT_BATCH).stream().map(MatrixRepository::row);
    }

    private SelectLimitStep<Record7<Long, Track, String, String, Stage, String, Result<Record2<Long, String>>>> matrix(
            MatrixFilter filter) {
        return db.select(
                        INITIATIVE.ID,
                        INITIATIVE.TRACK,
                        INITIATIVE.TITLE,
                        DEPARTMENT.NAME,
                        INITIATIVE.STAGE,
                        INITIATIVE.RISK_CLASS,
                        multiset(select(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID, PRINCIPLE_ASSESSMENT.RESULT)
                                .from(PRINCIPLE_ASSESSMENT)
                                .where(PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(INITIATIVE.ID))))
                .from(INITIATIVE)
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .where(conditions(filter))
                .orderBy(INITIATIVE.TRACK.desc(), INITIATIVE.TITLE, INITIATIVE.ID);
    }

    private static MatrixRow row(Record7<Long, Track, String, String, Stage, String, Result<Record2<Long, String>>> r) {
        var results = new HashMap<Long, AssessmentResult>();
        r.value7().forEach(a -> results.put(a.value1(), AssessmentResult.valueOf(a.value2())));
        return new MatrixRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), results);
    }

    int count(MatrixFilter filter) {
        return db.fetchCount(db.selectOne().from(INITIATIVE).where(conditions(filter)));
    }

    private static Condition conditions(MatrixFilter filter) {
        // Open items only: finished, stopped and promoted items no longer need the norms checked.
        var condition = INITIATIVE.STAGE.in(Stage.OPEN);
        if (filter.track() != null) {
            condition = condition.and(INITIATIVE.TRACK.eq(filter.track()));
        }
        if (filter.departmentId() != null) {
            condition = condition.and(INITIATIVE.DEPARTMENT_ID.eq(filter.departmentId()));
        }
        if (filter.onlyOpenPoints()) {
            // Some active principle is unassessed or a GAP for this item.
            condition = condition.and(exists(selectOne()
                    .from(PRINCIPLE)
                    .where(
                            PRINCIPLE.ACTIVE.isTrue(),
                            notExists(selectOne()
                                    .from(PRINCIPLE_ASSESSMENT)
                                    .where(
                                            PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(INITIATIVE.ID),
                                            PRINCIPLE_ASSESSMENT.PRINCIPLE_ID.eq(PRINCIPLE.ID),
                                            PRINCIPLE_ASSESSMENT.RESULT.ne("GAP"))))));
        }
        return condition;
    }
}
