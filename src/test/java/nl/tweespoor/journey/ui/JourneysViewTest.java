package nl.tweespoor.journey.ui;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.JOURNEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import nl.tweespoor.journey.JourneyIntent;
import nl.tweespoor.journey.JourneyRow;
import nl.tweespoor.journey.JourneySignal;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The journey map without a browser: the lazy grid, its filters and signals, and the leader's dialog. */
@FreshDatabaseForEachTest
class JourneysViewTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void the_map_lists_every_journey_with_its_signals_and_a_viewer_gets_no_buttons() {
        navigate(JourneysView.class);

        var grid = grid();
        assertThat(grid.size()).isEqualTo(db.fetchCount(JOURNEY));
        assertThat(row(grid, "Autoverzekering").signals()).containsExactly(JourneySignal.REDESIGN_UNFUNDED);
        assertThat(row(grid, "Acceptatie woonverzekering").signals()).containsExactly(JourneySignal.EXHAUSTED_POLISHED);
        assertThat(row(grid, "Schademelding tot uitbetaling").signals()).isEmpty();
        assertThat($(Button.class).withId("journey-create").exists()).isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    void the_intent_filter_narrows_the_map() {
        navigate(JourneysView.class);

        test($(Select.class).id("journey-intent-filter")).selectItem(text("journey.intent.EXHAUSTED"));

        var grid = grid();
        assertThat(IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).title()))
                .containsExactly("Acceptatie woonverzekering", "Postverwerking");
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_adds_a_journey_to_redesign_by_a_year() {
        navigate(JourneysView.class);
        int before = db.fetchCount(JOURNEY);

        test($(Button.class).id("journey-create")).click();
        test($(TextField.class).id("journey-title")).setValue("Hypotheek aanvragen");
        test($(Select.class).id("journey-intent")).selectItem(text("journey.intent.REDESIGN"));
        test($(IntegerField.class).id("journey-redesign-by")).setValue(2029);
        test($(Button.class).id("journey-save")).click();

        var stored = db.fetchSingle(JOURNEY, JOURNEY.TITLE.eq("Hypotheek aanvragen"));
        assertThat(stored.getIntent()).isEqualTo(JourneyIntent.REDESIGN.name());
        assertThat(stored.getRedesignBy()).isEqualTo(2029);
        assertThat(grid().size()).isEqualTo(before + 1);
        assertThat(row(grid(), "Hypotheek aanvragen").signals()).containsExactly(JourneySignal.REDESIGN_UNFUNDED);
    }

    @Test
    @WithUserDetails("leader")
    void a_journey_without_a_title_is_refused_in_the_form_and_nothing_is_saved() {
        navigate(JourneysView.class);
        int before = db.fetchCount(JOURNEY);

        test($(Button.class).id("journey-create")).click();
        test($(Button.class).id("journey-save")).click();

        assertThat(db.fetchCount(JOURNEY)).isEqualTo(before);
        assertThat($(TextField.class).id("journey-title").isInvalid()).isTrue();
    }

    @Test
    @WithUserDetails("leader")
    void deleting_a_journey_that_items_name_is_refused_with_a_plain_message() {
        navigate(JourneysView.class);
        var grid = grid();
        int index = index(grid, "Schademelding tot uitbetaling");
        var buttons = (HorizontalLayout) grid.getCellComponent(index, "actions");
        test((Button) buttons.getComponentAt(1)).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(db.fetchExists(JOURNEY, JOURNEY.TITLE.eq("Schademelding tot uitbetaling")))
                .isTrue();
        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("JOURNEY_DELETED")))
                .isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(text("journey.delete-in-use", 4));
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.GridTester<Grid<JourneyRow>, JourneyRow> grid() {
        return test((Grid<JourneyRow>) $(Grid.class).id("journey-grid"));
    }

    private static JourneyRow row(
            com.vaadin.flow.component.grid.GridTester<Grid<JourneyRow>, JourneyRow> grid, String title) {
        return grid.getRow(index(grid, title));
    }

    private static int index(
            com.vaadin.flow.component.grid.GridTester<Grid<JourneyRow>, JourneyRow> grid, String title) {
        return IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).title().equals(title))
                .findFirst()
                .orElseThrow();
    }
}
