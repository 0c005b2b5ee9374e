package nl.tweespoor.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.tweespoor.base.DomainException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.base.ui.ErrorMessages;
import nl.tweespoor.review.AgendaItem;
import nl.tweespoor.review.BoardPackService;
import nl.tweespoor.review.Decision;
import nl.tweespoor.review.DecisionDraft;
import nl.tweespoor.review.ReviewClosing;
import nl.tweespoor.review.ReviewRow;
import nl.tweespoor.review.ReviewService;
import nl.tweespoor.status.ui.SignalBadges;
import org.springframework.security.access.AccessDeniedException;

/** The review meeting: each agenda item with its evidence and decision; close when all are decided. */
@Route("reviews/:id(\\d+)")
@PermitAll
public class ReviewDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService service;
    private final ReviewClosing closing;
    private final BoardPackService boardPack;
    private ReviewRow review;
    private final Paragraph progress = new Paragraph();

    public ReviewDetailView(ReviewService service, ReviewClosing closing, BoardPackService boardPack) {
        this.service = service;
        this.closing = closing;
        this.boardPack = boardPack;
        addClassName("detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            review = service.review(event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        var title = new H2(getTranslation("review.title", review.quarter()));
        title.addClassName("detail-title");
        var header = new HorizontalLayout(title, Badges.of(getTranslation("review.status." + review.status()),
                review.closed() ? "done" : "active"));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addAndExpand(new Span());
        header.add(boardPackLink());
        boolean editable = !review.closed() && service.mayDecide();
        if (editable) {
            var close = new Button(getTranslation("review.close"), e -> confirmClose());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            close.setId("review-close");
            header.add(close);
        }
        add(new Anchor("reviews", getTranslation("menu.reviews")), header);
        var agenda = service.agenda(review.id());
        showProgress(agenda);
        progress.setId("review-progress");
        add(progress);
        if (review.closed()) {
            add(new Paragraph(getTranslation("review.closed-note")));
        }
        agenda.forEach(item -> add(card(item, editable)));
    }

    private Anchor boardPackLink() {
        var handler = DownloadHandler.fromInputStream(event -> {
            var bytes = boardPack.pdf(review.id(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    "board-pack-" + review.quarter() + ".pdf", "application/pdf", bytes.length);
        });
        var link = new Anchor(handler, getTranslation("review.board-pack"));
        link.getElement().setAttribute("download", true);
        link.setId("board-pack");
        link.addClassName("button-link");
        return link;
    }

    private void showProgress(java.util.List<AgendaItem> agenda) {
        long decided = agenda.stream().filter(a -> a.decision() != null).count();
        progress.setText(getTranslation("review.progress", decided, agenda.size()));
    }

    private Div card(AgendaItem item, boolean editable) {
        var card = new Div();
        if (item.decision() != null) {
            card.getElement().setAttribute("data-decided", "true");
        }
        card.addClassNames("card", "agenda-item");
        card.setId("agenda-" + item.initiativeId());
        var route = ("PERSONAL".equals(item.track()) ? "experiments/" : "programmes/") + item.initiativeId();
        var heading = new H3(new Anchor(route, item.title()));
        var badges = new HorizontalLayout(Badges.of(getTranslation("track." + item.track()), "track"),
                Badges.of(getTranslation("stage." + item.stage()), "neutral"),
                SignalBadges.of(item.signals(), this::getTranslation));
        badges.setSpacing(false);
        badges.getStyle().set("gap", "0.25rem").set("flex-wrap", "wrap");
        var facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "field.owner", item.owner());
        fact(facts, "review.last-status", item.lastSummary());
        fact(facts, "review.rag-trend", item.ragTrend().stream().map(r -> getTranslation("rag." + r))
                .collect(Collectors.joining(" ← ")));
        fact(facts, "review.budget-year", getTranslation("pack.actual-planned",
                Formats.euros(item.actualYear(), getLocale()), Formats.euros(item.plannedYear(), getLocale())));
        fact(facts, "review.outcomes", item.outcomes());
        fact(facts, "risk.agenda.open-high", item.openHighRisks().stream()
                .map(r -> getTranslation("risk.agenda.line", r.description(), r.likelihood(), r.impact(), r.score()))
                .collect(Collectors.joining("; ")));
        fact(facts, "review.previous", item.previousDecisions().stream()
                .map(d -> d.quarter() + ": " + getTranslation("decision." + d.decision().name()) + " — " + d.reason())
                .collect(Collectors.joining("; ")));
        card.add(heading, badges, facts);
        if (editable) {
            card.add(decisionForm(item));
        } else if (item.decision() != null) {
            var d = item.decision();
            card.add(new Paragraph(getTranslation("decision." + d.decision().name()) + ": " + d.reason()
                    + (d.conditions() == null ? "" : " · " + getTranslation("field.conditions") + ": " + d.conditions())
                    + (d.learned() == null ? "" : " · " + getTranslation("field.learned") + ": " + d.learned())));
        } else {
            card.add(new Paragraph(getTranslation("review.no-decision")));
        }
        return card;
    }

    private HorizontalLayout decisionForm(AgendaItem item) {
        var decision = new RadioButtonGroup<Decision>();
        decision.setLabel(getTranslation("review.decision"));
        decision.setRequiredIndicatorVisible(true);
        decision.setItems(Arrays.stream(Decision.values())
                .filter(d -> d != Decision.PROMOTE || "PERSONAL".equals(item.track()))
                .filter(d -> d != Decision.SCALE || "STRATEGIC".equals(item.track())).toList());
        decision.setItemLabelGenerator(d -> getTranslation("decision." + d.name()));
        decision.setId("decision-" + item.initiativeId());
        var reason = new TextArea(getTranslation("field.reason"));
        reason.setRequired(true);
        reason.setMaxLength(4000);
        reason.setId("reason-" + item.initiativeId());
        var conditions = new TextArea(getTranslation("field.conditions"));
        conditions.setMaxLength(4000);
        var learned = new TextArea(getTranslation("field.learned"));
        learned.setMaxLength(4000);
        if (item.decision() != null) {
            decision.setValue(item.decision().decision());
            reason.setValue(item.decision().reason());
            conditions.setValue(item.decision().conditions() == null ? "" : item.decision().conditions());
            learned.setValue(item.decision().learned() == null ? "" : item.decision().learned());
        }
        conditions.setVisible(decision.getValue() == Decision.ADJUST);
        learned.setVisible(decision.getValue() == Decision.STOP);
        decision.addValueChangeListener(e -> {
            conditions.setVisible(e.getValue() == Decision.ADJUST);
            learned.setVisible(e.getValue() == Decision.STOP);
        });
        var save = new Button(getTranslation("review.record"), e -> {
            try {
                service.decide(review.id(), item.initiativeId(), new DecisionDraft(decision.getValue(),
                        reason.getValue(), conditions.getValue(), learned.getValue()),
                        item.decision() == null ? 0 : item.decision().version());
                ErrorMessages.success(getTranslation("message.saved"));
                // Only this card and the progress change: the meeting keeps its place on the page.
                var agenda = service.agenda(review.id());
                showProgress(agenda);
                agenda.stream().filter(a -> a.initiativeId() == item.initiativeId()).findFirst().ifPresent(fresh ->
                        getChildren().filter(c -> c.getId().orElse("").equals("agenda-" + item.initiativeId()))
                                .findFirst().ifPresent(old -> replace(old, card(fresh, true))));
            } catch (DomainException | AccessDeniedException ex) {
                ErrorMessages.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        save.setId("record-" + item.initiativeId());
        var row = new HorizontalLayout(decision, reason, conditions, learned, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("decision-form");
        return row;
    }

    private void confirmClose() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("review.close"));
        dialog.setText(getTranslation("review.close-confirm", review.quarter()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("review.close"));
        dialog.addConfirmListener(e -> {
            try {
                var released = closing.close(review.id());
                ErrorMessages.success(getTranslation("review.closed-message",
                        Formats.euros(released, getLocale())));
                review = service.review(review.id());
                render();
            } catch (DomainException | AccessDeniedException ex) {
                ErrorMessages.show(ex);
            }
        });
        dialog.open();
    }

    private void fact(DescriptionList list, String labelKey, String value) {
        var shown = value == null || value.isBlank() ? getTranslation("value.none") : value;
        list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(shown));
    }

    @Override
    public String getPageTitle() {
        return review == null ? getTranslation("menu.reviews") : getTranslation("review.title", review.quarter());
    }
}
