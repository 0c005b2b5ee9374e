package nl.tweespoor.benefits.ui;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.benefits.MeasureHistory.Measured;
import nl.tweespoor.initiative.ui.ExperimentDetailView;
import nl.tweespoor.initiative.ui.ProgrammeDetailView;
import nl.tweespoor.support.BrowserlessUiTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 13: an experiment's page shows what it measured in each quarter; a programme's page has no such list. */
class MeasureHistorySectionTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    @SuppressWarnings("unchecked")
    void an_experiment_shows_its_last_measurement_of_each_quarter_since_it_started() {
        // The demo's chatbot started last quarter: measured then and now (14 participants, 40 %, 3.8 now).
        navigate("experiments/" + idOf("Klantchatbot voor polisvragen"), ExperimentDetailView.class);

        var grid = test((Grid<Measured>)
                $(Grid.class, $(Div.class).id("measure-history")).single());
        assertThat(grid.size()).isEqualTo(2);
        var now = grid.getRow(1);
        assertThat(now.quarter()).isEqualTo(Quarter.of(LocalDate.now()).toString());
        assertThat(now.participants()).isEqualTo(14);
        assertThat(now.adoptionPct()).isEqualByComparingTo("40");
        assertThat(grid.getCellText(1, 4)).isEqualTo("3,8");
        assertThat(grid.getRow(0).adoptionPct()).as("lower a quarter ago").isLessThan(now.adoptionPct());
    }

    @Test
    @WithUserDetails("viewer")
    void a_programme_shows_no_measurements_of_its_own() {
        navigate("programmes/" + idOf("Schadereis opnieuw ontworpen met AI"), ProgrammeDetailView.class);

        assertThat($(Div.class).withId("measure-history").all()).isEmpty();
    }

    private long idOf(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle(INITIATIVE.ID);
    }
}
