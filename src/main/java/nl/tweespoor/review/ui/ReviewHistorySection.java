package nl.tweespoor.review.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.chart.BarChartOption;
import nl.tweespoor.base.ui.chart.Chart;
import nl.tweespoor.review.Decision;
import nl.tweespoor.review.ReviewHistory;

/**
 * The closed reviews over the years: decisions by kind per quarter and the budget their stops released — the courage
 * to stop, made visible. The same figures as a table for those who do not read charts.
 */
class ReviewHistorySection extends Div {

    private static String colour(Decision decision) {
        return switch (decision) {
            case CONTINUE -> "#1d4e89";
            case ADJUST -> "#b06d00";
            case STOP -> "#b3261e";
            case SCALE -> "#0b6e4f";
            case PROMOTE -> "#7a3e9d";
        };
    }

    ReviewHistorySection(List<ReviewHistory> history) {
        setId("review-history");
        addClassName("review-history");
        // the view is a vertical layout, which sizes a child to its content: the charts need the width
        setWidthFull();
        add(new H2(getTranslation("review.history")));
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("review.history-none")));
            return;
        }
        add(new Paragraph(summary(history)));
        var charts = new Div(
                panel("review.history-decisions", decisionsChart(history)),
                panel("review.history-released", releasedChart(history)));
        charts.addClassName("review-history-charts");
        add(charts, table(history));
    }

    private String summary(List<ReviewHistory> history) {
        var stopped = history.stream().mapToInt(h -> h.count(Decision.STOP)).sum();
        var released = history.stream().map(ReviewHistory::released).reduce(BigDecimal.ZERO, BigDecimal::add);
        return getTranslation(
                "review.history-summary",
                history.size(),
                history.getFirst().quarter(),
                history.getLast().quarter(),
                stopped,
                Formats.euros(released, getLocale()));
    }

    private Div panel(String titleKey, Chart chart) {
        chart.setHeight("16rem");
        var panel = new Div(new H3(getTranslation(titleKey)), chart);
        panel.addClassName("review-history-panel");
        return panel;
    }

    private Chart decisionsChart(List<ReviewHistory> history) {
        var option = new BarChartOption().stacked().description(getTranslation("review.history-decisions"));
        history.forEach(h -> option.category(h.quarter(), h.quarter()));
        for (var decision : Decision.values()) {
            option.series(
                    decision.name(),
                    getTranslation("decision." + decision.name()),
                    colour(decision),
                    history.stream().map(h -> h.count(decision)).toList());
        }
        var chart = new Chart(option.toJson());
        chart.setId("review-history-decisions");
        return chart;
    }

    private Chart releasedChart(List<ReviewHistory> history) {
        var option = new BarChartOption().description(getTranslation("review.history-released"));
        history.forEach(h -> option.category(h.quarter(), h.quarter()));
        option.series(
                "released",
                getTranslation("pack.budget-released"),
                colour(Decision.STOP),
                history.stream().map(ReviewHistory::released).toList());
        var chart = new Chart(option.toJson());
        chart.setId("review-history-released");
        return chart;
    }

    private Details table(List<ReviewHistory> history) {
        var head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("review.quarter")));
        Arrays.stream(Decision.values())
                .forEach(d -> head.add(new NativeTableHeaderCell(getTranslation("decision." + d.name()))));
        head.add(new NativeTableHeaderCell(getTranslation("pack.budget-released")));
        var body = new NativeTableBody();
        for (var h : history.reversed()) {
            var row = new NativeTableRow(new NativeTableHeaderCell(h.quarter()));
            Arrays.stream(Decision.values()).forEach(d -> row.add(new NativeTableCell(String.valueOf(h.count(d)))));
            row.add(new NativeTableCell(Formats.euros(h.released(), getLocale())));
            body.add(row);
        }
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("review-history-table");
        var details = new Details(getTranslation("review.history-table"), table);
        details.setId("review-history-table");
        return details;
    }
}
