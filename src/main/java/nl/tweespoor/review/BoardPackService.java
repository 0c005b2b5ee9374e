package nl.tweespoor.review;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import nl.tweespoor.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board pack of a review as an A4 PDF and as a PowerPoint: this service gathers what it says ({@link BoardPack}) in
 * one transaction, with the export's audit event; {@link BoardPackRenderer} (PDF) and {@link BoardPackSlides} (PPTX) lay
 * the one model out in the reader's language. A closed review's pack reads only what
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
    private final BoardPackSlides slides;
    private final AuditLog auditLog;

    BoardPackService(
            ReviewService reviews,
            DecisionService decisions,
            AgendaService agenda,
            ReviewRepository repository,
            PackFigures figures,
            KeptEvidence kept,
            BoardPackRenderer renderer,
            BoardPackSlides slides,
            AuditLog auditLog) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.agenda = agenda;
        this.repository = repository;
        this.figures = figures;
        this.kept = kept;
        this.renderer = renderer;
        this.slides = slides;
        this.auditLog = auditLog;
    }

    /** The board pack as a PDF; the download is audited as an export (kind EXPORTED), as the lists' downloads are. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(long reviewId, Locale locale) {
        return export(reviewId, "PDF", pack -> renderer.render(pack, locale));
    }

    /** The same board pack as a PowerPoint to present from, audited as the PDF is. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public byte[] pptx(long reviewId, Locale locale) {
        return export(reviewId, "PPTX", pack -> slides.render(pack, locale));
    }

    private byte[] export(long reviewId, String format, Function<BoardPack, byte[]> layout) {
        var pack = gather(reviewId);
        var bytes = layout.apply(pack);
        auditLog.recordExport(
                "board-pack",
                format,
                pack.agenda().size(),
                "review=" + pack.review().quarter());
        return bytes;
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
