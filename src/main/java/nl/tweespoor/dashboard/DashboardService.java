package nl.tweespoor.dashboard;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;

import java.util.List;
import nl.tweespoor.base.ActiveStages;
import nl.tweespoor.base.LatestStatus;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.Track;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's figures, each computed by one set-based query and kept while the portfolio is unchanged. */
@Service
public class DashboardService {

    private final DSLContext db;
    private final PortfolioCache cache;

    DashboardService(DSLContext db, PortfolioCache cache) {
        this.db = db;
        this.cache = cache;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<StageCount> itemsPerTrackAndStage() {
        return cache.get(List.of("stage-counts"), this::countPerTrackAndStage);
    }

    private List<StageCount> countPerTrackAndStage() {
        var count = DSL.count();
        return db
                .select(INITIATIVE.TRACK, INITIATIVE.STAGE, count)
                .from(INITIATIVE)
                .groupBy(INITIATIVE.TRACK, INITIATIVE.STAGE)
                .orderBy(INITIATIVE.TRACK, INITIATIVE.STAGE)
                .fetch(row -> new StageCount(Track.valueOf(row.value1()), row.value2(), row.value3()))
                .stream()
                .toList();
    }

    /**
     * Latest RAG of every active item (experiments running; programmes discovery to run), counted: per active item
     * the first entry of status_update_latest_ix (a lateral LIMIT 1), never a sort of all updates.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RagCount> latestRagOfActiveItems() {
        return cache.get(List.of("latest-rag"), this::countLatestRag);
    }

    private List<RagCount> countLatestRag() {
        var latest = LatestStatus.of(STATUS_UPDATE.RAG, INITIATIVE.ID);
        var rag = latest.field(STATUS_UPDATE.RAG);
        return db
                .select(rag, DSL.count())
                .from(INITIATIVE)
                .crossJoin(latest)
                .where(INITIATIVE.STAGE.in(ActiveStages.ACTIVE))
                .groupBy(rag)
                .fetch(Records.mapping(RagCount::new))
                .stream()
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<NextReview> nextReview() {
        return db.select(REVIEW.ID, REVIEW.QUARTER, REVIEW.STATUS)
                .from(REVIEW)
                .where(REVIEW.STATUS.in("IN_PROGRESS", "PLANNED"))
                .orderBy(REVIEW.STATUS.eq("IN_PROGRESS").desc(), REVIEW.QUARTER)
                .limit(1)
                .fetchOptional(row -> new NextReview(row.value1(), row.value2(), row.value3()));
    }
}
