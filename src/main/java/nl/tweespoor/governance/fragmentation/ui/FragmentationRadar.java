package nl.tweespoor.governance.fragmentation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import nl.tweespoor.export.ui.ExportLinks;
import nl.tweespoor.governance.fragmentation.FragmentationExportService;
import nl.tweespoor.governance.fragmentation.FragmentationService;
import nl.tweespoor.governance.fragmentation.FragmentationSummary;

/**
 * The fragmentation radar: one card per group of departments doing the same AI job, open groups first, a page at a
 * time with "show more". Accepted groups are hidden unless asked for.
 */
public class FragmentationRadar extends Section {

    /**
     * Groups loaded at first and per "show more": eight cards, each up to five items and the principles they differ
     * on, keep the page within issue 11's 300 KB on the large portfolio (ten cards reached 301 KB).
     */
    static final int PAGE = 8;

    private final FragmentationService service;
    private final boolean mayManage;
    private final Checkbox showAccepted = new Checkbox();
    private final Paragraph summaryLine = new Paragraph();
    private final Div cards = new Div();
    private final Button more = new Button();
    private FragmentationSummary summary = new FragmentationSummary(0, 0, 0, 0);
    private int shown;

    /** Whether accepted groups are listed, for a download (which runs in a request of its own). */
    private volatile boolean includeAccepted;

    public FragmentationRadar(FragmentationService service, FragmentationExportService exports) {
        this.service = service;
        this.mayManage = service.mayManage();
        setId("fragmentation-radar");
        setWidthFull();
        var heading = new H2(getTranslation("fragmentation.title"));
        heading.setId("fragmentation-title");
        getElement().setAttribute("aria-labelledby", "fragmentation-title");
        showAccepted.setLabel(getTranslation("fragmentation.show-accepted"));
        showAccepted.setId("fragmentation-show-accepted");
        showAccepted.addValueChangeListener(e -> {
            includeAccepted = e.getValue();
            reload(PAGE);
        });
        var export = new ExportLinks(
                "fragmentation-groups", (format, locale, out) -> exports.export(includeAccepted, format, locale, out));
        var filters = new HorizontalLayout(showAccepted, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        summaryLine.addClassName("result-count");
        summaryLine.setId("fragmentation-summary");
        cards.setWidthFull();
        cards.setId("fragmentation-cards");
        more.setId("fragmentation-more");
        more.addClickListener(e -> load(PAGE));
        add(heading, new Paragraph(getTranslation("fragmentation.intro")), filters, summaryLine, cards, more);
        reload(PAGE);
    }

    /** After a change (a note, an alias): the first groups again, as many as were shown (a page at least). */
    public void refresh() {
        reload(Math.max(PAGE, shown));
    }

    private void reload(int count) {
        summary = service.summary();
        summaryLine.setText(
                getTranslation("fragmentation.summary", summary.groups(), summary.differing(), summary.accepted()));
        cards.removeAll();
        shown = 0;
        if (summary.groups() == 0) {
            cards.add(new Paragraph(getTranslation("fragmentation.none")));
        } else if (listed() == 0) {
            cards.add(new Paragraph(getTranslation("fragmentation.all-accepted")));
        }
        load(Math.min(count, FragmentationService.MAX_PAGE));
    }

    private void load(int count) {
        if (shown < listed()) {
            var page = service.groups(showAccepted.getValue(), shown, count);
            page.forEach(group ->
                    cards.add(new GroupCard(group, mayManage ? new NoteActions(service, this::refresh) : null)));
            shown += page.size();
        }
        int left = listed() - shown;
        more.setVisible(left > 0);
        more.setText(getTranslation("fragmentation.more", Math.min(PAGE, left), shown, listed()));
    }

    /** How many groups the radar lists with the current filter. */
    private int listed() {
        return showAccepted.getValue() ? summary.groups() : summary.notAccepted();
    }
}
