package nl.tweespoor.priority.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.budget.ReserveService;
import nl.tweespoor.priority.RankedItem;
import nl.tweespoor.priority.RankingService;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The priorities page without a browser: lazy grids showing positions, moves with ↑/↓ and "move to position N" (its
 * input checked before anything is sent), no moving for a viewer, and the redesign reserve's share and what-if. Rolled back after each test.
 */
@Transactional
class PrioritiesViewTest extends BrowserlessUiTest {

    private static final int YEAR = Year.now().getValue();
    private static final int MOVE_COLUMN = 7;

    private static final int WHAT_IF_COLUMN = 6;

    @Autowired
    RankingService rankings;

    @Autowired
    ReserveService reserves;

    @Test
    @WithUserDetails("leader")
    void the_grids_fetch_their_rows_lazily_and_number_them_by_position() {
        navigate(PrioritiesView.class);
        var grid = grid();

        assertThat(grid.getDataProvider().isInMemory()).isFalse();
        assertThat(test(grid).size())
                .isEqualTo(rankings.summary(Track.STRATEGIC, YEAR).count());
        assertThat(IntStream.range(0, test(grid).size())
                        .mapToObj(i -> test(grid).getCellText(i, 0))
                        .toList())
                .isEqualTo(IntStream.rangeClosed(1, test(grid).size())
                        .mapToObj(String::valueOf)
                        .toList());
        assertThat($(Span.class).id("summary-strategic").getText())
                .contains(String.valueOf(test(grid).size()));
    }

    @Test
    @WithUserDetails("leader")
    void the_down_button_moves_an_item_one_place_and_the_grid_shows_the_new_order() {
        navigate(PrioritiesView.class);
        var before = rows(grid());

        press(0, "down");

        assertThat(rows(grid())).isEqualTo(moved(before, 0, 1));
        assertThat($(Notification.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("leader")
    void move_to_position_n_puts_the_item_at_the_position_typed() {
        navigate(PrioritiesView.class);
        var before = rows(grid());

        press(0, "moveTo");
        test($(IntegerField.class).id("move-to-position")).setValue(4);
        test($(Button.class).id("move-to-confirm")).click();

        assertThat(rows(grid())).isEqualTo(moved(before, 0, 3));
    }

    @Test
    @WithUserDetails("leader")
    void a_position_outside_the_ranking_is_refused_in_the_dialog_and_nothing_moves() {
        navigate(PrioritiesView.class);
        var before = rows(grid());
        int count = before.size();

        press(1, "moveTo");
        var position = $(IntegerField.class).id("move-to-position");
        // The tester refuses a value beyond the field's max, as the browser's stepper does; typed, it gets through.
        position.setValue(count + 1);
        test($(Button.class).id("move-to-confirm")).click();

        assertThat(position.isInvalid()).isTrue();
        assertThat(position.getErrorMessage()).isEqualTo(text("priority.position-range", count));
        assertThat(position.isAttached()).as("the dialog stays open").isTrue();
        assertThat(rows(grid())).isEqualTo(before);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_sees_the_ranking_without_ways_to_move_it() {
        navigate(PrioritiesView.class);

        assertThat(grid().getColumns()).hasSize(MOVE_COLUMN);
        assertThat(grid().isRowsDraggable()).isFalse();
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("sort-"));
    }

    @Test
    @WithUserDetails("leader")
    void the_reserve_share_shows_beside_the_envelope_and_the_what_if_shows_the_reserve_after_the_stops() {
        var reserve = reserves.reserve(YEAR);
        var amount = reserve.envelopes().divide(BigDecimal.TEN).setScale(0, RoundingMode.DOWN);
        reserves.setReserve(YEAR, amount, reserve.version());
        var share = rankings.summary(Track.STRATEGIC, YEAR).reserveShare();
        assertThat(share).isPositive();

        navigate(PrioritiesView.class);

        assertThat($(Span.class).id("summary-strategic").getText()).contains(Formats.euros(share, Translations.DUTCH));
        test(grid())
                .invokeLitRendererFunction(
                        0,
                        WHAT_IF_COLUMN,
                        "toggle",
                        JsonNodeFactory.instance.arrayNode().add(true));
        test($(Button.class).id("whatif-run")).click();
        var lines = $(UnorderedList.class).id("whatif-reserve").getElement().getTextRecursively();
        assertThat(lines)
                .contains(text("priority.whatif-reserve", Formats.euros(amount, Translations.DUTCH)))
                .contains(text("priority.whatif-optimise-room", "", "").split(":")[0]);
    }

    @SuppressWarnings("unchecked")
    private Grid<RankedItem> grid() {
        return $(Grid.class).id("ranking-strategic");
    }

    /** Clicks a button of the move column in a row: "up", "down", "moveTo" (to a position) or "rate". */
    private void press(int row, String button) {
        test(grid()).invokeLitRendererFunction(row, MOVE_COLUMN, button);
    }

    private List<Long> rows(Grid<RankedItem> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size())
                .mapToObj(i -> tester.getRow(i).id())
                .toList();
    }

    private static List<Long> moved(List<Long> order, int from, int to) {
        var result = new ArrayList<>(order);
        result.add(to, result.remove(from));
        return result;
    }
}
