package nl.tweespoor.governance.fragmentation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import nl.tweespoor.governance.fragmentation.FragmentationGroup;
import nl.tweespoor.governance.fragmentation.FragmentationService;

/**
 * The fragmentation radar: one card per group of departments doing the same AI job, open groups first. Accepted
 * groups are hidden unless asked for.
 */
public class FragmentationRadar extends Section {

    private final FragmentationService service;
    private final boolean mayManage;
    private final Checkbox showAccepted = new Checkbox();
    private final Paragraph summary = new Paragraph();
    private final Div cards = new Div();

    public FragmentationRadar(FragmentationService service) {
        this.service = service;
        this.mayManage = service.mayManage();
        setId("fragmentation-radar");
        setWidthFull();
        var heading = new H2(getTranslation("fragmentation.title"));
        heading.setId("fragmentation-title");
        getElement().setAttribute("aria-labelledby", "fragmentation-title");
        showAccepted.setLabel(getTranslation("fragmentation.show-accepted"));
        showAccepted.setId("fragmentation-show-accepted");
        showAccepted.addValueChangeListener(e -> refresh());
        summary.addClassName("result-count");
        summary.setId("fragmentation-summary");
        cards.setWidthFull();
        add(heading, new Paragraph(getTranslation("fragmentation.intro")), showAccepted, summary, cards);
        refresh();
    }

    void refresh() {
        var groups = service.groups();
        long accepted = groups.stream().filter(FragmentationGroup::accepted).count();
        long differing = groups.stream().filter(FragmentationGroup::assessesDifferently).count();
        summary.setText(getTranslation("fragmentation.summary", groups.size(), differing, accepted));
        List<FragmentationGroup> shown = showAccepted.getValue() ? groups
                : groups.stream().filter(group -> !group.accepted()).toList();
        cards.removeAll();
        if (groups.isEmpty()) {
            cards.add(new Paragraph(getTranslation("fragmentation.none")));
        } else if (shown.isEmpty()) {
            cards.add(new Paragraph(getTranslation("fragmentation.all-accepted")));
        }
        shown.forEach(group -> cards.add(new GroupCard(group, mayManage ? new NoteActions(service, this::refresh)
                : null)));
    }
}
