package nl.tweespoor.review;

import static nl.tweespoor.review.PdfBlocks.INK;
import static nl.tweespoor.review.PdfBlocks.MUTED;
import static nl.tweespoor.review.PdfBlocks.RULE;
import static nl.tweespoor.review.PdfBlocks.helvetica;
import static nl.tweespoor.review.PdfBlocks.text;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Draws a {@link PackChart} as horizontal bars with OpenPDF's own drawing operations: vector, so it is sharp at any
 * zoom and in print, its text stays text (found by search and by screen readers), and no chart library is needed. Every
 * bar has its value printed beside it and the legend names the series, so nothing is told by colour alone; the colours
 * are from the Okabe–Ito palette, told apart also with colour blindness.
 */
final class ChartDrawing {

    /** Okabe–Ito blue, vermillion, bluish green and orange. */
    static final List<Color> COLOURS = List.of(
            new Color(0x00, 0x72, 0xb2),
            new Color(0xd5, 0x5e, 0x00),
            new Color(0x00, 0x9e, 0x73),
            new Color(0xe6, 0x9f, 0x00));

    private static final float WIDTH = 480;
    private static final float LABELS = 120;
    private static final float VALUES = 92;
    private static final float BAR = 12;
    private static final float GAP = 9;
    private static final float LEGEND = 18;

    private ChartDrawing() {}

    static Image image(PdfContentByte canvas, PackChart chart) {
        var image = Image.getInstance(draw(canvas, chart));
        image.setAlt(chart.title() + ": " + chart.message());
        return image;
    }

    private static PdfTemplate draw(PdfContentByte canvas, PackChart chart) {
        int bars = chart.series().size();
        float group = bars * BAR + GAP;
        float legend = bars > 1 ? LEGEND : 0;
        float height = chart.categories().size() * group + legend + 4;
        var template = canvas.createTemplate(WIDTH, height);
        template.setFontAndSize(helvetica(), 8);
        float plot = WIDTH - LABELS - VALUES;
        double max = chart.max();
        // the axis the bars grow from
        template.setColorStroke(RULE);
        template.setLineWidth(0.6f);
        template.moveTo(LABELS, 0);
        template.lineTo(LABELS, height - legend);
        template.stroke();
        for (int c = 0; c < chart.categories().size(); c++) {
            float top = height - legend - c * group - GAP / 2;
            text(template, chart.categories().get(c), LABELS - 6, top - bars * BAR / 2 - 3, Element.ALIGN_RIGHT, INK);
            for (int s = 0; s < bars; s++) {
                var series = chart.series().get(s);
                float y = top - (s + 1) * BAR + 1.5f;
                float length = (float) (plot * series.values().get(c) / max);
                bar(template, LABELS, y, length, BAR - 3, COLOURS.get(s % COLOURS.size()), series.outlined());
                text(template, series.labels().get(c), LABELS + length + 4, y + 2.5f, Element.ALIGN_LEFT, MUTED);
            }
        }
        if (bars > 1) {
            legend(template, chart.series(), height - LEGEND + 5);
        }
        return template;
    }

    private static void legend(PdfTemplate template, List<PackChart.Series> series, float y) {
        float x = LABELS;
        for (int s = 0; s < series.size(); s++) {
            bar(
                    template,
                    x,
                    y,
                    14,
                    8,
                    COLOURS.get(s % COLOURS.size()),
                    series.get(s).outlined());
            var name = series.get(s).name();
            text(template, name, x + 18, y + 1, Element.ALIGN_LEFT, INK);
            x += 30 + helvetica().getWidthPoint(name, 8);
        }
    }

    private static void bar(
            PdfTemplate template, float x, float y, float length, float height, Color colour, boolean outlined) {
        if (outlined) {
            template.setColorStroke(colour);
            template.setLineWidth(1.4f);
            template.rectangle(x, y, Math.max(length, 1), height);
            template.stroke();
        } else {
            template.setColorFill(colour);
            template.rectangle(x, y, Math.max(length, 1), height);
            template.fill();
        }
    }
}
