package nl.tweespoor.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import nl.tweespoor.support.Race;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two leaders move items in the same track from the same view at the same moment, round after round: exactly one move
 * is stored, the other leader is told (ConcurrentEditException), and the ranking is the winner's order, never a mix.
 * Commits, so each test gets a fresh copy of the demo database.
 */
@FreshDatabaseForEachTest
class MoveRaceTest extends DatabaseTest {

    private static final int ROUNDS = 25;
    private static final int YEAR = Year.now().getValue();

    @Autowired
    RankingService rankings;

    @Autowired
    UserDetailsService users;

    @Test
    void of_two_moves_against_the_same_version_exactly_one_wins() {
        var race = new Race(users);
        for (int round = 0; round < ROUNDS; round++) {
            var seen = seen(race, Track.STRATEGIC);
            var ids = order(race, Track.STRATEGIC);
            assertThat(ids).hasSizeGreaterThan(2);
            var lastToTop = moved(ids, ids.size() - 1, 0);
            var topBelowSecond = moved(ids, 0, 1);
            var orders = List.of(lastToTop, topBelowSecond);
            int version = seen.version();

            var outcomes = race.run(
                    "leader", () -> rankings.moveToPosition(Track.STRATEGIC, ids.get(ids.size() - 1), 1, version),
                    "leader", () -> rankings.moveNextTo(Track.STRATEGIC, ids.get(0), ids.get(1), true, version));

            int winner = Race.oneWinner(outcomes);
            assertThat(outcomes.get(1 - winner).error()).isInstanceOf(ConcurrentEditException.class);
            assertThat(order(race, Track.STRATEGIC)).containsExactlyElementsOf(orders.get(winner));
            assertThat(seen(race, Track.STRATEGIC).version()).isEqualTo(version + 1);
        }
    }

    @Test
    void sort_by_score_against_a_move_of_the_same_version_exactly_one_wins() {
        var race = new Race(users);
        for (int round = 0; round < ROUNDS; round++) {
            var ids = order(race, Track.PERSONAL);
            int version = seen(race, Track.PERSONAL).version();

            var outcomes = race.run(
                    "leader", () -> rankings.moveToPosition(Track.PERSONAL, ids.get(ids.size() - 1), 1, version),
                    "leader", () -> rankings.sortByScore(Track.PERSONAL, version));

            int winner = Race.oneWinner(outcomes);
            assertThat(outcomes.get(1 - winner).error()).isInstanceOf(ConcurrentEditException.class);
            assertThat(seen(race, Track.PERSONAL).version()).isEqualTo(version + 1);
        }
    }

    private RankingSummary seen(Race race, Track track) {
        var seen = new RankingSummary[1];
        race.as("leader", () -> seen[0] = rankings.summary(track, YEAR));
        return seen[0];
    }

    private List<Long> order(Race race, Track track) {
        var order = new ArrayList<List<Long>>();
        race.as("leader", () -> order.add(RankingFixtures.shownOrder(rankings, track, YEAR)));
        return order.get(0);
    }

    private static List<Long> moved(List<Long> order, int from, int to) {
        var result = new ArrayList<>(order);
        result.add(to, result.remove(from));
        return result;
    }
}
