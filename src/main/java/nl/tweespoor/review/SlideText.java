package nl.tweespoor.review;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The board pack slides' text: a slide with its title in the layout's title placeholder (so PowerPoint's outline and
 * screen readers know it) and text boxes of plain runs, all editable. Sizes in points on a 16:9 slide.
 */
final class SlideText {

    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    static final double MARGIN = 48;
    static final Color INK = PdfBlocks.INK;
    static final Color MUTED = PdfBlocks.MUTED;

    private SlideText() {}

    static XSLFSlide slide(XMLSlideShow show, String title) {
        var layout = show.getSlideMasters().getFirst().getLayout(SlideLayout.TITLE_ONLY);
        var slide = show.createSlide(layout);
        var placeholder = slide.getPlaceholder(0);
        placeholder.setAnchor(new Rectangle2D.Double(MARGIN, 28, WIDTH - 2 * MARGIN, 64));
        placeholder.clearText();
        var run = placeholder.addNewTextParagraph().addNewTextRun();
        run.setText(title);
        run.setFontSize(28.0);
        run.setBold(true);
        run.setFontColor(PdfBlocks.ACCENT);
        return slide;
    }

    static XSLFTextShape box(XSLFSlide slide, double x, double y, double width, double height) {
        var box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(x, y, width, height));
        box.clearText();
        box.setWordWrap(true);
        return box;
    }

    static void line(XSLFTextShape box, String text, double size, boolean bold, Color colour) {
        var paragraph = box.addNewTextParagraph();
        paragraph.setSpaceAfter(30.0);
        var run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(colour);
    }

    /** A label in bold before its value on one line ("Budget: € 1.200"). */
    static void fact(XSLFTextShape box, String label, String value, double size) {
        var paragraph = box.addNewTextParagraph();
        paragraph.setSpaceAfter(20.0);
        var bold = paragraph.addNewTextRun();
        bold.setText(label + ": ");
        bold.setFontSize(size);
        bold.setBold(true);
        bold.setFontColor(MUTED);
        var run = paragraph.addNewTextRun();
        run.setText(value);
        run.setFontSize(size);
        run.setFontColor(INK);
    }
}
