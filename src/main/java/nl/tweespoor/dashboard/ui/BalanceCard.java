package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.budget.YearTotals;

/** The year's redesign share against its target, with an alert saying how much to move when it falls short. */
class BalanceCard extends Card {

    BalanceCard(YearTotals totals) {
        super("dashboard.redesign-share", "card-balance");
        var balance = totals.balance();
        var share = new Span(Formats.number(balance.sharePct(), getLocale()) + "%");
        share.addClassName("big-number");
        add(
                share,
                new Paragraph(getTranslation(
                        "dashboard.target", Formats.number(balance.targetPct().stripTrailingZeros(), getLocale()))));
        if (balance.belowTarget()) {
            var alert = new Paragraph(
                    getTranslation("budget.balance-alert", Formats.euros(balance.amountToMove(), getLocale())));
            alert.addClassNames("alert", "alert-danger");
            alert.getElement().setAttribute("role", "alert");
            add(alert);
        }
    }
}
