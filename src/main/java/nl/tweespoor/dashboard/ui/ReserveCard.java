package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.budget.Reserve;

/**
 * This year's redesign reserve: what it holds, what redesign items use of it, what is still free, what optimising may
 * still plan, and how many plans were let through past it; the figures link to the budget page, where they are set.
 */
class ReserveCard extends Card {

    ReserveCard(Reserve reserve) {
        super("dashboard.reserve", "card-reserve");
        var amount = new Span(Formats.euros(reserve.amount(), getLocale()));
        amount.addClassName("big-number");
        add(amount);
        if (reserve.amount().signum() == 0) {
            add(new Paragraph(getTranslation("reserve.none", reserve.year())));
        }
        var list = chartText();
        list.add(
                line("reserve.used", Formats.euros(reserve.usedByRedesign(), getLocale())),
                line("reserve.free", Formats.euros(reserve.free(), getLocale())),
                line("reserve.optimise-room", Formats.euros(reserve.optimiseRoom(), getLocale())),
                line("dashboard.reserve-overrides", String.valueOf(reserve.overrides())));
        add(list, new Anchor("budget", getTranslation("dashboard.reserve-link")));
    }

    private ListItem line(String key, String value) {
        var figure = new Span(value);
        figure.addClassName("stage-count-number");
        return new ListItem(new Span(getTranslation(key) + ": "), figure);
    }
}
