package nl.tweespoor.journey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.journey.JourneyRow;
import nl.tweespoor.status.Rag;
import org.jspecify.annotations.Nullable;

/** An opened row of the journey map: the journey's description, what its signals mean, and its items. */
class JourneyDetails extends Div {

    JourneyDetails(JourneyRow row) {
        addClassName("journey-details");
        var owner = row.ownerName();
        add(new Paragraph(
                getTranslation("journey.owner") + ": " + (owner == null ? getTranslation("value.none") : owner)));
        var description = row.description();
        if (description != null) {
            add(new Paragraph(description));
        }
        row.signals().stream()
                .sorted()
                .forEach(signal -> add(new Paragraph(
                        Badges.of(getTranslation("journey.signal." + signal), "flag"),
                        new Span(" " + getTranslation("journey.signal-explained." + signal)))));
        add(new Paragraph(getTranslation(
                        "journey.redesign-items",
                        row.redesignItems(),
                        Formats.euros(row.plannedRedesign(), getLocale()))
                + " · "
                + getTranslation(
                        "journey.optimise-items",
                        row.optimiseItems(),
                        Formats.euros(row.plannedOptimise(), getLocale()))));
        if (row.items().isEmpty()) {
            add(new Paragraph(getTranslation("journey.no-items")));
            return;
        }
        var list = new UnorderedList();
        row.items()
                .forEach(item -> list.add(new ListItem(
                        new Anchor(item.track().itemPath(item.id()), item.title()),
                        new Span(" "),
                        Badges.of(getTranslation("ambition." + item.ambition()), "strong"),
                        new Span(" "),
                        Badges.of(getTranslation("stage." + item.stage()), "neutral"),
                        new Span(" "),
                        ragBadge(item.rag()),
                        new Span(" " + Formats.euros(item.plannedThisYear(), getLocale())))));
        add(list);
        if (row.notShown() > 0) {
            add(new Paragraph(getTranslation("journey.more-items", row.notShown())));
        }
    }

    private Span ragBadge(@Nullable Rag rag) {
        return rag == null
                ? Badges.of(getTranslation("journey.no-update"), "neutral")
                : Badges.of(getTranslation("rag." + rag), "rag-" + rag.name().toLowerCase(Locale.ROOT));
    }
}
