package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.chart.Chart;
import nl.tweespoor.base.ui.chart.LineChartOption;
import nl.tweespoor.initiative.Kpi;
import nl.tweespoor.initiative.KpiActual;
import nl.tweespoor.initiative.ProgrammePlanService;
import org.jspecify.annotations.Nullable;

/**
 * The trend of a programme's KPIs: per quarter each KPI's progress towards its target (so KPIs of different units
 * share one chart), from the actuals kept at every save, with the actual values as text.
 */
class KpiTrend extends Div {

    private static final List<String> COLOURS = List.of("#1d4e89", "#0b6e4f", "#b06d00", "#7a3e9d", "#b3261e");

    KpiTrend(List<Kpi> kpis, List<KpiActual> actuals) {
        setId("kpi-trend");
        add(new H4(getTranslation("kpi.trend")));
        if (actuals.isEmpty()) {
            add(new Paragraph(getTranslation("kpi.trend-none", ProgrammePlanService.TREND_QUARTERS)));
            return;
        }
        var now = Quarter.of(LocalDate.now());
        var quarters = new ArrayList<String>();
        for (int back = ProgrammePlanService.TREND_QUARTERS - 1; back >= 0; back--) {
            quarters.add(now.plus(-back).toString());
        }
        var option = new LineChartOption()
                .categories(quarters)
                .description(getTranslation("kpi.trend-description"))
                .axis(getTranslation("kpi.trend-progress"), 0, 100);
        var text = new UnorderedList();
        text.addClassName("chart-text");
        int colour = 0;
        for (var kpi : kpis) {
            var mine = actuals.stream()
                    .filter(a -> Objects.equals(a.kpiId(), kpi.id()))
                    .collect(Collectors.toMap(KpiActual::quarter, KpiActual::actual));
            if (mine.isEmpty()) {
                continue;
            }
            var progress = new ArrayList<@Nullable Integer>();
            var values = new ArrayList<String>();
            for (var quarter : quarters) {
                var actual = mine.get(quarter);
                progress.add(actual == null ? null : progress(kpi, actual));
                if (actual != null) {
                    values.add(quarter + " " + Formats.number(actual, getLocale()) + " " + kpi.unit());
                }
            }
            option.line("kpi-" + kpi.id(), kpi.name(), COLOURS.get(colour++ % COLOURS.size()), 0, progress);
            text.add(new ListItem(getTranslation("kpi.trend-line", kpi.name(), String.join(", ", values))));
        }
        var chart = new Chart(option.toJson());
        chart.setHeight("14rem");
        add(chart, text);
    }

    private static @Nullable Integer progress(Kpi kpi, BigDecimal actual) {
        return new Kpi(kpi.id(), kpi.name(), kpi.unit(), kpi.baseline(), kpi.target(), actual, kpi.version())
                .progressPct();
    }
}
