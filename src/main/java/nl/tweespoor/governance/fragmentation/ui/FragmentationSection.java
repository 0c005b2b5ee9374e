package nl.tweespoor.governance.fragmentation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.tweespoor.base.ui.ItemPageSection;
import nl.tweespoor.governance.fragmentation.FragmentationGroup;
import nl.tweespoor.governance.fragmentation.FragmentationService;
import org.springframework.core.annotation.Order;

/**
 * On an item's page: the other departments building the same thing (same tool or use case), so the owner sees the
 * fragmentation where they work, not only on the radar. Nothing is shown for items in no group.
 */
@org.springframework.stereotype.Component
@Order(15)
class FragmentationSection implements ItemPageSection {

    private final FragmentationService service;

    FragmentationSection(FragmentationService service) {
        this.service = service;
    }

    @Override
    public Component create(long initiativeId) {
        var box = new Div();
        var groups = service.groupsOf(initiativeId);
        if (groups.isEmpty()) {
            return box;
        }
        var ui = UI.getCurrent();
        box.addClassNames("status-panel", "alert", "alert-warning");
        box.setId("item-fragmentation");
        box.add(new H3(ui.getTranslation("fragmentation.item.heading")));
        groups.forEach(group -> box.add(line(ui, group, initiativeId)));
        box.add(new Anchor("governance", ui.getTranslation("fragmentation.item.to-radar")));
        return box;
    }

    private static Paragraph line(UI ui, FragmentationGroup group, long initiativeId) {
        var line = new Paragraph(ui.getTranslation(
                        "fragmentation.heading." + group.kind().name(),
                        group.label(),
                        group.departments().size())
                + " — " + ui.getTranslation("fragmentation.item.also") + " ");
        var others =
                group.items().stream().filter(item -> item.id() != initiativeId).toList();
        // The group counts this item too; whether it is among the items listed or not.
        int hidden = group.itemCount() - 1 - others.size();
        for (int i = 0; i < others.size(); i++) {
            var other = others.get(i);
            line.add(
                    new Anchor(GroupCard.route(other), other.title()),
                    new Span(" (" + other.department() + ")" + (i < others.size() - 1 ? ", " : "")));
        }
        if (hidden > 0) {
            var more = new Span(" " + ui.getTranslation("fragmentation.and-more", hidden));
            more.addClassName("fragmentation-more-items");
            line.add(more);
        }
        if (group.note() != null) {
            line.add(new Span(". "
                    + ui.getTranslation(
                            "fragmentation.item.note."
                                    + group.note().resolution().name(),
                            group.note().reason())));
        }
        return line;
    }
}
