package nl.tweespoor.initiative.ui;

import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Track;
import nl.tweespoor.initiative.InitiativeRow;
import nl.tweespoor.support.BrowserlessUiTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class ExperimentsViewTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void the_grid_pages_through_all_experiments_and_the_count_agrees() {
        var view = navigate(ExperimentsView.class);
        int expected = db.fetchCount(INITIATIVE, INITIATIVE.TRACK.eq(Track.PERSONAL));

        assertThat(test(view.grid()).size()).isEqualTo(expected);
        assertThat(count().getText()).isEqualTo(text("experiment.count", expected));
    }

    @Test
    @WithUserDetails("viewer")
    void filtering_on_a_department_narrows_grid_and_count() {
        var view = navigate(ExperimentsView.class);
        long hr = db.select(DEPARTMENT.ID)
                .from(DEPARTMENT)
                .where(DEPARTMENT.NAME.eq("HR"))
                .fetchSingle()
                .value1();
        int expected =
                db.fetchCount(INITIATIVE, INITIATIVE.TRACK.eq(Track.PERSONAL).and(INITIATIVE.DEPARTMENT_ID.eq(hr)));

        @SuppressWarnings("unchecked")
        ComboBox<Option> department = (ComboBox<Option>) $(ComboBox.class).id("filter-department");
        test(department).selectItem("HR");

        assertThat(expected).isBetween(1, 10);
        assertThat(test(view.grid()).size()).isEqualTo(expected);
        assertThat(count().getText()).isEqualTo(text("experiment.count", expected));
        for (int i = 0; i < expected; i++) {
            assertThat(test(view.grid()).getRow(i).department()).isEqualTo("HR");
        }
    }

    @Test
    @WithUserDetails("viewer")
    void free_text_search_finds_matching_titles_and_tools() {
        var view = navigate(ExperimentsView.class);
        test($(TextField.class).id("filter-search")).setValue("chatbot");

        var grid = test(view.grid());
        assertThat(grid.size()).isEqualTo(3);
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).title().toLowerCase()).contains("chatbot");
        }
    }

    @Test
    @WithUserDetails("viewer")
    void sorting_by_title_puts_the_alphabetically_first_title_on_top() {
        var view = navigate(ExperimentsView.class);
        Grid<InitiativeRow> grid = view.grid();
        grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(
                grid.getColumnByKey("title"), com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        var first = db.select(INITIATIVE.TITLE)
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL))
                .orderBy(INITIATIVE.TITLE)
                .limit(1)
                .fetchSingle()
                .value1();
        assertThat(test(grid).getRow(0).title()).isEqualTo(first);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_gets_no_propose_button() {
        navigate(ExperimentsView.class);
        assertThat($(Button.class).withId("create-item").exists()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_gets_the_propose_button() {
        navigate(ExperimentsView.class);
        assertThat($(Button.class).withId("create-item").exists()).isTrue();
    }

    private Span count() {
        return $(Span.class).id("result-count");
    }
}
