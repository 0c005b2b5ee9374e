package nl.tweespoor.review;

import static nl.tweespoor.review.PdfBlocks.INK;
import static nl.tweespoor.review.PdfBlocks.MUTED;
import static nl.tweespoor.review.PdfBlocks.facts;
import static nl.tweespoor.review.PdfBlocks.font;
import static nl.tweespoor.review.PdfBlocks.heading;
import static nl.tweespoor.review.PdfBlocks.paragraph;
import static nl.tweespoor.review.PdfBlocks.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;

/**
 * The board pack's first page after the cover: the charts' key messages in a few lines, then the headline numbers
 * (items reviewed and flagged, decisions by kind, budget released, redesign share before and after), and whose evidence
 * the pack shows. The PowerPoint's summary slide says the same ({@link #headlines}).
 */
final class ExecutiveSummary {

    private final Translations translations;
    private final Locale locale;

    ExecutiveSummary(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    void add(Document document, BoardPack pack, List<PackChart> charts) {
        document.add(heading(t("pack.summary")));
        for (var chart : charts) {
            document.add(paragraph("• " + chart.message(), font(11, Font.NORMAL, INK), Element.ALIGN_LEFT));
        }
        var table = facts();
        for (var headline : headlines(pack)) {
            row(table, headline.label(), headline.value());
        }
        document.add(table);
        document.add(paragraph(evidenceNote(pack), font(10, Font.ITALIC, MUTED), Element.ALIGN_LEFT));
    }

    /** A headline number with its label, as the summary table and the summary slide show it. */
    record Headline(String label, String value) {}

    List<Headline> headlines(BoardPack pack) {
        var lines = new ArrayList<Headline>();
        lines.add(new Headline(
                t("pack.items-reviewed"), String.valueOf(pack.agenda().size())));
        lines.add(new Headline(
                t("pack.items-flagged"),
                String.valueOf(
                        pack.agenda().stream().filter(AgendaItem::flagged).count())));
        for (var decision : Decision.values()) {
            lines.add(new Headline(
                    t("decision." + decision.name()),
                    String.valueOf(pack.decisionCounts().getOrDefault(decision.name(), 0L))));
        }
        lines.add(new Headline(t("pack.budget-released"), Formats.euros(pack.budgetReleased(), locale)));
        var figures = pack.figures();
        if (figures != null) {
            lines.add(
                    new Headline(t("pack.share-before"), Formats.number(figures.redesignShareBefore(), locale) + "%"));
            lines.add(new Headline(t("pack.share-after"), Formats.number(figures.redesignShareAfter(), locale) + "%"));
        }
        return lines;
    }

    /** Whose evidence the pack shows: today's (open), kept at closing, or none (closed before it was kept). */
    String evidenceNote(BoardPack pack) {
        var review = pack.review();
        var closedAt = review.closedAt();
        if (!review.closed() || closedAt == null) {
            return t("pack.not-closed");
        }
        var since = pack.evidenceKeptSince();
        if (since != null) {
            return t("evidence.not-kept", Formats.date(since, locale));
        }
        return t("evidence.kept", Formats.date(closedAt, locale));
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
