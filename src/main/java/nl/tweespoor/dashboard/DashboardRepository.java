package nl.tweespoor.dashboard;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;

import java.util.List;
import java.util.Optional;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.StatusSql;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The dashboard's figures, each one set-based statement. */
@Repository
class DashboardRepository {

    private final DSLContext db;

    DashboardRepository(DSLContext db) {
        this.db = db;
    }

    List<StageCount> countPerTrackAndStage() {
        var count = DSL.count();
        return db.select(INITIATIVE.TRACK, INITIATIVE.STAGE, count)
                .from(INITIATIVE)
                .groupBy(INITIATIVE.TRACK, INITIATIVE.STAGE)
                .orderBy(INITIATIVE.TRACK, INITIATIVE.STAGE)
                .fetch(row -> new StageCount(row.value1(), row.value2(), row.value3()));
    }

    /** Per active item the first entry of status_update_latest_ix (a lateral LIMIT 1), never a sort of all updates. */
    List<RagCount> countLatestRag() {
        var latest = StatusSql.latest(STATUS_UPDATE.RAG, INITIATIVE.ID);
        var rag = latest.field(STATUS_UPDATE.RAG);
        return db.select(rag, DSL.count())
                .from(INITIATIVE)
                .crossJoin(latest)
                .where(INITIATIVE.STAGE.in(Stage.ACTIVE))
                .groupBy(rag)
                .fetch(row -> new RagCount(row.value1(), row.value2()));
    }

    /** The review in progress, else the first planned one. */
    Optional<NextReview> nextReview() {
        return db.select(REVIEW.ID, REVIEW.QUARTER, REVIEW.STATUS, REVIEW.MEETING_DATE)
                .from(REVIEW)
                .where(REVIEW.STATUS.in("IN_PROGRESS", "PLANNED"))
                .orderBy(REVIEW.STATUS.eq("IN_PROGRESS").desc(), REVIEW.QUARTER)
                .limit(1)
                .fetchOptional(Records.mapping(NextReview::new));
    }
}
