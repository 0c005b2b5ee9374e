package nl.tweespoor.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Objects;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.ItemPageSection;
import nl.tweespoor.governance.AssessmentService;
import nl.tweespoor.governance.Checklist;
import nl.tweespoor.governance.ChecklistLine;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;

/** The item against every active principle: what is met, what is a gap, what is still unassessed; and overrides. */
@org.springframework.stereotype.Component
@Order(10)
class ChecklistSection implements ItemPageSection {

    private final AssessmentService service;

    ChecklistSection(AssessmentService service) {
        this.service = service;
    }

    @Override
    public Component create(long initiativeId) {
        var box = new Div();
        box.addClassNames("status-panel", "checklist");
        box.setId("principle-checklist");
        render(box, initiativeId);
        return box;
    }

    private void render(Div box, long initiativeId) {
        var ui = UI.getCurrent();
        box.removeAll();
        var checklist = service.checklist(initiativeId);
        box.add(new H3(ui.getTranslation("assessment.heading")), summary(ui, checklist));
        boolean editable = service.mayAssess(checklist.ownerId());
        var list = new UnorderedList();
        list.addClassName("checklist-lines");
        for (var line : checklist.lines()) {
            list.add(line(
                    ui,
                    line,
                    editable
                            ? () -> new AssessDialog(service, initiativeId, line, () -> render(box, initiativeId))
                                    .open()
                            : null));
        }
        box.add(list);
        if (!checklist.overrides().isEmpty()) {
            var overrides = new UnorderedList();
            overrides.setId("gate-overrides");
            checklist
                    .overrides()
                    .forEach(o -> overrides.add(new ListItem(ui.getTranslation(
                            "gate.override-line",
                            ui.getTranslation("stage." + o.toStage().name()),
                            o.decidedBy(),
                            Formats.dateTime(o.decidedAt(), ui.getLocale()),
                            o.reason()))));
            box.add(new Span(ui.getTranslation("gate.overrides")), overrides);
        }
    }

    private static Paragraph summary(UI ui, Checklist checklist) {
        var text = checklist.lines().isEmpty()
                ? ui.getTranslation("assessment.no-principles")
                : ui.getTranslation(
                        "assessment.summary", checklist.lines().size(), checklist.unassessed(), checklist.gaps());
        var summary = new Paragraph(text);
        summary.setId("checklist-summary");
        return summary;
    }

    private static ListItem line(UI ui, ChecklistLine line, @Nullable Runnable assess) {
        var principle = line.principle();
        var result = new Span(ui.getTranslation(PrincipleMatrix.resultKey(line.result())));
        result.addClassNames(
                "matrix-cell",
                "matrix-"
                        + (line.result() == null ? "open" : line.result().name().toLowerCase()));
        var title = new Span(principle.code() + " · " + principle.title());
        title.addClassName("checklist-title");
        var item = new ListItem(result, title);
        if (assess != null) {
            var button = new Button(ui.getTranslation("assessment.action"), e -> assess.run());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            button.setAriaLabel(ui.getTranslation("assessment.action-for", principle.code()));
            button.setId("assess-" + principle.code());
            item.add(button);
        }
        if (line.assessed()) {
            var meta = new Div(new Span((line.note() == null ? "" : line.note() + " — ")
                    + ui.getTranslation(
                            "assessment.by",
                            line.assessedBy(),
                            // an assessed line has the time it was assessed
                            Formats.dateTime(Objects.requireNonNull(line.assessedAt()), ui.getLocale()))));
            meta.addClassName("comment-meta");
            item.add(meta);
        }
        return item;
    }
}
