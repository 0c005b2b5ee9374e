package nl.tweespoor.review;

import static nl.tweespoor.review.SlideText.HEIGHT;
import static nl.tweespoor.review.SlideText.INK;
import static nl.tweespoor.review.SlideText.MARGIN;
import static nl.tweespoor.review.SlideText.MUTED;
import static nl.tweespoor.review.SlideText.WIDTH;
import static nl.tweespoor.review.SlideText.box;
import static nl.tweespoor.review.SlideText.fact;
import static nl.tweespoor.review.SlideText.line;
import static nl.tweespoor.review.SlideText.slide;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.springframework.stereotype.Component;

/**
 * The board pack as a PowerPoint (Apache POI XSLF) that leaders present from: a title slide, the executive summary,
 * one slide per chart (a native, editable chart) and one per flagged item. The same {@link BoardPack} and
 * {@link PackCharts} as the PDF, so the two say the same; every text is a text box or placeholder, so all of it can be
 * edited.
 */
@Component
class BoardPackSlides {

    private final Translations translations;

    BoardPackSlides(Translations translations) {
        this.translations = translations;
    }

    byte[] render(BoardPack pack, Locale locale) {
        var charts = new PackCharts(translations, locale).of(pack);
        try (var show = new XMLSlideShow()) {
            show.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            title(show, pack, locale);
            summary(show, pack, charts, locale);
            for (var chart : charts) {
                var slide = slide(show, chart.title());
                ChartSlide.add(show, slide, chart, new Rectangle2D.Double(MARGIN, 100, WIDTH - 2 * MARGIN, 340));
                line(box(slide, MARGIN, 450, WIDTH - 2 * MARGIN, 50), chart.message(), 16, false, INK);
            }
            var items = new ItemSlide(translations, locale);
            pack.agenda().stream().filter(AgendaItem::flagged).forEach(item -> items.add(show, item));
            var out = new ByteArrayOutputStream();
            show.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void title(XMLSlideShow show, BoardPack pack, Locale locale) {
        var review = pack.review();
        var slide = slide(show, t(locale, "pack.title"));
        var box = box(slide, MARGIN, 120, WIDTH - 2 * MARGIN, 300);
        line(box, t(locale, "review.title", review.quarter()), 30, true, INK);
        line(box, pack.organisation(), 20, false, MUTED);
        line(box, t(locale, "pack.date", Formats.day(LocalDate.now(), locale)), 16, false, MUTED);
        line(box, t(locale, "pack.status", t(locale, "review.status." + review.status())), 16, false, MUTED);
    }

    private void summary(XMLSlideShow show, BoardPack pack, List<PackChart> charts, Locale locale) {
        var slide = slide(show, t(locale, "pack.summary"));
        var messages = box(slide, MARGIN, 100, 500, 360);
        charts.forEach(chart -> line(messages, "• " + chart.message(), 15, false, INK));
        var summary = new ExecutiveSummary(translations, locale);
        var facts = box(slide, 580, 100, WIDTH - 580 - MARGIN, 360);
        summary.headlines(pack).forEach(headline -> fact(facts, headline.label(), headline.value(), 13));
        line(box(slide, MARGIN, 470, WIDTH - 2 * MARGIN, 40), summary.evidenceNote(pack), 12, false, MUTED);
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
