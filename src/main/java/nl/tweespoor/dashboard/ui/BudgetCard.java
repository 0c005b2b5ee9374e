package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.html.ListItem;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.chart.BarChartOption;
import nl.tweespoor.base.ui.chart.Chart;
import nl.tweespoor.budget.YearTotals;

/** Planned, actual and envelope per track as bars and as text; a click on the chart opens the budget. */
class BudgetCard extends Card {

    BudgetCard(YearTotals totals) {
        super("dashboard.budget-per-track", "card-budget");
        var tracks = totals.tracks();
        var option = new BarChartOption().description(getTranslation("dashboard.budget-per-track"));
        tracks.forEach(track -> option.category(track.key(), getTranslation("track." + track.key())));
        option.series(
                        "planned",
                        getTranslation("budget.planned"),
                        "#1d4e89",
                        tracks.stream().map(r -> r.planned()).toList())
                .series(
                        "actual",
                        getTranslation("budget.actual"),
                        "#0b6e4f",
                        tracks.stream().map(r -> r.actual()).toList())
                .series(
                        "envelope",
                        getTranslation("budget.envelope"),
                        "#9a6b00",
                        tracks.stream().map(r -> r.envelope()).toList());
        var chart = new Chart(option.toJson());
        chart.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("budget")));
        var text = chartText();
        tracks.forEach(track -> text.add(new ListItem(getTranslation(
                "dashboard.budget-line",
                getTranslation("track." + track.key()),
                Formats.euros(track.planned(), getLocale()),
                Formats.euros(track.actual(), getLocale()),
                Formats.euros(track.envelope(), getLocale())))));
        add(chart, text);
    }
}
