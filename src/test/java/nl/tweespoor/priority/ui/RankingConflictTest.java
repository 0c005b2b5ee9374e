package nl.tweespoor.priority.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.tweespoor.base.Track;
import nl.tweespoor.priority.PriorityService;
import nl.tweespoor.priority.RankedItem;
import nl.tweespoor.priority.RankingService;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leader moves an item or sorts by score on a ranking another leader changed since the page was opened: the view
 * says so in plain words and shows the current order; the stale move changes nothing. Rolled back after each test.
 */
@Transactional
class RankingConflictTest extends BrowserlessUiTest {

    private static final int YEAR = Year.now().getValue();
    private static final int MOVE_COLUMN = 7;

    @Autowired
    PriorityService priorities;

    @Autowired
    RankingService rankings;

    @Test
    @WithUserDetails("leader")
    void a_move_down_on_a_stale_ranking_gets_the_conflict_message_and_the_current_order() {
        navigate(PrioritiesView.class);
        var grid = grid();
        var other = someoneElseMoves(Track.PERSONAL);
        // The lazy grid fetches rows as they come into view, so they may be newer than the version it holds: the
        // move is refused all the same, because it names the version the page loaded with.

        test(grid).invokeLitRendererFunction(0, MOVE_COLUMN, "down");

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(text("priority.ranking-changed"));
        assertThat(rows(grid())).as("reloaded").isEqualTo(other);
        assertThat(stored(Track.PERSONAL)).isEqualTo(other);
    }

    @Test
    @WithUserDetails("leader")
    void sort_by_score_on_a_stale_ranking_gets_the_conflict_message_and_the_current_order() {
        navigate(PrioritiesView.class);
        var other = someoneElseMoves(Track.PERSONAL);

        test($(Button.class).id("sort-personal")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(text("priority.ranking-changed"));
        assertThat(rows(grid())).isEqualTo(other);
        assertThat(stored(Track.PERSONAL)).isEqualTo(other);
    }

    @SuppressWarnings("unchecked")
    private Grid<RankedItem> grid() {
        return $(Grid.class).id("ranking-personal");
    }

    private List<Long> rows(Grid<RankedItem> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size())
                .mapToObj(i -> tester.getRow(i).id())
                .toList();
    }

    /** Another leader moves the last item to the top; returns the order after. */
    private List<Long> someoneElseMoves(Track track) {
        var ranking = priorities.ranking(track, YEAR);
        var order = new ArrayList<>(ranking.items().stream().map(RankedItem::id).toList());
        var last = order.remove(order.size() - 1);
        order.add(0, last);
        rankings.moveToPosition(track, last, 1, ranking.version());
        return order;
    }

    private List<Long> stored(Track track) {
        return priorities.ranking(track, YEAR).items().stream()
                .map(RankedItem::id)
                .toList();
    }
}
