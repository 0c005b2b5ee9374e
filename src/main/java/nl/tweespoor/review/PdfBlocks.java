package nl.tweespoor.review;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The board pack's look (OpenPDF, LGPL/MPL): its colours, fonts and the few blocks every page is built from. */
final class PdfBlocks {

    static final Color INK = new Color(0x1d, 0x2b, 0x3a);
    static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);
    static final Color MUTED = new Color(0x55, 0x60, 0x6e);
    static final Color RULE = new Color(0xdd, 0xe3, 0xea);

    private PdfBlocks() {}

    /** A two-column table of labels and values. */
    static PdfPTable facts() {
        var table = new PdfPTable(new float[] {1.1f, 2.9f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        return table;
    }

    static void row(PdfPTable table, String label, String value) {
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

    static Paragraph heading(String text) {
        var heading = paragraph(text, font(18, Font.BOLD, ACCENT), Element.ALIGN_LEFT);
        heading.setSpacingAfter(8);
        return heading;
    }

    static Paragraph paragraph(String text, Font font, int alignment) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    static Paragraph spacer(float height) {
        var spacer = new Paragraph(new Chunk(" "));
        spacer.setSpacingBefore(height);
        return spacer;
    }

    static Font font(float size, int style, Color color) {
        return new Font(Font.HELVETICA, size, style, color);
    }

    /** The font of text drawn straight onto a canvas (the charts), Helvetica as the rest of the pack. */
    static BaseFont helvetica() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line of text drawn on a canvas at a point, in the canvas's current font. */
    static void text(PdfContentByte canvas, String text, float x, float y, int alignment, Color colour) {
        canvas.setColorFill(colour);
        canvas.beginText();
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }
}
