package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.chart.Chart;
import nl.tweespoor.base.ui.chart.LineChartOption;
import nl.tweespoor.benefits.AmbitionMirror;
import nl.tweespoor.benefits.RedesignShare;

/**
 * The ambition mirror: the redesign share quarter by quarter over the years against the target, under the question
 * the board must answer. The figures are there as text too, a click away.
 */
class AmbitionMirrorCard extends Card {

    AmbitionMirrorCard(AmbitionMirror mirror) {
        super("mirror.title", "card-ambition-mirror");
        var question = new Paragraph(getTranslation("mirror.question"));
        question.addClassName("mirror-question");
        var quarters = mirror.quarters();
        var target = mirror.targetPct().stripTrailingZeros();
        var option = new LineChartOption()
                .categories(quarters.stream().map(RedesignShare::quarter).toList())
                .description(getTranslation(
                        "mirror.description",
                        quarters.getFirst().quarter(),
                        quarters.getLast().quarter(),
                        Formats.number(target, getLocale())))
                .axis(getTranslation("mirror.share"), 0, 100)
                .line(
                        "share",
                        getTranslation("mirror.share"),
                        "#1d4e89",
                        0,
                        quarters.stream().map(RedesignShare::sharePct).toList())
                .reference(
                        "target",
                        getTranslation("mirror.target", Formats.number(target, getLocale())),
                        "#b3261e",
                        target);
        var chart = new Chart(option.toJson());
        chart.setHeight("16rem");
        long withPlans = quarters.stream().filter(q -> q.sharePct() != null).count();
        var below = new Paragraph(getTranslation("mirror.below", mirror.quartersBelowTarget(), withPlans));
        below.setId("mirror-below");
        var text = chartText();
        for (var quarter : quarters) {
            text.add(new ListItem(line(quarter)));
        }
        var figures = new Details(getTranslation("mirror.figures"), text);
        figures.setId("mirror-figures");
        add(question, chart, below, figures);
    }

    private String line(RedesignShare quarter) {
        var share = quarter.sharePct();
        return share == null
                ? getTranslation("mirror.line-none", quarter.quarter())
                : getTranslation(
                        "mirror.line",
                        quarter.quarter(),
                        Formats.number(share, getLocale()),
                        Formats.euros(quarter.totalPlanned(), getLocale()));
    }
}
