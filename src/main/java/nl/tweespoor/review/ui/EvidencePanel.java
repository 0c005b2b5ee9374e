package nl.tweespoor.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.OffsetDateTime;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.review.AgendaItem;
import nl.tweespoor.review.Decision;
import nl.tweespoor.review.DecisionDraft;
import nl.tweespoor.review.DecisionService;
import nl.tweespoor.status.ui.SignalBadges;
import org.jspecify.annotations.Nullable;

/** Beside the agenda: the selected item's evidence and, while the review is open, its decision form. */
class EvidencePanel extends Div {

    private final DecisionService service;
    private final long reviewId;
    private final LongConsumer saved;
    private final @Nullable OffsetDateTime closedAt;

    /** {@code saved} hears which item's decision was just stored; {@code closedAt} marks evidence kept at closing. */
    EvidencePanel(DecisionService service, long reviewId, @Nullable OffsetDateTime closedAt, LongConsumer saved) {
        this.service = service;
        this.reviewId = reviewId;
        this.closedAt = closedAt;
        this.saved = saved;
        addClassNames("card", "evidence-panel");
        setId("evidence");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("review.evidence"));
        clear();
    }

    void clear() {
        removeAll();
        add(new Paragraph(getTranslation("review.choose-item")));
    }

    void show(AgendaItem item, boolean editable) {
        removeAll();
        getElement().setAttribute("data-item", String.valueOf(item.initiativeId()));
        var route = Track.valueOf(item.track()).itemPath(item.initiativeId());
        var heading = new H3(new Anchor(route, item.title()));
        heading.setId("evidence-title");
        var badges = new HorizontalLayout(
                Badges.of(getTranslation("track." + item.track()), "track"),
                Badges.of(getTranslation("stage." + item.stage()), "neutral"),
                SignalBadges.of(item.signals(), this::getTranslation));
        badges.setSpacing(false);
        badges.getStyle().set("gap", "0.25rem").set("flex-wrap", "wrap");
        add(heading, badges);
        var closed = closedAt;
        if (item.evidence() == AgendaItem.Evidence.KEPT && closed != null) {
            var mark = new Paragraph(getTranslation("evidence.kept-short", Formats.date(closed, getLocale())));
            mark.addClassName("evidence-kept");
            mark.setId("evidence-kept");
            add(mark);
        }
        if (item.evidence() == AgendaItem.Evidence.NOT_KEPT) {
            var note = new Paragraph(getTranslation("evidence.not-kept-short"));
            note.setId("evidence-not-kept");
            add(note);
        } else {
            add(facts(item));
        }
        if (editable) {
            add(form(item));
        } else if (item.decision() != null) {
            var d = item.decision();
            add(new Paragraph(getTranslation("decision." + d.decision().name()) + ": " + d.reason()
                    + (d.conditions() == null ? "" : " · " + getTranslation("field.conditions") + ": " + d.conditions())
                    + (d.learned() == null ? "" : " · " + getTranslation("field.learned") + ": " + d.learned())));
        } else {
            add(new Paragraph(getTranslation("review.no-decision")));
        }
    }

    private DescriptionList facts(AgendaItem item) {
        var facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "field.owner", item.owner());
        fact(facts, "review.last-status", item.lastSummary());
        fact(
                facts,
                "review.rag-trend",
                item.ragTrend().stream().map(r -> getTranslation("rag." + r)).collect(Collectors.joining(" ← ")));
        fact(
                facts,
                "review.budget-year",
                getTranslation(
                        "pack.actual-planned",
                        Formats.euros(item.actualYear(), getLocale()),
                        Formats.euros(item.plannedYear(), getLocale())));
        fact(facts, "review.outcomes", item.outcomes());
        fact(
                facts,
                "risk.agenda.open-high",
                item.openHighRisks().stream()
                        .map(r -> getTranslation(
                                "risk.agenda.line", r.description(), r.likelihood(), r.impact(), r.score()))
                        .collect(Collectors.joining("; ")));
        var principles = item.principles();
        fact(
                facts,
                "evidence.principles",
                getTranslation(
                        "evidence.principles-line",
                        principles.meets(),
                        principles.gaps(),
                        principles.notApplicable(),
                        principles.unassessed()));
        var journey = item.journey();
        fact(facts, "journey.evidence", journey == null ? null : journey.describe(this::getTranslation));
        fact(
                facts,
                "review.previous",
                item.previousDecisions().stream()
                        .map(d -> d.quarter() + ": "
                                + getTranslation("decision." + d.decision().name()) + " — " + d.reason())
                        .collect(Collectors.joining("; ")));
        return facts;
    }

    private Div form(AgendaItem item) {
        var decision = new RadioButtonGroup<Decision>();
        decision.setLabel(getTranslation("review.decision"));
        decision.setRequiredIndicatorVisible(true);
        decision.setItems(Decision.allowedFor(Track.valueOf(item.track())));
        decision.setItemLabelGenerator(d -> getTranslation("decision." + d.name()));
        decision.setId("decision");
        var reason = area("field.reason", "reason");
        reason.setRequired(true);
        var conditions = area("field.conditions", "conditions");
        var learned = area("field.learned", "learned");
        var current = item.decision();
        if (current != null) {
            decision.setValue(current.decision());
            reason.setValue(current.reason());
            conditions.setValue(current.conditions() == null ? "" : current.conditions());
            learned.setValue(current.learned() == null ? "" : current.learned());
        }
        conditions.setVisible(decision.getValue() == Decision.ADJUST);
        learned.setVisible(decision.getValue() == Decision.STOP);
        decision.addValueChangeListener(e -> {
            conditions.setVisible(e.getValue() == Decision.ADJUST);
            learned.setVisible(e.getValue() == Decision.STOP);
        });
        var save = new Button(getTranslation("review.record"), e -> {
            // A refusal keeps what the leader typed.
            if (Actions.attempt(
                    () -> service.decide(
                            reviewId,
                            item.initiativeId(),
                            new DecisionDraft(
                                    decision.getValue(), reason.getValue(), conditions.getValue(), learned.getValue()),
                            current == null ? 0 : current.version()),
                    getTranslation("message.saved"))) {
                saved.accept(item.initiativeId());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("record-decision");
        var buttons = new HorizontalLayout(save);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        var form = new Div(decision, reason, conditions, learned, buttons);
        form.addClassName("decision-form");
        return form;
    }

    private TextArea area(String labelKey, String id) {
        var area = new TextArea(getTranslation(labelKey));
        area.setMaxLength(DecisionDraft.MAX_TEXT);
        area.setWidthFull();
        area.setId(id);
        return area;
    }

    private void fact(DescriptionList list, String labelKey, @Nullable String value) {
        var shown = value == null || value.isBlank() ? getTranslation("value.none") : value;
        list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(shown));
    }
}
