package nl.tweespoor.review;

import static nl.tweespoor.review.PdfBlocks.ACCENT;
import static nl.tweespoor.review.PdfBlocks.INK;
import static nl.tweespoor.review.PdfBlocks.MUTED;
import static nl.tweespoor.review.PdfBlocks.RULE;
import static nl.tweespoor.review.PdfBlocks.font;
import static nl.tweespoor.review.PdfBlocks.heading;
import static nl.tweespoor.review.PdfBlocks.helvetica;
import static nl.tweespoor.review.PdfBlocks.paragraph;
import static nl.tweespoor.review.PdfBlocks.text;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.benefits.AmbitionMirror;
import nl.tweespoor.benefits.RedesignShare;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The board pack's ambition mirror: the redesign share per quarter as a line against the dashed target, drawn with
 * OpenPDF's own drawing operations, under the question the board must answer, with the figures as a table.
 */
final class MirrorSection {

    private static final float WIDTH = 480;
    private static final float HEIGHT = 170;
    private static final float LEFT = 30;
    private static final float BOTTOM = 34;
    private static final Color TARGET = new Color(0xb3, 0x26, 0x1e);

    private final Translations translations;
    private final Locale locale;

    MirrorSection(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    void add(Document document, PdfWriter writer, AmbitionMirror mirror) {
        document.add(heading(t("mirror.title")));
        document.add(paragraph(t("mirror.question"), font(12, Font.BOLDITALIC, INK), Element.ALIGN_LEFT));
        var chart = Image.getInstance(chart(writer.getDirectContent(), mirror));
        chart.setAlt(t(
                "mirror.description",
                mirror.quarters().getFirst().quarter(),
                mirror.quarters().getLast().quarter(),
                Formats.number(mirror.targetPct().stripTrailingZeros(), locale)));
        document.add(chart);
        document.add(paragraph(
                t("mirror.target", Formats.number(mirror.targetPct().stripTrailingZeros(), locale)) + " · "
                        + t("mirror.below", mirror.quartersBelowTarget(), withPlans(mirror)),
                font(9, Font.NORMAL, MUTED),
                Element.ALIGN_LEFT));
        document.add(figures(mirror.quarters()));
    }

    private PdfTemplate chart(PdfContentByte canvas, AmbitionMirror mirror) {
        var template = canvas.createTemplate(WIDTH, HEIGHT);
        var font = helvetica();
        float plotWidth = WIDTH - LEFT - 10;
        float plotHeight = HEIGHT - BOTTOM - 10;
        var quarters = mirror.quarters();
        float step = quarters.size() > 1 ? plotWidth / (quarters.size() - 1) : plotWidth;
        // axis and gridlines at 0, 25, 50, 75 and 100 %
        template.setFontAndSize(font, 7);
        template.setLineWidth(0.5f);
        template.setColorStroke(RULE);
        for (int pct = 0; pct <= 100; pct += 25) {
            float y = BOTTOM + plotHeight * pct / 100f;
            template.moveTo(LEFT, y);
            template.lineTo(LEFT + plotWidth, y);
            template.stroke();
            text(template, pct + "%", LEFT - 4, y - 2, Element.ALIGN_RIGHT, MUTED);
        }
        for (int i = 0; i < quarters.size(); i++) {
            if (i % 2 == 0 || quarters.size() <= 8) {
                text(template, quarters.get(i).quarter(), LEFT + i * step, BOTTOM - 12, Element.ALIGN_CENTER, MUTED);
            }
        }
        // the target, dashed
        float targetY = BOTTOM + plotHeight * mirror.targetPct().floatValue() / 100f;
        template.setColorStroke(TARGET);
        template.setLineWidth(1.2f);
        template.setLineDash(4, 3);
        template.moveTo(LEFT, targetY);
        template.lineTo(LEFT + plotWidth, targetY);
        template.stroke();
        template.setLineDash(0);
        // the share, a gap where nothing is planned
        template.setColorStroke(ACCENT);
        template.setColorFill(ACCENT);
        template.setLineWidth(1.8f);
        boolean drawing = false;
        for (int i = 0; i < quarters.size(); i++) {
            var share = quarters.get(i).sharePct();
            if (share == null) {
                drawing = false;
                continue;
            }
            float x = LEFT + i * step;
            float y = BOTTOM + plotHeight * share.floatValue() / 100f;
            if (drawing) {
                template.lineTo(x, y);
            } else {
                template.moveTo(x, y);
                drawing = true;
            }
        }
        template.stroke();
        for (int i = 0; i < quarters.size(); i++) {
            var share = quarters.get(i).sharePct();
            if (share != null) {
                template.circle(LEFT + i * step, BOTTOM + plotHeight * share.floatValue() / 100f, 1.8f);
                template.fill();
            }
        }
        return template;
    }

    private PdfPTable figures(List<RedesignShare> quarters) {
        var table = new PdfPTable(new float[] {1, 1.4f, 1.4f, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (var key : List.of("mirror.quarter", "mirror.planned", "mirror.redesign", "mirror.share")) {
            table.addCell(cell(t(key), font(8.5f, Font.BOLD, MUTED)));
        }
        for (var quarter : quarters) {
            var share = quarter.sharePct();
            table.addCell(cell(quarter.quarter(), font(8.5f, Font.NORMAL, INK)));
            table.addCell(cell(Formats.euros(quarter.totalPlanned(), locale), font(8.5f, Font.NORMAL, INK)));
            table.addCell(cell(Formats.euros(quarter.redesignPlanned(), locale), font(8.5f, Font.NORMAL, INK)));
            table.addCell(cell(
                    share == null ? t("value.none") : Formats.number(share, locale) + "%",
                    font(8.5f, Font.NORMAL, INK)));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(3);
        return cell;
    }

    private static long withPlans(AmbitionMirror mirror) {
        return mirror.quarters().stream().filter(q -> q.sharePct() != null).count();
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
