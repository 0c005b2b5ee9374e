package nl.tweespoor.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How far a KPI has come from its baseline to its target, for rising and falling targets. */
class KpiTest {

    @ParameterizedTest(name = "baseline {0}, target {1}, actual {2} -> {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                // rising target
                "12, 60, 38, 54",
                "0, 10, 2, 20",
                "null, 10, 2, 20",
                "12, 60, 60, 100",
                "12, 60, 12, 0",
                // falling target: the routing KPI of the demo, 3.1 days down to 1.5, now 1.9
                "3.1, 1.5, 1.9, 75",
                "3.1, 1.5, 3.1, 0",
                "3.1, 1.5, 1.5, 100",
                // clamped to 0..100
                "12, 60, 80, 100",
                "12, 60, 5, 0",
                "3.1, 1.5, 1.0, 100",
                "3.1, 1.5, 4.0, 0",
                // rounding half up
                "0, 8, 1, 13",
                // target equal to baseline: reached or not
                "5, 5, 5, 100",
                "5, 5, 6, 0",
                // cannot be told
                "12, 60, null, null",
                "12, null, 30, null"
            })
    void progress_is_the_share_of_the_way_from_baseline_to_target(
            BigDecimal baseline, BigDecimal target, BigDecimal actual, Integer expected) {
        var kpi = new Kpi(1L, "KPI", "eenheid", baseline, target, actual, 1);

        assertThat(kpi.progressPct()).isEqualTo(expected);
    }
}
