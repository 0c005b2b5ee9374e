package nl.tweespoor.review;

import static nl.tweespoor.review.PdfBlocks.INK;
import static nl.tweespoor.review.PdfBlocks.RULE;
import static nl.tweespoor.review.PdfBlocks.font;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The board pack's contents list with page numbers. OpenPDF writes pages as it goes, so the pack is laid out twice:
 * the first time finds on which page each entry lands ({@link #found}), the second prints those numbers. The list has
 * the same entries both times, so it takes the same room and the numbers found the first time hold the second.
 */
final class Contents {

    /** A line of the list; an indented one is a part of the section above it (a chart). */
    record Entry(String title, boolean indented) {}

    private final List<Entry> entries;
    private final Map<String, Integer> pages = new HashMap<>();
    private final Map<String, Integer> printed;

    Contents(List<Entry> entries) {
        this(entries, Map.of());
    }

    private Contents(List<Entry> entries, Map<String, Integer> printed) {
        this.entries = List.copyOf(entries);
        this.printed = Map.copyOf(printed);
    }

    /** Notes that the entry of this title is on this page of the layout being made. */
    void found(String title, int page) {
        pages.putIfAbsent(title, page);
    }

    /** The same list for the second layout, printing the pages this one found. */
    Contents numbered() {
        return new Contents(entries, pages);
    }

    PdfPTable table() {
        var table = new PdfPTable(new float[] {5, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (var entry : entries) {
            var style = entry.indented() ? Font.NORMAL : Font.BOLD;
            var title = cell(entry.title(), style, Element.ALIGN_LEFT);
            title.setPaddingLeft(entry.indented() ? 18 : 4);
            table.addCell(title);
            var page = printed.get(entry.title());
            table.addCell(cell(page == null ? "" : String.valueOf(page), style, Element.ALIGN_RIGHT));
        }
        return table;
    }

    private static PdfPCell cell(String text, int style, int alignment) {
        var cell = new PdfPCell(new Phrase(text, font(11, style, INK)));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(5);
        return cell;
    }
}
