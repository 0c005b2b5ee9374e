package nl.tweespoor.review;

import static nl.tweespoor.review.PdfBlocks.ACCENT;
import static nl.tweespoor.review.PdfBlocks.INK;
import static nl.tweespoor.review.PdfBlocks.MUTED;
import static nl.tweespoor.review.PdfBlocks.facts;
import static nl.tweespoor.review.PdfBlocks.font;
import static nl.tweespoor.review.PdfBlocks.heading;
import static nl.tweespoor.review.PdfBlocks.paragraph;
import static nl.tweespoor.review.PdfBlocks.row;
import static nl.tweespoor.review.PdfBlocks.spacer;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Lays a board pack out as an A4 PDF in the reader's language: cover, summary (items reviewed, decisions by kind,
 * budget released, redesign share before and after), the ambition mirror, then a block per item with its evidence and
 * decision.
 */
@Component
class BoardPackRenderer {

    private final Translations translations;

    BoardPackRenderer(Translations translations) {
        this.translations = translations;
    }

    byte[] render(BoardPack pack, Locale locale) {
        var review = pack.review();
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 64, 64);
        var writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFooter(pack.organisation() + " · " + t(locale, "review.title", review.quarter())));
        document.addTitle(t(locale, "pack.title") + " " + review.quarter());
        document.addAuthor(pack.organisation());
        document.open();
        cover(document, locale, pack.organisation(), review);
        document.newPage();
        summary(document, locale, pack);
        var figures = pack.figures();
        if (figures != null) {
            new MirrorSection(translations, locale).add(document, writer, figures.mirror());
        }
        var items = new ItemBlock(translations, locale);
        for (var item : pack.agenda()) {
            document.add(items.of(item));
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

    private void summary(Document document, Locale locale, BoardPack pack) {
        document.add(heading(t(locale, "pack.summary")));
        var table = facts();
        row(
                table,
                t(locale, "pack.items-reviewed"),
                String.valueOf(pack.agenda().size()));
        for (var decision : Decision.values()) {
            row(
                    table,
                    t(locale, "decision." + decision.name()),
                    String.valueOf(pack.decisionCounts().getOrDefault(decision.name(), 0L)));
        }
        row(table, t(locale, "pack.budget-released"), Formats.euros(pack.budgetReleased(), locale));
        var figures = pack.figures();
        if (figures != null) {
            row(table, t(locale, "pack.share-before"), Formats.number(figures.redesignShareBefore(), locale) + "%");
            row(table, t(locale, "pack.share-after"), Formats.number(figures.redesignShareAfter(), locale) + "%");
        }
        document.add(table);
        document.add(paragraph(evidenceNote(locale, pack), font(10, Font.ITALIC, MUTED), Element.ALIGN_LEFT));
    }

    /** Whose evidence the pack shows: today's (open), kept at closing, or none (closed before it was kept). */
    private String evidenceNote(Locale locale, BoardPack pack) {
        var review = pack.review();
        var closedAt = review.closedAt();
        if (!review.closed() || closedAt == null) {
            return t(locale, "pack.not-closed");
        }
        var since = pack.evidenceKeptSince();
        if (since != null) {
            return t(locale, "evidence.not-kept", Formats.date(since, locale));
        }
        return t(locale, "evidence.kept", Formats.date(closedAt, locale));
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
