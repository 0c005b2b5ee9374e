package nl.tweespoor.benefits.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.util.List;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.chart.Chart;
import nl.tweespoor.base.ui.chart.LineChartOption;
import nl.tweespoor.benefits.QuarterTrend;
import org.jspecify.annotations.Nullable;

/** Adoption (left axis, %) and satisfaction (right axis, 1–5) per quarter, with the same numbers as text. */
class AdoptionTrendChart extends Div {

    AdoptionTrendChart(List<QuarterTrend> trend) {
        setId("adoption-trend");
        setWidthFull();
        var quarters = trend.stream().map(QuarterTrend::quarter).toList();
        var option = new LineChartOption()
                .categories(quarters)
                .description(getTranslation("benefits.trend-description", quarters.getFirst(), quarters.getLast()))
                .axis(getTranslation("benefits.trend-adoption"), 0, 100)
                .axis(getTranslation("benefits.trend-satisfaction"), 1, 5)
                .line(
                        "adoption",
                        getTranslation("benefits.trend-adoption"),
                        "#1d4e89",
                        0,
                        trend.stream().map(QuarterTrend::adoptionPct).toList())
                .line(
                        "satisfaction",
                        getTranslation("benefits.trend-satisfaction"),
                        "#0b6e4f",
                        1,
                        trend.stream().map(QuarterTrend::satisfaction).toList());
        var chart = new Chart(option.toJson());
        chart.setHeight("16rem");
        var text = new UnorderedList();
        text.addClassName("chart-text");
        for (var quarter : trend) {
            text.add(new ListItem(
                    quarter.experiments() == 0
                            ? getTranslation("benefits.trend-none", quarter.quarter())
                            : getTranslation(
                                    "benefits.trend-line",
                                    quarter.quarter(),
                                    number(quarter.adoptionPct(), "%"),
                                    number(quarter.satisfaction(), ""),
                                    quarter.experiments())));
        }
        add(chart, text);
    }

    private String number(@Nullable BigDecimal value, String unit) {
        return value == null ? getTranslation("value.none") : Formats.number(value, getLocale()) + unit;
    }
}
