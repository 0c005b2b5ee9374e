package nl.tweespoor.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The score formula and ranks between neighbours, without Spring. */
class WeightsAndRanksTest {

    private static final Weights EQUAL =
            new Weights(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1);

    @Test
    void score_is_the_weighted_average_with_risk_inverted() {
        var weights = new Weights(
                new BigDecimal("30"),
                new BigDecimal("25"),
                new BigDecimal("20"),
                new BigDecimal("15"),
                new BigDecimal("10"),
                1);
        // (30*4 + 25*5 + 20*3 + 15*2 + 10*(6-4)) / 100 = (120+125+60+30+20)/100 = 3.55
        assertThat(weights.score((short) 4, (short) 5, (short) 3, (short) 2, (short) 4))
                .isEqualByComparingTo("3.55");
    }

    @Test
    void the_riskiest_item_scores_lowest_on_risk() {
        var onlyRisk =
                new Weights(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, 1);
        assertThat(onlyRisk.score((short) 3, (short) 3, (short) 3, (short) 3, (short) 5))
                .isEqualByComparingTo("1");
        assertThat(onlyRisk.score((short) 3, (short) 3, (short) 3, (short) 3, (short) 1))
                .isEqualByComparingTo("5");
    }

    @Test
    void an_item_missing_a_rating_has_no_score() {
        assertThat(EQUAL.score((short) 3, null, (short) 3, (short) 3, (short) 3))
                .isNull();
    }

    @Test
    void a_rank_between_neighbours_is_the_shortest_decimal_near_the_middle() {
        assertThat(Ranks.between(new BigDecimal("3"), new BigDecimal("4"))).contains(new BigDecimal("3.5"));
        assertThat(Ranks.between(new BigDecimal("3"), new BigDecimal("3.5"))).contains(new BigDecimal("3.3"));
        assertThat(Ranks.between(new BigDecimal("3"), new BigDecimal("6"))).contains(new BigDecimal("5"));
        assertThat(Ranks.between(BigDecimal.ZERO, BigDecimal.ONE))
                .as("above the first")
                .contains(new BigDecimal("0.5"));
    }

    @Test
    void below_the_last_ranked_item_comes_the_next_whole_number() {
        assertThat(Ranks.between(new BigDecimal("7.25"), null)).contains(new BigDecimal("8"));
        assertThat(Ranks.between(BigDecimal.ZERO, null))
                .as("the first rank of a track")
                .contains(BigDecimal.ONE);
    }

    @Test
    void a_gap_without_room_within_ten_decimals_or_two_equal_ranks_give_no_rank() {
        assertThat(Ranks.between(new BigDecimal("1.0000000001"), new BigDecimal("1.0000000002")))
                .isEmpty();
        assertThat(Ranks.between(new BigDecimal("2"), new BigDecimal("2"))).isEmpty();
        assertThat(Ranks.between(new BigDecimal("1.000000000"), new BigDecimal("1.0000000002")))
                .contains(new BigDecimal("1.0000000001"));
    }

    @Test
    void moving_into_the_same_gap_over_and_over_keeps_finding_room_for_about_thirty_moves() {
        var low = BigDecimal.ONE;
        var high = new BigDecimal("2");
        int moves = 0;
        for (var next = Ranks.between(low, high); next.isPresent(); next = Ranks.between(low, high)) {
            assertThat(next.get()).isGreaterThan(low).isLessThan(high);
            assertThat(next.get().scale()).isLessThanOrEqualTo(Ranks.MAX_SCALE);
            high = next.get();
            moves++;
        }
        assertThat(moves).isBetween(25, 40);
    }
}
