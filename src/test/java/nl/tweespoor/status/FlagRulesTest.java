package nl.tweespoor.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import nl.tweespoor.base.Quarter;
import org.junit.jupiter.api.Test;

/** Flag boundaries (PRODUCT.md §4), without a database. */
class FlagRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T12:00:00+01:00");
    private static final Quarter CURRENT = new Quarter(2026, 4);

    private static SignalFacts facts(String stage, OffsetDateTime lastUpdate, String rag, String planned,
            String actual, boolean overThisQuarter, String endQuarter, boolean gap) {
        return new SignalFacts(1, stage, endQuarter, NOW.minusYears(1), lastUpdate, rag, new BigDecimal(planned),
                new BigDecimal(actual), overThisQuarter, gap, false);
    }

    @Test
    void stale_only_after_more_than_the_threshold_without_an_update() {
        assertThat(FlagRules.of(facts("RUNNING", NOW.minusDays(45), "GREEN", "0", "0", false, null, false), NOW, 45,
                CURRENT, false)).doesNotContain(Flag.STALE);
        assertThat(FlagRules.of(facts("RUNNING", NOW.minusDays(45).minusMinutes(1), "GREEN", "0", "0", false, null,
                false), NOW, 45, CURRENT, false)).contains(Flag.STALE);
    }

    @Test
    void an_active_item_never_updated_is_stale_once_it_is_older_than_the_threshold() {
        assertThat(FlagRules.of(facts("PILOT", null, null, "0", "0", false, null, false), NOW, 45, CURRENT, false))
                .contains(Flag.STALE);
    }

    @Test
    void inactive_items_are_never_stale_red_or_due() {
        assertThat(FlagRules.of(facts("PROPOSED", null, "RED", "0", "0", false, "2026-Q1", false), NOW, 45, CURRENT,
                false)).isEmpty();
    }

    @Test
    void over_budget_to_date_or_in_this_quarter_but_not_at_exactly_the_plan() {
        assertThat(FlagRules.of(facts("RUNNING", NOW, "GREEN", "100", "100", false, null, false), NOW, 45, CURRENT,
                false)).doesNotContain(Flag.OVER_BUDGET);
        assertThat(FlagRules.of(facts("RUNNING", NOW, "GREEN", "100", "100.01", false, null, false), NOW, 45, CURRENT,
                false)).contains(Flag.OVER_BUDGET);
        assertThat(FlagRules.of(facts("RUNNING", NOW, "GREEN", "100", "50", true, null, false), NOW, 45, CURRENT,
                false)).contains(Flag.OVER_BUDGET);
    }

    @Test
    void due_when_the_end_quarter_is_reached_not_before() {
        assertThat(FlagRules.of(facts("RUNNING", NOW, "GREEN", "0", "0", false, "2026-Q4", false), NOW, 45, CURRENT,
                false)).contains(Flag.DUE);
        assertThat(FlagRules.of(facts("RUNNING", NOW, "GREEN", "0", "0", false, "2027-Q1", false), NOW, 45, CURRENT,
                false)).doesNotContain(Flag.DUE);
    }

    @Test
    void red_gap_and_unfunded_are_flagged() {
        assertThat(FlagRules.of(facts("SCALE", NOW, "RED", "0", "0", false, null, true), NOW, 45, CURRENT, true))
                .contains(Flag.RED, Flag.PRINCIPLE_GAP, Flag.UNFUNDED);
    }

    @Test
    void an_open_high_risk_is_flagged_whatever_the_stage() {
        var risky = new SignalFacts(1, "IDEA", null, NOW, null, null, BigDecimal.ZERO, BigDecimal.ZERO, false, false,
                true);
        assertThat(FlagRules.of(risky, NOW, 45, CURRENT, false)).containsExactly(Flag.HIGH_RISK);
        assertThat(FlagRules.of(facts("PILOT", NOW, "GREEN", "0", "0", false, null, false), NOW, 45, CURRENT, false))
                .doesNotContain(Flag.HIGH_RISK);
    }
}
