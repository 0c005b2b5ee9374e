package nl.tweespoor.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.tweespoor.base.ui.ItemPageSection;
import nl.tweespoor.review.DecisionService;
import org.springframework.stereotype.Component;

/** Every review decision on this item, newest quarter first, with its reason. */
@Component
class ItemDecisionsSection implements ItemPageSection {

    private final DecisionService reviews;

    ItemDecisionsSection(DecisionService reviews) {
        this.reviews = reviews;
    }

    @Override
    public com.vaadin.flow.component.Component create(long initiativeId) {
        var ui = UI.getCurrent();
        var box = new Div(new H3(ui.getTranslation("review.decisions")));
        box.addClassName("status-panel");
        box.setId("item-decisions");
        var decisions = reviews.decisionsOf(initiativeId);
        if (decisions.isEmpty()) {
            box.add(new Paragraph(ui.getTranslation("review.no-decision")));
            return box;
        }
        var list = new UnorderedList();
        decisions.forEach(d -> list.add(new ListItem(d.quarter() + " · "
                + ui.getTranslation("decision." + d.decision().name()) + " — " + d.reason()
                + (d.conditions() == null
                        ? ""
                        : " (" + ui.getTranslation("field.conditions") + ": " + d.conditions() + ")"))));
        box.add(list);
        return box;
    }
}
