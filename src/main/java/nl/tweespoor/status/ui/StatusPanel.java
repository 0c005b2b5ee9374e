package nl.tweespoor.status.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.ErrorMessages;
import nl.tweespoor.status.QuarterSpend;
import nl.tweespoor.status.Rag;
import nl.tweespoor.status.StatusDraft;
import nl.tweespoor.status.StatusEntry;
import nl.tweespoor.status.StatusService;

/** Post a status update (owner or leader) and read the item's history as a timeline, newest first. */
public class StatusPanel extends Div {

    private final StatusService service;
    private final long initiativeId;
    private final Runnable onPosted;
    private final Div timeline = new Div();
    private final Button more = new Button();
    private int shown;

    public StatusPanel(StatusService service, long initiativeId, long ownerId, Runnable onPosted) {
        this.service = service;
        this.initiativeId = initiativeId;
        this.onPosted = onPosted;
        addClassName("status-panel");
        add(new H3(getTranslation("status.heading")));
        if (service.mayPost(ownerId)) {
            add(form());
        }
        timeline.addClassName("timeline");
        timeline.setId("status-timeline");
        more.setText(getTranslation("status.more"));
        more.setId("status-more");
        more.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> loadMore());
        add(timeline, more);
        loadMore();
    }

    private Div form() {
        // Radio buttons: the three choices stay visible, and Vaadin's select marks its button aria-required,
        // which axe-core reports as a serious fault.
        var rag = new RadioButtonGroup<Rag>();
        rag.setLabel(getTranslation("field.rag"));
        rag.setItems(Rag.values());
        rag.setItemLabelGenerator(value -> getTranslation("rag." + value.name()));
        rag.setRequiredIndicatorVisible(true);
        rag.setId("status-rag");
        var progress = new IntegerField(getTranslation("field.progress"));
        progress.setMin(0);
        progress.setMax(StatusDraft.MAX_PROGRESS);
        progress.setSuffixComponent(new Span("%"));
        progress.setRequiredIndicatorVisible(true);
        progress.setId("status-progress");
        var spend = new BigDecimalField(getTranslation("field.spend"));
        spend.setPrefixComponent(new Span("€"));
        spend.setId("status-spend");
        // The version of this quarter's budget line the author sees; a save against an older one is refused.
        var seen = new QuarterSpend[] {service.quarterSpend(initiativeId)};
        showSpend(spend, seen[0]);
        var summary = new TextArea(getTranslation("field.summary"));
        summary.setRequired(true);
        summary.setMaxLength(StatusDraft.MAX_TEXT);
        summary.setId("status-summary");
        var risks = new TextArea(getTranslation("field.risks"));
        risks.setMaxLength(StatusDraft.MAX_TEXT);
        var next = new TextArea(getTranslation("field.next-steps"));
        next.setMaxLength(StatusDraft.MAX_TEXT);
        var form = new FormLayout(rag, progress, spend, summary, risks, next);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 3));
        form.setColspan(summary, 3);
        var post = new Button(getTranslation("status.post"), e -> {
            boolean posted = Actions.attempt(
                    () -> service.post(
                            initiativeId,
                            new StatusDraft(
                                    rag.getValue(),
                                    progress.getValue(),
                                    spend.getValue(),
                                    summary.getValue(),
                                    risks.getValue(),
                                    next.getValue(),
                                    seen[0].version())),
                    changed -> {
                        ErrorMessages.show(changed);
                        // Keep what the author typed; show the actual someone else stored meanwhile.
                        seen[0] = service.quarterSpend(initiativeId);
                        showSpend(spend, seen[0]);
                    });
            if (posted) {
                ErrorMessages.success(getTranslation("status.posted"));
                onPosted.run();
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        post.setId("status-post");
        var box = new Div(form, post);
        box.addClassName("status-form");
        return box;
    }

    private void showSpend(BigDecimalField spend, QuarterSpend current) {
        spend.setHelperText(
                current.actual() == null
                        ? getTranslation("status.spend-help")
                        : getTranslation(
                                "status.spend-help-current",
                                current.quarter(),
                                Formats.euros(current.actual(), getLocale())));
    }

    /** The next {@value StatusService#HISTORY_PAGE} older updates, below those shown. */
    private void loadMore() {
        var page = service.history(initiativeId, shown, StatusService.HISTORY_PAGE);
        if (shown == 0 && page.items().isEmpty()) {
            timeline.add(new Paragraph(getTranslation("status.none")));
        }
        page.items().forEach(entry -> timeline.add(entry(entry)));
        shown += page.items().size();
        more.setVisible(page.more());
    }

    private Div entry(StatusEntry entry) {
        var meta = new Span(Formats.date(entry.createdAt(), getLocale()) + " · " + entry.authorName() + " · "
                + entry.progressPct() + "% · " + getTranslation("field.spend") + " "
                + (entry.spend() == null
                        ? getTranslation("status.spend-not-reported")
                        : Formats.euros(entry.spend(), getLocale()))
                + " (" + entry.quarter() + ")");
        meta.addClassName("comment-meta");
        var body = new Div(SignalBadges.rag(entry.rag(), this::getTranslation), new Span(" " + entry.summary()));
        var item = new Div(meta, body);
        if (entry.risks() != null) {
            item.add(new Paragraph(getTranslation("field.risks") + ": " + entry.risks()));
        }
        if (entry.nextSteps() != null) {
            item.add(new Paragraph(getTranslation("field.next-steps") + ": " + entry.nextSteps()));
        }
        item.addClassName("timeline-entry");
        return item;
    }
}
