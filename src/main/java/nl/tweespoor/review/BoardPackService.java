package nl.tweespoor.review;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board pack of a review as an A4 PDF: this service gathers what it says ({@link BoardPack}) in one read-only
 * transaction; {@link BoardPackRenderer} lays it out in the reader's language. A closed review's pack reads only what
 * closing kept and its final decisions, so it says the same whenever it is made (the date it was made aside).
 */
@Service
public class BoardPackService {

    private final ReviewService reviews;
    private final DecisionService decisions;
    private final AgendaService agenda;
    private final ReviewRepository repository;
    private final PackFigures figures;
    private final KeptEvidence kept;
    private final BoardPackRenderer renderer;

    BoardPackService(
            ReviewService reviews,
            DecisionService decisions,
            AgendaService agenda,
            ReviewRepository repository,
            PackFigures figures,
            KeptEvidence kept,
            BoardPackRenderer renderer) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.agenda = agenda;
        this.repository = repository;
        this.figures = figures;
        this.kept = kept;
        this.renderer = renderer;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(long reviewId, Locale locale) {
        return renderer.render(gather(reviewId), locale);
    }

    BoardPack gather(long reviewId) {
        var review = reviews.review(reviewId);
        var items = reviews.agenda(reviewId);
        var counts = decisions.decisionCounts(reviewId);
        var released = items.stream()
                .map(AgendaItem::decision)
                .filter(d -> d != null && d.budgetReleased() != null)
                .map(DecisionRow::budgetReleased)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return switch (agenda.source(reviewId)) {
            case LIVE -> {
                var live = figures.live(items);
                yield new BoardPack(live.organisation(), review, items, counts, released, live, null);
            }
            case KEPT -> {
                var pack = kept.pack(reviewId).orElseThrow();
                yield new BoardPack(pack.organisation(), review, items, counts, released, pack, null);
            }
            case NOT_KEPT ->
                new BoardPack(repository.organisationName(), review, items, counts, released, null, kept.since());
        };
    }
}
