package nl.tweespoor.benefits;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.coalesce;

import java.math.BigDecimal;
import java.util.List;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * Which experiments count for the benefits, and the hours one saves, as SQL. An experiment counts once it ran and
 * was not stopped: running, concluded or promoted (what a stopped experiment measured is no lasting benefit).
 */
final class CountedExperimentsSql {

    static final List<Stage> STAGES = List.of(Stage.RUNNING, Stage.CONCLUDED, Stage.PROMOTED);

    /** Hours saved per week by the whole experiment: hours per participant × participants, missing as zero. */
    static final Field<BigDecimal> WEEKLY_HOURS =
            coalesce(INITIATIVE.HOURS_SAVED_PER_WEEK, BigDecimal.ZERO).times(coalesce(INITIATIVE.PARTICIPANTS, 0));

    static final Field<BigDecimal> YEARLY_HOURS = WEEKLY_HOURS.times(HoursSaved.WORKING_WEEKS);

    private CountedExperimentsSql() {}

    static Condition counted() {
        return INITIATIVE.TRACK.eq(Track.PERSONAL).and(INITIATIVE.STAGE.in(STAGES));
    }
}
