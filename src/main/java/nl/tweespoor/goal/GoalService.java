package nl.tweespoor.goal;

import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;

import java.util.List;
import nl.tweespoor.base.Option;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Strategic goals. */
@Service
public class GoalService {

    private final DSLContext db;

    GoalService(DSLContext db) {
        this.db = db;
    }

    /** Goals by horizon and title, for the programme form (a short list by nature). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> goalOptions() {
        return db.select(STRATEGIC_GOAL.ID, STRATEGIC_GOAL.TITLE, STRATEGIC_GOAL.HORIZON_YEAR)
                .from(STRATEGIC_GOAL)
                .orderBy(STRATEGIC_GOAL.HORIZON_YEAR, STRATEGIC_GOAL.TITLE)
                .fetch(row -> new Option(row.value1(), row.value2() + " (" + row.value3() + ")"));
    }
}
