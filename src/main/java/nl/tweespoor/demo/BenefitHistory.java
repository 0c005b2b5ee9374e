package nl.tweespoor.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.tweespoor.base.Quarter;

/**
 * What the experiments and KPIs measured over the past quarters (issue 13), so the benefit trends have a story: each
 * experiment that ran measured from its start quarter on, adoption and satisfaction growing to where they stand now;
 * each KPI's actual moved from its baseline to today's actual over the last four quarters. Set-based, one statement
 * per quarter; the same rows on every load.
 */
final class BenefitHistory extends Chapter {

    /** How many quarters back the experiments' measurements go (this quarter is the last). */
    private static final int MEASURED_QUARTERS = 6;

    private static final int KPI_QUARTERS = 4;

    BenefitHistory(Story story) {
        super(story);
    }

    @Override
    void tell() {
        for (int back = MEASURED_QUARTERS - 1; back >= 0; back--) {
            measures(current.plus(-back), back);
        }
        for (int back = KPI_QUARTERS - 1; back >= 0; back--) {
            actuals(current.plus(-back), back);
        }
    }

    /**
     * One quarter's measurement of every experiment that ran by then: {@code back} quarters ago it stood lower
     * (adoption and hours at a share growing to 100 % now, satisfaction 0.2 a quarter lower, never below 1).
     */
    private void measures(Quarter quarter, int back) {
        var share = share(back, MEASURED_QUARTERS + 2);
        db.execute(
                """
                insert into experiment_measure (initiative_id, quarter, participants, hours_saved_per_week, adoption_pct,
                                                satisfaction, recorded_at)
                select id, ?, ceil(participants * ?), round(hours_saved_per_week * ?, 1), round(adoption_pct * ?, 1),
                       greatest(1, round(satisfaction - ?, 1)),
                       now() - make_interval(days => ?)
                from initiative
                where track = 'PERSONAL' and stage in ('RUNNING', 'CONCLUDED', 'PROMOTED')
                  and start_quarter <= ?
                  and (hours_saved_per_week is not null or adoption_pct is not null or satisfaction is not null)
                order by id
                """,
                quarter.toString(),
                share,
                share,
                share,
                BigDecimal.valueOf(2L * back, 1),
                91 * back,
                quarter.toString());
    }

    /** What is left of the way to today, {@code back} of {@code steps} quarters ago: 1 − back ÷ steps. */
    private static BigDecimal share(int back, int steps) {
        return BigDecimal.ONE.subtract(
                BigDecimal.valueOf(back).divide(BigDecimal.valueOf(steps), 4, RoundingMode.HALF_UP));
    }

    /** One quarter's actual of every KPI: the way from baseline to today's actual, {@code back} quarters short of it. */
    private void actuals(Quarter quarter, int back) {
        var share = share(back, KPI_QUARTERS);
        db.execute("""
                insert into kpi_actual (kpi_id, quarter, actual, recorded_at)
                select id, ?, round(coalesce(baseline, 0) + (actual - coalesce(baseline, 0)) * ?, 2),
                       now() - make_interval(days => ?)
                from kpi
                where actual is not null
                order by id
                """, quarter.toString(), share, 91 * back);
    }
}
