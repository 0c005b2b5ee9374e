package nl.tweespoor.review;

import static nl.tweespoor.review.PdfBlocks.ACCENT;
import static nl.tweespoor.review.PdfBlocks.INK;
import static nl.tweespoor.review.PdfBlocks.MUTED;
import static nl.tweespoor.review.PdfBlocks.font;
import static nl.tweespoor.review.PdfBlocks.heading;
import static nl.tweespoor.review.PdfBlocks.paragraph;
import static nl.tweespoor.review.PdfBlocks.spacer;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.base.i18n.Translations;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Lays a board pack out as an A4 PDF in the reader's language: cover, executive summary (the charts' key messages and
 * the headline numbers), contents with page numbers, the charts ({@link PackCharts}), the ambition mirror, then a block
 * per item with its evidence and decision. Every page but the cover carries the organisation and its page number.
 */
@Component
class BoardPackRenderer {

    private final Translations translations;

    BoardPackRenderer(Translations translations) {
        this.translations = translations;
    }

    byte[] render(BoardPack pack, Locale locale) {
        var charts = new PackCharts(translations, locale).of(pack);
        var contents = new Contents(entries(pack, locale, charts));
        // laid out twice: the first finds each section's page, the second prints the numbers in the contents
        layout(pack, locale, charts, contents);
        return layout(pack, locale, charts, contents.numbered());
    }

    private byte[] layout(BoardPack pack, Locale locale, List<PackChart> charts, Contents contents) {
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
        new ExecutiveSummary(translations, locale).add(document, pack, charts);
        contents.found(t(locale, "pack.summary"), writer.getPageNumber());
        document.newPage();
        document.add(heading(t(locale, "pack.contents")));
        document.add(contents.table());
        document.newPage();
        document.add(heading(t(locale, "chart.section")));
        contents.found(t(locale, "chart.section"), writer.getPageNumber());
        for (var chart : charts) {
            document.add(chartBlock(writer, chart));
            contents.found(chart.title(), writer.getPageNumber());
        }
        var figures = pack.figures();
        if (figures != null) {
            document.newPage();
            new MirrorSection(translations, locale).add(document, writer, figures.mirror());
            contents.found(t(locale, "mirror.title"), writer.getPageNumber());
        }
        document.newPage();
        document.add(heading(t(locale, "pack.items-reviewed")));
        contents.found(itemsEntry(pack, locale), writer.getPageNumber());
        var items = new ItemBlock(translations, locale);
        for (var item : pack.agenda()) {
            document.add(items.of(item));
        }
        document.close();
        return out.toByteArray();
    }

    /** The contents' lines: the sections in the order {@link #layout} adds them, each chart under its section. */
    private List<Contents.Entry> entries(BoardPack pack, Locale locale, List<PackChart> charts) {
        var entries = new ArrayList<Contents.Entry>();
        entries.add(new Contents.Entry(t(locale, "pack.summary"), false));
        entries.add(new Contents.Entry(t(locale, "chart.section"), false));
        charts.forEach(chart -> entries.add(new Contents.Entry(chart.title(), true)));
        if (pack.figures() != null) {
            entries.add(new Contents.Entry(t(locale, "mirror.title"), false));
        }
        entries.add(new Contents.Entry(itemsEntry(pack, locale), false));
        return entries;
    }

    private String itemsEntry(BoardPack pack, Locale locale) {
        return t(locale, "pack.items-reviewed") + " (" + pack.agenda().size() + ")";
    }

    /** A chart under its title and key message, kept together on one page. */
    private static PdfPTable chartBlock(PdfWriter writer, PackChart chart) {
        var block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(10);
        block.setSpacingAfter(8);
        for (var line : List.of(
                new Phrase(chart.title(), font(13, Font.BOLD, INK)),
                new Phrase(chart.message(), font(9.5f, Font.NORMAL, MUTED)))) {
            var cell = new PdfPCell(line);
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPaddingBottom(4);
            block.addCell(cell);
        }
        var image = new PdfPCell(ChartDrawing.image(writer.getDirectContent(), chart), false);
        image.setBorder(PdfPCell.NO_BORDER);
        image.setPaddingTop(4);
        block.addCell(image);
        return block;
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

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
