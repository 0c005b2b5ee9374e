package nl.tweespoor.benefits.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.benefits.BenefitTotals;

/** The personal track's totals as figures: experiments counted, participants, hours per week and year, FTE. */
class BenefitFigures extends Div {

    BenefitFigures(BenefitTotals totals) {
        addClassName("card-row");
        setId("benefit-figures");
        var hours = totals.hours();
        add(
                figure("benefits.experiments", BigDecimal.valueOf(totals.experiments()), "figure-experiments"),
                figure("benefits.participants", BigDecimal.valueOf(totals.participants()), "figure-participants"),
                figure("benefits.hours-per-week", hours.perWeek(), "figure-hours-week"),
                figure("benefits.hours-per-year", hours.perYear(), "figure-hours-year"),
                figure("benefits.fte", hours.fte(), "figure-fte"));
    }

    private Div figure(String labelKey, BigDecimal value, String id) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("card-total");
        var number = new Span(Formats.number(value, getLocale()));
        number.addClassName("big-number");
        var figure = new Div(label, new Div(number));
        figure.addClassName("card");
        figure.setId(id);
        return figure;
    }
}
