package nl.tweespoor.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.tweespoor.base.ui.ItemPageSection;
import nl.tweespoor.search.SearchService;
import org.springframework.core.annotation.Order;

/** On every item's page: similar initiatives, other departments first, so owners join instead of duplicating. */
@org.springframework.stereotype.Component
@Order(16)
class SimilarSection implements ItemPageSection {

    private final SearchService service;

    SimilarSection(SearchService service) {
        this.service = service;
    }

    @Override
    public Component create(long initiativeId) {
        var ui = UI.getCurrent();
        var box = new Div();
        box.addClassName("status-panel");
        box.setId("item-similar");
        box.add(new H3(ui.getTranslation("similar.heading")));
        var similar = service.similarTo(initiativeId);
        if (similar.items().isEmpty()) {
            box.add(new Paragraph(ui.getTranslation("similar.none")));
            return box;
        }
        if (similar.otherDepartments() > 0) {
            var summary = new Paragraph(ui.getTranslation("similar.departments", similar.otherDepartments()));
            summary.setId("item-similar-summary");
            box.add(summary);
        }
        var list = new UnorderedList();
        similar.items()
                .forEach(item -> list.add(
                        new ListItem(new Anchor(item.path(), item.title()), new Span(" (" + item.department() + ")"))));
        box.add(list);
        return box;
    }
}
