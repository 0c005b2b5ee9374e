package nl.tweespoor.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The score formula and the cut line, without Spring. */
class WeightsAndCutLineTest {

    private static final Weights EQUAL = new Weights(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
            BigDecimal.ONE, 1);

    @Test
    void score_is_the_weighted_average_with_risk_inverted() {
        var weights = new Weights(new BigDecimal("30"), new BigDecimal("25"), new BigDecimal("20"),
                new BigDecimal("15"), new BigDecimal("10"), 1);
        // (30*4 + 25*5 + 20*3 + 15*2 + 10*(6-4)) / 100 = (120+125+60+30+20)/100 = 3.55
        assertThat(weights.score((short) 4, (short) 5, (short) 3, (short) 2, (short) 4))
                .isEqualByComparingTo("3.55");
    }

    @Test
    void the_riskiest_item_scores_lowest_on_risk() {
        var onlyRisk = new Weights(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ONE, 1);
        assertThat(onlyRisk.score((short) 3, (short) 3, (short) 3, (short) 3, (short) 5)).isEqualByComparingTo("1");
        assertThat(onlyRisk.score((short) 3, (short) 3, (short) 3, (short) 3, (short) 1)).isEqualByComparingTo("5");
    }

    @Test
    void an_item_missing_a_rating_has_no_score() {
        assertThat(EQUAL.score((short) 3, null, (short) 3, (short) 3, (short) 3)).isNull();
    }

    @Test
    void an_item_is_funded_while_the_running_total_stays_within_the_envelope() {
        var ranked = List.of(item(1, "400"), item(2, "600"), item(3, "0.01"), item(4, "0"));
        var result = CutLine.apply(ranked, new BigDecimal("1000"));
        assertThat(result).extracting(RankedItem::funded).containsExactly(true, true, false, false);
        assertThat(result).extracting(RankedItem::cumulative).map(BigDecimal::toPlainString)
                .containsExactly("400", "1000", "1000.01", "1000.01");
    }

    @Test
    void exactly_meeting_the_envelope_is_still_funded_and_one_cent_more_is_not() {
        assertThat(CutLine.apply(List.of(item(1, "1000.00")), new BigDecimal("1000")).get(0).funded()).isTrue();
        assertThat(CutLine.apply(List.of(item(1, "1000.01")), new BigDecimal("1000")).get(0).funded()).isFalse();
    }

    @Test
    void with_no_envelope_only_items_without_planned_budget_are_funded() {
        var result = CutLine.apply(List.of(item(1, "0"), item(2, "5")), BigDecimal.ZERO);
        assertThat(result).extracting(RankedItem::funded).containsExactly(true, false);
    }

    private static RankedItem item(long id, String planned) {
        return new RankedItem(id, "item " + id, "RUNNING", "OPTIMISE", null, null, new BigDecimal(planned),
                BigDecimal.ZERO, true, 1);
    }
}
