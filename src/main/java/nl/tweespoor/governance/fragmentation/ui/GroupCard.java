package nl.tweespoor.governance.fragmentation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.stream.Collectors;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.governance.fragmentation.FragmentationGroup;
import nl.tweespoor.governance.fragmentation.FragmentationNote;
import nl.tweespoor.governance.fragmentation.GroupItem;
import nl.tweespoor.governance.fragmentation.ItemRef;
import nl.tweespoor.governance.fragmentation.PrincipleDifference;
import org.jspecify.annotations.Nullable;

/** One fragmentation group: who does the same thing, with which items and budget, and where their norms differ. */
class GroupCard extends Article {

    /** A group may span fifty departments: the card names the first ones and counts the rest. */
    static final int DEPARTMENTS_SHOWN = 10;

    GroupCard(FragmentationGroup group, @Nullable NoteActions actions) {
        addClassNames("card", "agenda-item");
        getElement().setAttribute("data-group-key", group.key());
        var heading = new H3(getTranslation(
                "fragmentation.heading." + group.kind().name(),
                group.label(),
                group.departments().size()));
        var badges = new Div(
                Badges.of(getTranslation("fragmentation.kind." + group.kind().name()), "active"), status(group));
        var departments = new Paragraph(new Span(getTranslation("fragmentation.departments") + ":"));
        group.departments().stream()
                .limit(DEPARTMENTS_SHOWN)
                .forEach(department -> departments.add(Badges.of(department, "neutral")));
        if (group.departments().size() > DEPARTMENTS_SHOWN) {
            departments.add(new Span(
                    getTranslation("fragmentation.and-more", group.departments().size() - DEPARTMENTS_SHOWN)));
        }
        for (var row : List.of(badges, departments)) {
            row.getStyle()
                    .set("display", "flex")
                    .set("flex-wrap", "wrap")
                    .set("gap", "0.25rem")
                    .set("align-items", "center");
        }
        add(heading, badges, departments, items(group.items()));
        if (group.moreItems() > 0) {
            var more = new Paragraph(getTranslation("fragmentation.more-items", group.moreItems(), group.itemCount()));
            more.addClassName("fragmentation-more-items");
            add(more);
        }
        add(total(group));
        if (group.assessesDifferently()) {
            add(differences(group.differences()));
        }
        var note = group.note();
        if (note != null) {
            add(note(group, note));
        }
        if (actions != null) {
            add(actions.buttons(group));
        }
    }

    private Span status(FragmentationGroup group) {
        if (group.note() == null) {
            return Badges.of(getTranslation("fragmentation.status.open"), "flag");
        }
        return Badges.of(
                getTranslation(
                        "fragmentation.status." + group.note().resolution().name()),
                group.accepted() ? "strong" : "done");
    }

    private UnorderedList items(List<GroupItem> items) {
        var list = new UnorderedList();
        list.getElement().setAttribute("aria-label", getTranslation("fragmentation.items"));
        items.forEach(item -> list.add(new ListItem(
                link(item),
                new Span(" "),
                Badges.of(getTranslation("stage." + item.stage()), "neutral"),
                new Span(" "
                        + getTranslation(
                                "fragmentation.item-facts",
                                item.department(),
                                item.owner(),
                                Formats.euros(item.plannedThisYear(), getLocale()))))));
        return list;
    }

    private Paragraph total(FragmentationGroup group) {
        var total =
                new Paragraph(getTranslation("fragmentation.total", Formats.euros(group.totalPlanned(), getLocale())));
        total.addClassName("budget-total");
        return total;
    }

    private Div differences(List<PrincipleDifference> differences) {
        var list = new UnorderedList();
        differences.forEach(d -> list.add(new ListItem(getTranslation(
                "fragmentation.difference",
                d.code(),
                d.title(),
                names(d.meets(), d.meetsCount()),
                names(d.gaps(), d.gapsCount())))));
        var title = new Paragraph(getTranslation("fragmentation.differences"));
        title.getStyle().set("font-weight", "600");
        var box = new Div(title, list);
        box.addClassNames("alert", "alert-warning", "fragmentation-differences");
        return box;
    }

    /** The first few names, and how many more there are. */
    private String names(List<ItemRef> items, int count) {
        var names = items.stream()
                .map(item -> item.title() + " (" + item.department() + ")")
                .collect(Collectors.joining(", "));
        return count > items.size()
                ? names + " " + getTranslation("fragmentation.and-more", count - items.size())
                : names;
    }

    private Div note(FragmentationGroup group, FragmentationNote note) {
        var box = new Div(
                new Paragraph(getTranslation(
                                "fragmentation.status." + note.resolution().name()) + ": " + note.reason()),
                new Paragraph(
                        getTranslation("fragmentation.note-by", note.by(), Formats.date(note.at(), getLocale()))));
        box.addClassNames("alert", group.accepted() ? "alert-ok" : "alert-warning", "fragmentation-note");
        return box;
    }

    static String route(GroupItem item) {
        return item.track().itemPath(item.id());
    }

    private static Anchor link(GroupItem item) {
        return new Anchor(route(item), item.title());
    }
}
