package nl.tweespoor.base;

import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The years a leader plans in. Budgets look one year back (last year's actuals are still being booked) and two
 * ahead; priorities only ahead, from this year, because a ranking of last year's items decides nothing.
 */
public final class PlanningHorizon {

    private PlanningHorizon() {}

    /** Last year, this year and the next two. */
    public static List<Integer> budgetYears(Year thisYear) {
        return years(thisYear, -1, 2);
    }

    /** This year and the next two. */
    public static List<Integer> priorityYears(Year thisYear) {
        return years(thisYear, 0, 2);
    }

    private static List<Integer> years(Year thisYear, int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(offset -> thisYear.getValue() + offset)
                .toList();
    }
}
