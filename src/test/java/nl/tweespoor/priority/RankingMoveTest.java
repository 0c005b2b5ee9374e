package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.priority.RankingFixtures.changed;
import static nl.tweespoor.priority.RankingFixtures.shownOrder;
import static nl.tweespoor.priority.RankingFixtures.storedRanks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leader's moves in a ranking (↑/↓, drag and drop, "move to position N"): the item lands where asked, only its own
 * stored rank changes, the move is audited, and a move against an order changed since is refused. Rolled back after
 * each test. The demo's programmes are ranked, its experiments not yet (they show by score).
 */
@Transactional
class RankingMoveTest extends DatabaseTest {

    private static final int YEAR = Year.now().getValue();

    @Autowired
    RankingService rankings;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void moving_down_one_swaps_two_items_and_changes_only_the_moved_items_rank() {
        var before = shownOrder(rankings, Track.STRATEGIC, YEAR);
        var ranks = storedRanks(db, Track.STRATEGIC);
        var first = before.get(0);

        rankings.moveToPosition(Track.STRATEGIC, first, 2, version(Track.STRATEGIC));

        assertThat(shownOrder(rankings, Track.STRATEGIC, YEAR)).containsExactlyElementsOf(moved(before, 0, 1));
        assertThat(changed(ranks, storedRanks(db, Track.STRATEGIC))).containsExactly(first);
    }

    @Test
    @WithUserDetails("leader")
    void moving_up_one_changes_only_the_moved_items_rank() {
        var before = shownOrder(rankings, Track.STRATEGIC, YEAR);
        var ranks = storedRanks(db, Track.STRATEGIC);
        var third = before.get(2);

        rankings.moveToPosition(Track.STRATEGIC, third, 2, version(Track.STRATEGIC));

        assertThat(shownOrder(rankings, Track.STRATEGIC, YEAR)).containsExactlyElementsOf(moved(before, 2, 1));
        assertThat(changed(ranks, storedRanks(db, Track.STRATEGIC))).containsExactly(third);
    }

    @Test
    @WithUserDetails("leader")
    void a_drop_below_or_above_another_item_puts_it_right_there_and_changes_only_its_rank() {
        var before = shownOrder(rankings, Track.STRATEGIC, YEAR);
        var ranks = storedRanks(db, Track.STRATEGIC);

        rankings.moveNextTo(Track.STRATEGIC, before.get(0), before.get(3), true, version(Track.STRATEGIC));
        var afterBelow = moved(before, 0, 3);
        assertThat(shownOrder(rankings, Track.STRATEGIC, YEAR)).containsExactlyElementsOf(afterBelow);

        rankings.moveNextTo(Track.STRATEGIC, before.get(5), before.get(1), false, version(Track.STRATEGIC));
        var afterAbove = moved(afterBelow, afterBelow.indexOf(before.get(5)), afterBelow.indexOf(before.get(1)));
        assertThat(shownOrder(rankings, Track.STRATEGIC, YEAR)).containsExactlyElementsOf(afterAbove);

        assertThat(changed(ranks, storedRanks(db, Track.STRATEGIC)))
                .containsExactlyInAnyOrder(before.get(0), before.get(5));
    }

    @Test
    @WithUserDetails("leader")
    void move_to_position_n_reaches_the_top_and_the_bottom_changing_one_rank_each_time() {
        var before = shownOrder(rankings, Track.STRATEGIC, YEAR);
        var ranks = storedRanks(db, Track.STRATEGIC);
        int last = before.size();

        rankings.moveToPosition(Track.STRATEGIC, before.get(2), 1, version(Track.STRATEGIC));
        rankings.moveToPosition(Track.STRATEGIC, before.get(3), last, version(Track.STRATEGIC));

        var expected = moved(moved(before, 2, 0), 3, last - 1);
        assertThat(shownOrder(rankings, Track.STRATEGIC, YEAR)).containsExactlyElementsOf(expected);
        assertThat(changed(ranks, storedRanks(db, Track.STRATEGIC)))
                .containsExactlyInAnyOrder(before.get(2), before.get(3));
    }

    @Test
    @WithUserDetails("leader")
    void a_position_outside_the_ranking_is_refused_and_changes_nothing() {
        var before = shownOrder(rankings, Track.STRATEGIC, YEAR);
        var ranks = storedRanks(db, Track.STRATEGIC);
        int version = version(Track.STRATEGIC);

        for (int position : new int[] {0, -3, before.size() + 1}) {
            assertThatThrownBy(() -> rankings.moveToPosition(Track.STRATEGIC, before.get(0), position, version))
                    .isInstanceOf(InvalidInputException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "priority.position-range");
        }
        assertThat(storedRanks(db, Track.STRATEGIC)).isEqualTo(ranks);
        assertThat(version(Track.STRATEGIC)).isEqualTo(version);
    }

    @Test
    @WithUserDetails("leader")
    void a_move_against_a_ranking_changed_since_is_refused_and_the_newer_order_stays() {
        var seen = rankings.summary(Track.STRATEGIC, YEAR);
        var before = shownOrder(rankings, Track.STRATEGIC, YEAR);
        rankings.moveToPosition(Track.STRATEGIC, before.get(0), 3, seen.version());
        var now = shownOrder(rankings, Track.STRATEGIC, YEAR);
        var ranks = storedRanks(db, Track.STRATEGIC);
        int events = events();

        assertThatThrownBy(() -> rankings.moveToPosition(Track.STRATEGIC, before.get(4), 1, seen.version()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasFieldOrPropertyWithValue("messageKey", "priority.ranking-changed");
        assertThatThrownBy(
                        () -> rankings.moveNextTo(Track.STRATEGIC, before.get(4), before.get(1), true, seen.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> rankings.sortByScore(Track.STRATEGIC, seen.version()))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(shownOrder(rankings, Track.STRATEGIC, YEAR)).isEqualTo(now);
        assertThat(storedRanks(db, Track.STRATEGIC)).isEqualTo(ranks);
        assertThat(version(Track.STRATEGIC)).isEqualTo(seen.version() + 1);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    @WithUserDetails("leader")
    void every_move_is_audited_with_the_item_and_its_positions_before_and_after() {
        var before = shownOrder(rankings, Track.STRATEGIC, YEAR);
        int version = version(Track.STRATEGIC);

        rankings.moveToPosition(Track.STRATEGIC, before.get(1), 4, version);

        var event = db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.KIND.eq("RANKING_MOVED"))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(1)
                .fetchSingle();
        assertThat(event.getInitiativeId()).isEqualTo(before.get(1));
        assertThat(event.getActorName()).isEqualTo("leader");
        assertThat(event.getBeforeState().data())
                .contains("\"position\": 2")
                .contains("\"rankingVersion\": " + version);
        assertThat(event.getAfterState().data())
                .contains("\"position\": 4")
                .contains("\"rankingVersion\": " + (version + 1));
    }

    @Test
    @WithUserDetails("leader")
    void a_move_to_where_the_item_already_is_writes_nothing() {
        var before = shownOrder(rankings, Track.STRATEGIC, YEAR);
        int version = version(Track.STRATEGIC);
        int events = events();

        rankings.moveToPosition(Track.STRATEGIC, before.get(2), 3, version);
        rankings.moveNextTo(Track.STRATEGIC, before.get(2), before.get(1), true, version);

        assertThat(version(Track.STRATEGIC)).isEqualTo(version);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    @WithUserDetails("leader")
    void moving_below_unranked_items_ranks_them_in_the_order_shown_and_leaves_the_rest_unranked() {
        var before = shownOrder(rankings, Track.PERSONAL, YEAR);
        var unranked = storedRanks(db, Track.PERSONAL);
        assertThat(before).as("the demo's open experiments are unranked").allMatch(id -> unranked.get(id) == null);

        rankings.moveToPosition(Track.PERSONAL, before.get(0), 3, version(Track.PERSONAL));

        var expected = moved(before, 0, 2);
        assertThat(shownOrder(rankings, Track.PERSONAL, YEAR)).containsExactlyElementsOf(expected);
        var ranks = storedRanks(db, Track.PERSONAL);
        assertThat(expected.subList(0, 3)).allMatch(id -> ranks.get(id) != null);
        assertThat(expected.subList(3, expected.size())).allMatch(id -> ranks.get(id) == null);
    }

    @Test
    @WithUserDetails("leader")
    void many_moves_into_the_same_places_keep_the_order_a_list_would_have() {
        RankingFixtures.addOpenItems(db, Track.STRATEGIC, 30, YEAR);
        var expected = new ArrayList<>(shownOrder(rankings, Track.STRATEGIC, YEAR));
        var random = new Random(11);
        for (int move = 0; move < 120; move++) {
            int from = random.nextInt(expected.size());
            // Mostly into the gap below the top item, so the decimals run out and the track is renumbered.
            int to = move % 4 == 3 ? random.nextInt(expected.size()) : 1;
            var id = expected.get(from);
            if (move % 2 == 0) {
                rankings.moveToPosition(Track.STRATEGIC, id, to + 1, version(Track.STRATEGIC));
            } else if (to != from) {
                var rest = new ArrayList<>(expected);
                rest.remove(id);
                var target = rest.get(Math.min(to, rest.size() - 1));
                boolean below = to >= rest.size();
                rankings.moveNextTo(Track.STRATEGIC, id, target, below, version(Track.STRATEGIC));
                to = below ? rest.size() : to;
            }
            expected.remove(from);
            expected.add(to, id);
            assertThat(shownOrder(rankings, Track.STRATEGIC, YEAR))
                    .as("after move " + move)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    @WithUserDetails("leader")
    void sort_by_score_puts_the_highest_score_first_and_unrated_last_in_one_statement() {
        var first = shownOrder(rankings, Track.PERSONAL, YEAR).get(0);
        db.update(INITIATIVE)
                .setNull(INITIATIVE.SCORE_VALUE)
                .where(INITIATIVE.ID.eq(first))
                .execute();

        rankings.sortByScore(Track.PERSONAL, version(Track.PERSONAL));

        var items = rankings.page(Track.PERSONAL, YEAR, 0, 500);
        assertThat(items.get(items.size() - 1).id()).isEqualTo(first);
        var scores =
                items.stream().map(RankedItem::score).filter(Objects::nonNull).toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        var ranks = storedRanks(db, Track.PERSONAL);
        assertThat(items).as("every open experiment ranked now").allMatch(item -> ranks.get(item.id()) != null);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("RANKING_CHANGED")))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_move_or_sort() {
        var before = shownOrder(rankings, Track.STRATEGIC, YEAR);
        int version = version(Track.STRATEGIC);
        assertThatThrownBy(() -> rankings.moveToPosition(Track.STRATEGIC, before.get(0), 2, version))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rankings.moveNextTo(Track.STRATEGIC, before.get(0), before.get(2), true, version))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rankings.sortByScore(Track.STRATEGIC, version))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_cannot_move_either() {
        var before = shownOrder(rankings, Track.STRATEGIC, YEAR);
        assertThatThrownBy(() -> rankings.moveToPosition(Track.STRATEGIC, before.get(0), 2, version(Track.STRATEGIC)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private int version(Track track) {
        return rankings.summary(track, YEAR).version();
    }

    private int events() {
        return db.fetchCount(AUDIT_EVENT);
    }

    /** The list with the element at {@code from} taken out and put in at {@code to}. */
    private static List<Long> moved(List<Long> order, int from, int to) {
        var result = new ArrayList<>(order);
        var id = result.remove(from);
        result.add(to, id);
        return result;
    }
}
