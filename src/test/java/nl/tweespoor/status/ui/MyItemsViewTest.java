package nl.tweespoor.status.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.tweespoor.status.MyItem;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class MyItemsViewTest extends BrowserlessUiTest {

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void each_row_has_a_post_button_drawn_by_the_browser_that_opens_the_status_form_of_that_item() {
        navigate(MyItemsView.class);
        Grid<MyItem> grid = $(Grid.class).id("my-items");
        var rows = test(grid);
        assertThat(rows.size()).isPositive();
        int postColumn = grid.getColumns().size() - 1;
        var first = rows.getRow(0);

        // no component per cell: the button is the row's data in a Lit template
        assertThat(rows.getLitRendererPropertyValue(0, postColumn, "id", String.class))
                .isEqualTo("post-" + first.id());
        rows.invokeLitRendererFunction(0, postColumn, "press");

        var dialog = $(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo(first.title());
        assertThat($(RadioButtonGroup.class, dialog).id("status-rag").isVisible())
                .isTrue();
    }
}
