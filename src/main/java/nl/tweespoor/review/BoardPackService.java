package nl.tweespoor.review;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.priority.PriorityService;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board pack of a review as an A4 PDF (OpenPDF, LGPL/MPL): cover, summary (items reviewed, decisions by kind,
 * budget released, redesign share before and after), then a block per item with its evidence and decision, in the
 * reader's language.
 */
@Service
public class BoardPackService {

    private static final java.awt.Color INK = new java.awt.Color(0x1d, 0x2b, 0x3a);
    private static final java.awt.Color ACCENT = new java.awt.Color(0x1d, 0x4e, 0x89);
    private static final java.awt.Color MUTED = new java.awt.Color(0x55, 0x60, 0x6e);
    private static final java.awt.Color RULE = new java.awt.Color(0xdd, 0xe3, 0xea);

    private final ReviewService reviews;
    private final ReviewRepository repository;
    private final BudgetService budgets;
    private final PriorityService priorities;
    private final Translations translations;

    BoardPackService(
            ReviewService reviews,
            ReviewRepository repository,
            BudgetService budgets,
            PriorityService priorities,
            Translations translations) {
        this.reviews = reviews;
        this.repository = repository;
        this.budgets = budgets;
        this.priorities = priorities;
        this.translations = translations;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(long reviewId, Locale locale) {
        var review = reviews.review(reviewId);
        var agenda = reviews.agenda(reviewId);
        var counts = reviews.decisionCounts(reviewId);
        var organisation = repository.organisationName();
        var released = agenda.stream()
                .map(AgendaItem::decision)
                .filter(d -> d != null && d.budgetReleased() != null)
                .map(DecisionRow::budgetReleased)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var shares = redesignShares(review, agenda);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 64, 64);
        var writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(organisation + " · " + t(locale, "review.title", review.quarter())));
        document.addTitle(t(locale, "pack.title") + " " + review.quarter());
        document.addAuthor(organisation);
        document.open();
        cover(document, locale, organisation, review);
        document.newPage();
        summary(document, locale, review, agenda.size(), counts, released, shares);
        for (var item : agenda) {
            itemBlock(document, locale, item);
        }
        document.close();
        return out.toByteArray();
    }

    private void cover(Document document, Locale locale, String organisation, ReviewRow review) {
        document.add(spacer(160));
        document.add(paragraph(organisation, font(14, Font.NORMAL, MUTED), Element.ALIGN_LEFT));
        document.add(paragraph(t(locale, "pack.title"), font(32, Font.BOLD, ACCENT), Element.ALIGN_LEFT));
        document.add(
                paragraph(t(locale, "review.title", review.quarter()), font(20, Font.NORMAL, INK), Element.ALIGN_LEFT));
        document.add(spacer(24));
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Translations.supported(locale))
                .format(LocalDate.now());
        document.add(paragraph(t(locale, "pack.date", date), font(12, Font.NORMAL, MUTED), Element.ALIGN_LEFT));
        document.add(paragraph(
                t(locale, "pack.status", t(locale, "review.status." + review.status())),
                font(12, Font.NORMAL, MUTED),
                Element.ALIGN_LEFT));
    }

    private void summary(
            Document document,
            Locale locale,
            ReviewRow review,
            int items,
            java.util.Map<String, Long> counts,
            BigDecimal released,
            BigDecimal[] shares) {
        document.add(heading(t(locale, "pack.summary")));
        var table = facts();
        row(table, t(locale, "pack.items-reviewed"), String.valueOf(items));
        for (var decision : Decision.values()) {
            row(
                    table,
                    t(locale, "decision." + decision.name()),
                    String.valueOf(counts.getOrDefault(decision.name(), 0L)));
        }
        row(table, t(locale, "pack.budget-released"), Formats.euros(released, locale));
        row(table, t(locale, "pack.share-before"), Formats.number(shares[0], locale) + "%");
        row(table, t(locale, "pack.share-after"), Formats.number(shares[1], locale) + "%");
        document.add(table);
        if (!review.closed()) {
            document.add(paragraph(t(locale, "pack.not-closed"), font(10, Font.ITALIC, MUTED), Element.ALIGN_LEFT));
        }
    }

    private void itemBlock(Document document, Locale locale, AgendaItem item) {
        var block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(14);
        var title = new PdfPCell(new Phrase(item.title(), font(13, Font.BOLD, INK)));
        title.setBorder(PdfPCell.BOTTOM);
        title.setBorderColor(ACCENT);
        title.setBorderWidth(1.2f);
        title.setPaddingBottom(6);
        block.addCell(title);
        var facts = facts();
        row(
                facts,
                t(locale, "budget.track"),
                t(locale, "track." + item.track()) + " · " + t(locale, "stage." + item.stage()));
        row(facts, t(locale, "field.owner"), item.owner());
        row(
                facts,
                t(locale, "field.status"),
                item.signals() == null
                        ? ""
                        : item.signals().flags().stream()
                                .map(f -> t(locale, "flag." + f.name()))
                                .collect(Collectors.joining(", ")));
        row(facts, t(locale, "review.last-status"), orNone(item.lastSummary()));
        row(
                facts,
                t(locale, "review.rag-trend"),
                orNone(item.ragTrend().stream().map(r -> t(locale, "rag." + r)).collect(Collectors.joining(" / "))));
        row(
                facts,
                t(locale, "review.budget-year"),
                t(
                        locale,
                        "pack.actual-planned",
                        Formats.euros(item.actualYear(), locale),
                        Formats.euros(item.plannedYear(), locale)));
        row(facts, t(locale, "review.outcomes"), orNone(item.outcomes()));
        if (!item.openHighRisks().isEmpty()) {
            row(
                    facts,
                    t(locale, "risk.agenda.open-high"),
                    item.openHighRisks().stream()
                            .map(r -> t(
                                    locale, "risk.agenda.line", r.description(), r.likelihood(), r.impact(), r.score()))
                            .collect(Collectors.joining("; ")));
        }
        var decision = item.decision();
        row(
                facts,
                t(locale, "review.decision"),
                decision == null
                        ? t(locale, "review.no-decision")
                        : t(locale, "decision." + decision.decision().name()) + " — " + decision.reason());
        if (decision != null && decision.conditions() != null) {
            row(facts, t(locale, "field.conditions"), decision.conditions());
        }
        if (decision != null && decision.learned() != null) {
            row(facts, t(locale, "field.learned"), decision.learned());
        }
        if (decision != null
                && decision.budgetReleased() != null
                && decision.budgetReleased().signum() > 0) {
            row(facts, t(locale, "pack.budget-released"), Formats.euros(decision.budgetReleased(), locale));
        }
        var holder = new PdfPCell(facts);
        holder.setBorder(PdfPCell.NO_BORDER);
        block.addCell(holder);
        document.add(block);
    }

    /** Redesign share of this year before and after the review's STOP decisions. */
    private BigDecimal[] redesignShares(ReviewRow review, List<AgendaItem> agenda) {
        int year = Year.now().getValue();
        var stops = new HashSet<Long>();
        agenda.stream()
                .filter(a -> a.decision() != null && a.decision().decision() == Decision.STOP)
                .forEach(a -> stops.add(a.initiativeId()));
        if (!review.closed()) {
            var whatIf = priorities.whatIf(year, stops);
            return new BigDecimal[] {whatIf.redesignShareBefore(), whatIf.redesignShareAfter()};
        }
        // Closed: the budget is already released; add it back to see the share before.
        var balance = budgets.yearTotals(year).balance();
        var releasedRedesign = BigDecimal.ZERO;
        var releasedAll = BigDecimal.ZERO;
        var redesignIds = stops.isEmpty()
                ? java.util.Set.<Long>of()
                : repository.items(stops).stream()
                        .filter(r -> "REDESIGN".equals(r.get(nl.tweespoor.db.Tables.INITIATIVE.AMBITION)))
                        .map(r -> r.get(nl.tweespoor.db.Tables.INITIATIVE.ID))
                        .collect(Collectors.toSet());
        for (var item : agenda) {
            var d = item.decision();
            if (d != null && d.budgetReleased() != null) {
                releasedAll = releasedAll.add(d.budgetReleased());
                if (redesignIds.contains(item.initiativeId())) {
                    releasedRedesign = releasedRedesign.add(d.budgetReleased());
                }
            }
        }
        var total = balance.totalPlanned().add(releasedAll);
        var before = total.signum() == 0
                ? BigDecimal.ZERO
                : balance.redesignPlanned()
                        .add(releasedRedesign)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(total, 1, RoundingMode.HALF_UP);
        return new BigDecimal[] {before, balance.sharePct()};
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private String orNone(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static PdfPTable facts() {
        var table = new PdfPTable(new float[] {1.1f, 2.9f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        var left = new PdfPCell(new Phrase(label, font(9.5f, Font.BOLD, MUTED)));
        var right = new PdfPCell(new Phrase(value, font(10, Font.NORMAL, INK)));
        for (var cell : List.of(left, right)) {
            cell.setBorder(PdfPCell.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setPadding(4);
        }
        table.addCell(left);
        table.addCell(right);
    }

    private static Paragraph heading(String text) {
        var heading = paragraph(text, font(18, Font.BOLD, ACCENT), Element.ALIGN_LEFT);
        heading.setSpacingAfter(8);
        return heading;
    }

    private static Paragraph paragraph(String text, Font font, int alignment) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static Paragraph spacer(float height) {
        var spacer = new Paragraph(new Chunk(" "));
        spacer.setSpacingBefore(height);
        return spacer;
    }

    private static Font font(float size, int style, java.awt.Color color) {
        return new Font(Font.HELVETICA, size, style, color);
    }

    /** Page numbers and the review on every page but the cover. */
    private static final class Footer extends PdfPageEventHelper {

        private final String text;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                return;
            }
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_LEFT,
                    new Phrase(text, font(8, Font.NORMAL, MUTED)),
                    document.left(),
                    document.bottom() - 24,
                    0);
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_RIGHT,
                    new Phrase(String.valueOf(writer.getPageNumber()), font(8, Font.NORMAL, MUTED)),
                    document.right(),
                    document.bottom() - 24,
                    0);
        }
    }
}
