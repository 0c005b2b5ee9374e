package nl.tweespoor.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hours saved, as a week, a year and full-time equivalents. A year is {@link #WORKING_WEEKS} working weeks (52 weeks
 * less holidays and public holidays, the Dutch norm that goes with about 1,600 productive hours per FTE); an FTE works
 * the hours per year admins set. Plain Java, so the arithmetic can be tested without a database.
 *
 * @param perWeek hours saved per week by everyone counted (hours per participant × participants), exact
 * @param perYear {@code perWeek} × working weeks, rounded to whole hours
 * @param fte the exact hours per year ÷ hours per FTE, rounded to one decimal
 */
public record HoursSaved(BigDecimal perWeek, BigDecimal perYear, BigDecimal fte) {

    public static final int WORKING_WEEKS = 46;

    public static final HoursSaved NONE = of(BigDecimal.ZERO, 1600);

    /** From the hours saved per week of everyone counted. */
    public static HoursSaved of(BigDecimal perWeek, int hoursPerFte) {
        if (hoursPerFte <= 0) {
            throw new IllegalArgumentException("hours per FTE must be positive: " + hoursPerFte);
        }
        var exactYear = perWeek.multiply(BigDecimal.valueOf(WORKING_WEEKS));
        return new HoursSaved(
                perWeek,
                exactYear.setScale(0, RoundingMode.HALF_UP),
                exactYear.divide(BigDecimal.valueOf(hoursPerFte), 1, RoundingMode.HALF_UP));
    }

    /** One item: its hours per participant and week × its participants (none counted as zero). */
    public static BigDecimal perWeek(BigDecimal hoursPerParticipant, int participants) {
        return hoursPerParticipant.multiply(BigDecimal.valueOf(participants));
    }
}
