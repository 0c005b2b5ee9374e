package nl.tweespoor.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.tweespoor.priority.ReserveFirst.Line;
import org.junit.jupiter.api.Test;

/** The cut line's rule with a redesign reserve, as plain Java: redesign draws on the track's share first. */
class ReserveFirstTest {

    private static final BigDecimal ENVELOPE = new BigDecimal("1000");
    private static final BigDecimal SHARE = new BigDecimal("300");

    @Test
    void the_share_is_pro_rata_to_the_envelope_rounded_to_the_cent() {
        assertThat(ReserveFirst.share(new BigDecimal("400"), new BigDecimal("1000"), new BigDecimal("4000")))
                .isEqualByComparingTo("100");
        assertThat(ReserveFirst.share(new BigDecimal("100"), new BigDecimal("1000"), new BigDecimal("3000")))
                .isEqualByComparingTo("33.33");
        assertThat(ReserveFirst.share(new BigDecimal("200"), new BigDecimal("1000"), new BigDecimal("3000")))
                .isEqualByComparingTo("66.67");
    }

    @Test
    void without_envelopes_the_share_is_zero_and_it_is_never_more_than_the_envelope() {
        assertThat(ReserveFirst.share(new BigDecimal("500"), BigDecimal.ZERO, BigDecimal.ZERO))
                .isEqualByComparingTo("0");
        // envelopes lowered below the reserve after it was set: the track's share stops at its envelope
        assertThat(ReserveFirst.share(new BigDecimal("5000"), new BigDecimal("1000"), new BigDecimal("2000")))
                .isEqualByComparingTo("1000");
    }

    @Test
    void exactly_at_the_envelope_is_funded_one_euro_over_is_not() {
        // optimise 700 uses all that is not reserved; the redesign item fits in the share
        var atTheEdge = List.of(optimise("700"), redesign("300"));
        assertThat(ReserveFirst.firstUnfunded(ENVELOPE, SHARE, atTheEdge)).isEqualTo(-1);
        assertThat(ReserveFirst.firstUnfunded(ENVELOPE, SHARE, List.of(optimise("700"), redesign("301"))))
                .isEqualTo(1);
        assertThat(ReserveFirst.firstUnfunded(ENVELOPE, SHARE, List.of(optimise("701"))))
                .isZero();
    }

    @Test
    void an_optimise_item_cannot_be_funded_from_the_reserve() {
        // the running total (800) is within the envelope, but 100 of it would come out of the reserve
        var lines = List.of(optimise("500"), optimise("300"), redesign("100"));
        assertThat(ReserveFirst.firstUnfunded(ENVELOPE, SHARE, lines)).isEqualTo(1);
        assertThat(ReserveFirst.firstUnfunded(ENVELOPE, BigDecimal.ZERO, lines)).isEqualTo(-1);
    }

    @Test
    void redesign_beyond_the_reserve_competes_for_the_rest_of_the_envelope() {
        // redesign 500: 300 from the reserve, 200 of the rest; optimise then has 500 left, not 700
        assertThat(ReserveFirst.firstUnfunded(ENVELOPE, SHARE, List.of(redesign("500"), optimise("500"))))
                .isEqualTo(-1);
        assertThat(ReserveFirst.firstUnfunded(ENVELOPE, SHARE, List.of(redesign("500"), optimise("500.01"))))
                .isEqualTo(1);
        assertThat(ReserveFirst.firstUnfunded(ENVELOPE, SHARE, List.of(redesign("1000"), optimise("0.01"))))
                .isEqualTo(1);
    }

    @Test
    void a_redesign_item_below_an_unfunded_optimise_item_is_unfunded_too() {
        // the cut line is a prefix: the first item that fails cuts, whatever would still fit below it
        var lines = List.of(optimise("800"), redesign("100"));
        assertThat(ReserveFirst.firstUnfunded(ENVELOPE, SHARE, lines)).isZero();
        assertThat(unfunded(lines, SHARE)).containsExactly(true, true);
    }

    @Test
    void with_no_reserve_the_rule_is_the_running_total_against_the_envelope() {
        var random = new Random(13);
        for (int round = 0; round < 500; round++) {
            var lines = new ArrayList<Line>();
            var running = BigDecimal.ZERO;
            int expected = -1;
            for (int i = 0; i < 12; i++) {
                var planned = BigDecimal.valueOf(random.nextInt(30_000), 2);
                lines.add(new Line(planned, random.nextBoolean()));
                running = running.add(planned);
                if (expected < 0 && running.compareTo(ENVELOPE) > 0) {
                    expected = i;
                }
            }
            assertThat(ReserveFirst.firstUnfunded(ENVELOPE, BigDecimal.ZERO, lines))
                    .as(lines.toString())
                    .isEqualTo(expected);
        }
    }

    @Test
    void once_an_item_is_unfunded_every_item_below_it_is_too() {
        var random = new Random(31);
        for (int round = 0; round < 500; round++) {
            var lines = new ArrayList<Line>();
            for (int i = 0; i < 12; i++) {
                lines.add(new Line(BigDecimal.valueOf(random.nextInt(30_000), 2), random.nextBoolean()));
            }
            var flags = unfunded(lines, SHARE);
            int first = flags.indexOf(true);
            if (first >= 0) {
                assertThat(flags.subList(first, flags.size()))
                        .as(lines.toString())
                        .doesNotContain(false);
            }
            assertThat(ReserveFirst.firstUnfunded(ENVELOPE, SHARE, lines)).isEqualTo(first);
        }
    }

    /** Each line's flag from the running totals alone, as the SQL computes it row by row. */
    private static List<Boolean> unfunded(List<Line> lines, BigDecimal share) {
        var flags = new ArrayList<Boolean>();
        var other = BigDecimal.ZERO;
        var redesign = BigDecimal.ZERO;
        for (var line : lines) {
            if (line.redesign()) {
                redesign = redesign.add(line.planned());
            } else {
                other = other.add(line.planned());
            }
            flags.add(!ReserveFirst.funded(ENVELOPE, share, other, redesign));
        }
        return flags;
    }

    private static Line optimise(String planned) {
        return new Line(new BigDecimal(planned), false);
    }

    private static Line redesign(String planned) {
        return new Line(new BigDecimal(planned), true);
    }
}
