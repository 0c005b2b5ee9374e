package nl.tweespoor.review;

import static nl.tweespoor.review.PdfBlocks.MUTED;
import static nl.tweespoor.review.PdfBlocks.font;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** Page numbers and the review on every page of the board pack but the cover. */
final class PageFooter extends PdfPageEventHelper {

    private final String text;

    PageFooter(String text) {
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
