package nl.tweespoor.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.search.Marked;
import nl.tweespoor.search.SearchGroup;
import nl.tweespoor.search.SearchHit;
import nl.tweespoor.search.SearchResults;
import nl.tweespoor.search.SearchService;

/**
 * /search?q=…: what the words found, grouped by kind, each hit a link to its place with the matched words marked.
 * Marked words are text in a {@code <mark>} element; nothing a user wrote is ever rendered as HTML.
 */
@Route("search")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_LENGTH = SearchService.MAX_QUERY_LENGTH;

    private final SearchService service;
    private final TextField field = new TextField();
    private final Div results = new Div();

    public SearchView(SearchService service) {
        this.service = service;
        addClassName("search-view");
        field.setId("search-query");
        field.setLabel(getTranslation("search.label"));
        field.setPlaceholder(getTranslation("search.placeholder-page"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setMaxLength(MAX_LENGTH);
        field.setWidth("min(100%, 36rem)");
        field.addKeyPressListener(Key.ENTER, e -> UI.getCurrent().navigate(SearchView.class, query(field.getValue())));
        results.setId("search-results");
        results.addClassName("search-results");
        results.setWidthFull();
        add(field, results);
    }

    static QueryParameters query(String words) {
        return QueryParameters.of("q", words.strip());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var words =
                event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        field.setValue(words.length() <= MAX_LENGTH ? words : words.substring(0, MAX_LENGTH));
        show(service.search(words, getLocale()));
    }

    private void show(SearchResults found) {
        results.removeAll();
        if (found.query().isEmpty()) {
            results.add(new Paragraph(getTranslation("search.prompt")));
            return;
        }
        if (found.isEmpty()) {
            var none = new Paragraph(getTranslation("search.none", found.query()));
            none.setId("search-none");
            results.add(none);
            return;
        }
        found.groups().forEach(group -> results.add(group(group)));
    }

    private Div group(SearchGroup group) {
        var kind = group.kind().name();
        var heading = new H2(getTranslation("search.kind." + kind));
        heading.addClassName("search-group-heading");
        var count = new Span(
                group.total() > group.hits().size()
                        ? getTranslation("search.shown-of", group.hits().size(), group.total())
                        : getTranslation("search.count", group.total()));
        count.addClassName("search-count");
        var list = new UnorderedList();
        list.addClassName("search-hits");
        group.hits().forEach(hit -> list.add(hit(hit)));
        var section = new Div(heading, count, list);
        section.addClassName("search-group");
        section.setId("search-group-" + kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return section;
    }

    private ListItem hit(SearchHit hit) {
        var link = new Anchor(hit.path(), "");
        link.getElement().setAttribute("router-link", true);
        link.addClassName("search-hit-title");
        marked(link.getElement(), hit.title());
        var item = new ListItem(link);
        item.addClassName("search-hit");
        if (hit.context() != null) {
            var context = new Span(getTranslation("search.context." + hit.kind().name(), hit.context()));
            context.addClassName("search-hit-context");
            item.add(context);
        }
        if (!hit.snippet().parts().isEmpty()) {
            var snippet = new Paragraph();
            snippet.addClassName("search-snippet");
            marked(snippet.getElement(), hit.snippet());
            item.add(snippet);
        }
        return item;
    }

    /** Appends the parts as text nodes, each matched part in a mark element (text, never markup). */
    private static void marked(Element target, Marked text) {
        for (var part : text.parts()) {
            target.appendChild(
                    part.highlighted() ? new Element("mark").setText(part.text()) : Element.createText(part.text()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
