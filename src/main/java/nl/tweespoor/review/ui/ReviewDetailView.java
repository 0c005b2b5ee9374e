package nl.tweespoor.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.ErrorMessages;
import nl.tweespoor.review.AgendaItem;
import nl.tweespoor.review.AgendaService;
import nl.tweespoor.review.BoardPackService;
import nl.tweespoor.review.DecisionService;
import nl.tweespoor.review.ReviewClosing;
import nl.tweespoor.review.ReviewRow;
import nl.tweespoor.review.ReviewService;
import org.jspecify.annotations.Nullable;

/**
 * The review meeting: the agenda as a lazy grid (flagged items first, filters) and, beside it, the chosen item's
 * evidence and decision form. Saving a decision refreshes that row and the progress line only; the long tail of
 * unflagged items can be continued in one go; close when all are decided.
 */
@Route("reviews/:id(\\d+)")
@PermitAll
public class ReviewDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService service;
    private final DecisionService decisions;
    private final AgendaService agenda;
    private final ReviewClosing closing;
    private final BoardPackService boardPack;
    // Set on entering the page; the grid and the panel by render(), before anything on the page can call back.
    private @Nullable ReviewRow review;
    private final Paragraph progress = new Paragraph();
    private @Nullable AgendaGrid grid;
    private @Nullable EvidencePanel evidence;
    private boolean editable;

    public ReviewDetailView(
            ReviewService service,
            DecisionService decisions,
            AgendaService agenda,
            ReviewClosing closing,
            BoardPackService boardPack) {
        this.service = service;
        this.decisions = decisions;
        this.agenda = agenda;
        this.closing = closing;
        this.boardPack = boardPack;
        addClassName("detail-view");
        progress.setId("review-progress");
        progress.getElement().setAttribute("aria-live", "polite");
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
        var review = review();
        removeAll();
        editable = review.inProgress() && service.mayDecide();
        add(
                new Anchor("reviews", getTranslation("menu.reviews")),
                new ReviewHeader(
                        review,
                        BoardPackLink.both(boardPack, review),
                        editable,
                        this::confirmBulk,
                        this::confirmClose));
        showProgress();
        add(progress);
        if (review.closed()) {
            add(new Paragraph(getTranslation("review.closed-note")));
            add(evidenceNote(review));
        }
        if (review.planned()) {
            add(new PlannedMeeting(service, review, this::reload));
        }
        var evidence = new EvidencePanel(decisions, review.id(), review.closedAt(), this::decided);
        var grid = new AgendaGrid(
                agenda, review.id(), row -> evidence.show(agenda.evidence(review.id(), row.initiativeId()), editable));
        this.evidence = evidence;
        this.grid = grid;
        var meeting = new HorizontalLayout(grid, evidence);
        meeting.setWidthFull();
        meeting.setWrap(true);
        meeting.setFlexGrow(3, grid);
        meeting.setFlexGrow(2, evidence);
        grid.setMinWidth("28rem");
        evidence.setMinWidth("20rem");
        add(grid.filters(), meeting);
    }

    /** A closed review's evidence: as kept at its closing, or not kept (closed before evidence was kept). */
    private Paragraph evidenceNote(ReviewRow review) {
        var closedAt = review.closedAt();
        var note = agenda.source(review.id()) == AgendaItem.Evidence.KEPT && closedAt != null
                ? getTranslation("evidence.kept", Formats.date(closedAt, getLocale()))
                : getTranslation("evidence.not-kept", Formats.date(agenda.evidenceKeptSince(), getLocale()));
        var paragraph = new Paragraph(note);
        paragraph.setId("evidence-note");
        paragraph.addClassName("evidence-note");
        return paragraph;
    }

    /** A decision was saved: only its row, its evidence and the progress line change. */
    private void decided(long initiativeId) {
        showProgress();
        grid().refresh(initiativeId);
        evidence().show(agenda.evidence(review().id(), initiativeId), editable);
    }

    private void showProgress() {
        var now = agenda.progress(review().id());
        progress.setText(getTranslation("review.progress", now.decided(), now.items()));
    }

    private void confirmBulk() {
        int count = agenda.countContinuable(review().id());
        if (count == 0) {
            ErrorMessages.success(getTranslation("review.bulk-none"));
            return;
        }
        var grid = grid();
        var evidence = evidence();
        new BulkContinueDialog(agenda, review().id(), count, () -> {
                    showProgress();
                    grid.refreshAll();
                    evidence.clear();
                })
                .open();
    }

    private void confirmClose() {
        var shown = review();
        new CloseReviewDialog(closing, shown, () -> {
                    review = service.review(shown.id());
                    render();
                })
                .open();
    }

    /** The review changed (its meeting moved): read and show it afresh. */
    private void reload() {
        review = service.review(review().id());
        render();
    }

    private ReviewRow review() {
        return Objects.requireNonNull(review, "no review entered");
    }

    private AgendaGrid grid() {
        return Objects.requireNonNull(grid, "not rendered");
    }

    private EvidencePanel evidence() {
        return Objects.requireNonNull(evidence, "not rendered");
    }

    @Override
    public String getPageTitle() {
        var shown = review;
        return shown == null ? getTranslation("menu.reviews") : getTranslation("review.title", shown.quarter());
    }
}
