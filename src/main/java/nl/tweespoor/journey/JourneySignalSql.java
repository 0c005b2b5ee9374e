package nl.tweespoor.journey;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import java.math.BigDecimal;
import nl.tweespoor.db.tables.Journey;
import nl.tweespoor.initiative.Ambition;
import nl.tweespoor.stage.Stage;
import org.jooq.Condition;

/**
 * The two signals as SQL conditions on a journey row, so the map, the dashboard and the review agenda compute them the
 * same way, in the database, for the rows they show.
 */
final class JourneySignalSql {

    private JourneySignalSql() {}

    /**
     * Intent REDESIGN, and no REDESIGN item on the journey that is active, or still open with money planned in
     * {@code year} or later: the redesign is promised but nothing is funded to do it.
     */
    static Condition redesignUnfunded(Journey journey, int year) {
        var item = INITIATIVE.as("redesign_item");
        var planned = exists(selectOne()
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(item.ID))
                .and(BUDGET_LINE.PLANNED.gt(BigDecimal.ZERO))
                .and(BUDGET_LINE.QUARTER.ge(year + "-Q1")));
        return journey.INTENT
                .eq(JourneyIntent.REDESIGN.name())
                .and(notExists(selectOne()
                        .from(item)
                        .where(item.JOURNEY_ID.eq(journey.ID))
                        .and(item.AMBITION.eq(Ambition.REDESIGN.name()))
                        .and(item.STAGE
                                .in(Stage.ACTIVE)
                                .or(item.STAGE.in(Stage.OPEN).and(planned)))));
    }

    /** Intent EXHAUSTED, yet money planned in {@code year} on open OPTIMISE items on the journey. */
    static Condition exhaustedPolished(Journey journey, int year) {
        var item = INITIATIVE.as("optimise_item");
        return journey.INTENT
                .eq(JourneyIntent.EXHAUSTED.name())
                .and(exists(selectOne()
                        .from(item)
                        .join(BUDGET_LINE)
                        .on(BUDGET_LINE.INITIATIVE_ID.eq(item.ID))
                        .where(item.JOURNEY_ID.eq(journey.ID))
                        .and(item.AMBITION.eq(Ambition.OPTIMISE.name()))
                        .and(item.STAGE.in(Stage.OPEN))
                        .and(BUDGET_LINE.PLANNED.gt(BigDecimal.ZERO))
                        .and(BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4"))));
    }
}
