package nl.tweespoor.dashboard;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.util.List;
import nl.tweespoor.base.Track;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's figures, each computed by one set-based query. */
@Service
public class DashboardService {

    private final DSLContext db;

    DashboardService(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<StageCount> itemsPerTrackAndStage() {
        var count = DSL.count();
        return db.select(INITIATIVE.TRACK, INITIATIVE.STAGE, count)
                .from(INITIATIVE)
                .groupBy(INITIATIVE.TRACK, INITIATIVE.STAGE)
                .orderBy(INITIATIVE.TRACK, INITIATIVE.STAGE)
                .fetch(row -> new StageCount(Track.valueOf(row.value1()), row.value2(), row.value3()));
    }
}
