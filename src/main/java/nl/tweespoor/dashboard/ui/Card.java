package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** One card of the dashboard: a heading and what it says; lines with a count link to where they are dealt with. */
abstract class Card extends Div {

    Card(String titleKey, String id) {
        add(new H2(getTranslation(titleKey)));
        addClassName("card");
        setId(id);
    }

    static UnorderedList countList() {
        var list = new UnorderedList();
        list.addClassName("stage-counts");
        return list;
    }

    static ListItem countLine(String label, int number, String href) {
        var value = new Span(String.valueOf(number));
        value.addClassName("stage-count-number");
        return new ListItem(new Anchor(href, label), value);
    }

    static UnorderedList chartText() {
        var text = new UnorderedList();
        text.addClassName("chart-text");
        return text;
    }
}
