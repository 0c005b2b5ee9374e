package nl.tweespoor.initiative.ui;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import nl.tweespoor.base.ui.chart.Chart;
import nl.tweespoor.support.BrowserlessUiTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 13: a programme's page shows its KPIs' actuals over the quarters as a trend, with the values as text. */
class KpiTrendTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void the_programme_page_draws_each_kpis_kept_actuals() {
        navigate("programmes/" + idOf("Schadereis opnieuw ontworpen met AI"), ProgrammeDetailView.class);

        var trend = $(Div.class).id("kpi-trend");
        var lines = $(ListItem.class, trend).all();
        assertThat(lines).as("one line per KPI of the demo's claims programme").hasSize(2);
        assertThat(lines.getFirst().getText())
                .startsWith("Eenvoudige schades binnen 48 uur: ")
                .contains("38 %");
        assertThat($(Chart.class, trend).single().getElement().getAttribute("option"))
                .contains("\"Eenvoudige schades binnen 48 uur\"");
    }

    @Test
    @WithUserDetails("viewer")
    void a_programme_without_kept_actuals_says_so() {
        navigate("programmes/" + idOf("AI-prognoses voor kasstromen"), ProgrammeDetailView.class);

        assertThat($(Div.class).id("kpi-trend").getElement().getTextRecursively())
                .contains("Nog geen actuele waarde");
    }

    private long idOf(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle(INITIATIVE.ID);
    }
}
