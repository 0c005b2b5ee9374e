package nl.tweespoor.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.tweespoor.search.SearchService;
import nl.tweespoor.search.SimilarDraft;
import nl.tweespoor.search.SimilarItems;

/**
 * Beside the proposal form: existing items like the one being typed, other departments first, so people join instead
 * of duplicating. Links open in a new tab, so the draft stays. The list is a polite live region: a screen reader hears
 * the new list when typing pauses, and the content is only replaced when the result differs (no flicker).
 */
public class SimilarDraftPanel extends Section {

    private final SearchService service;
    private final Div content = new Div();
    private SimilarItems shown = SimilarItems.NONE;

    public SimilarDraftPanel(SearchService service) {
        this.service = service;
        setId("draft-similar");
        addClassName("similar-draft");
        var heading = new H3(getTranslation("similar.draft-heading"));
        heading.setId("draft-similar-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        content.setId("draft-similar-content");
        content.getElement().setAttribute("aria-live", "polite");
        add(heading, content);
        render();
    }

    /** Looks again for what the draft is like; shows it only when it changed. */
    public void update(SimilarDraft draft) {
        var found = service.similarTo(draft);
        if (!found.equals(shown)) {
            shown = found;
            render();
        }
    }

    private void render() {
        content.removeAll();
        if (shown.items().isEmpty()) {
            content.add(new Paragraph(getTranslation("similar.draft-empty")));
            return;
        }
        if (shown.otherDepartments() > 0) {
            var summary = new Paragraph(getTranslation("similar.draft-departments", shown.otherDepartments()));
            summary.setId("draft-similar-summary");
            content.add(summary);
        }
        var list = new UnorderedList();
        shown.items().forEach(item -> {
            var link = new Anchor(item.path(), item.title(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener");
            list.add(new ListItem(link, new Span(" (" + item.department() + ")")));
        });
        content.add(list);
    }
}
