package nl.tweespoor.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.OwnDatabaseTest;
import nl.tweespoor.support.Race;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two leaders reorder the same track from the same view at the same moment, round after round: exactly one order is
 * stored, the other leader is told (ConcurrentEditException), and the ranking is the winner's order, never a mix.
 * Commits, so it runs on a database of its own.
 */
class ReorderRaceTest extends OwnDatabaseTest {

    private static final int ROUNDS = 25;
    private static final int YEAR = Year.now().getValue();

    @Autowired
    PriorityService priorities;

    @Autowired
    UserDetailsService users;

    @Test
    void of_two_reorders_against_the_same_version_exactly_one_wins() {
        var race = new Race(users);
        for (int round = 0; round < ROUNDS; round++) {
            var seen = new Ranking[1];
            race.as("leader", () -> seen[0] = priorities.ranking(Track.STRATEGIC, YEAR));
            var ids = seen[0].items().stream().map(RankedItem::id).toList();
            assertThat(ids).hasSizeGreaterThan(2);
            var reversed = new ArrayList<>(ids);
            Collections.reverse(reversed);
            var rotated = new ArrayList<>(ids);
            Collections.rotate(rotated, 1);
            var orders = List.<List<Long>>of(reversed, rotated);
            int version = seen[0].version();

            var outcomes = race.run(
                    "leader", () -> priorities.reorder(Track.STRATEGIC, YEAR, reversed, version),
                    "leader", () -> priorities.reorder(Track.STRATEGIC, YEAR, rotated, version));

            int winner = Race.oneWinner(outcomes);
            assertThat(outcomes.get(1 - winner).error()).isInstanceOf(ConcurrentEditException.class);
            race.as("leader", () -> {
                var now = priorities.ranking(Track.STRATEGIC, YEAR);
                assertThat(now.items()).extracting(RankedItem::id).containsExactlyElementsOf(orders.get(winner));
                assertThat(now.version()).isEqualTo(version + 1);
            });
        }
    }

    @Test
    void sort_by_score_against_a_reorder_of_the_same_version_exactly_one_wins() {
        var race = new Race(users);
        for (int round = 0; round < ROUNDS; round++) {
            var seen = new Ranking[1];
            race.as("leader", () -> seen[0] = priorities.ranking(Track.PERSONAL, YEAR));
            var reversed = new ArrayList<>(seen[0].items().stream().map(RankedItem::id).toList());
            Collections.reverse(reversed);
            int version = seen[0].version();

            var outcomes = race.run(
                    "leader", () -> priorities.reorder(Track.PERSONAL, YEAR, reversed, version),
                    "leader", () -> priorities.sortByScore(Track.PERSONAL, YEAR, version));

            int winner = Race.oneWinner(outcomes);
            assertThat(outcomes.get(1 - winner).error()).isInstanceOf(ConcurrentEditException.class);
            race.as("leader", () -> assertThat(priorities.ranking(Track.PERSONAL, YEAR).version())
                    .isEqualTo(version + 1));
        }
    }
}
