package nl.tweespoor.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.DemoRows;
import nl.tweespoor.support.ExportFiles;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 15: the board pack as a PowerPoint, opened with POI as PowerPoint would: a title slide, the summary, a slide
 * per chart with a native chart holding the pack's numbers, and a slide per flagged item, all its text editable.
 */
@WithUserDetails("viewer")
class BoardPackSlidesTest extends DatabaseTest {

    @Autowired
    BoardPackService boardPacks;

    @Autowired
    Translations translations;

    @Autowired
    DSLContext db;

    @Test
    void the_slides_are_title_summary_a_chart_each_and_a_flagged_item_each_with_the_packs_numbers() throws Exception {
        long review = reviewInProgress();
        var pack = boardPacks.gather(review);
        var charts = new PackCharts(translations, Translations.DUTCH).of(pack);
        var flagged = pack.agenda().stream().filter(AgendaItem::flagged).toList();

        try (var show = new XMLSlideShow(new ByteArrayInputStream(boardPacks.pptx(review, Translations.DUTCH)))) {
            var slides = show.getSlides();
            assertThat(flagged).isNotEmpty();
            assertThat(slides).hasSize(2 + charts.size() + flagged.size());
            assertThat(slides.get(0).getTitle()).isEqualTo("Bestuursstukken");
            assertThat(text(slides.get(0)))
                    .contains(pack.organisation())
                    .contains(pack.review().quarter());
            assertThat(slides.get(1).getTitle()).isEqualTo("Samenvatting");
            charts.forEach(chart -> assertThat(text(slides.get(1))).contains(chart.message()));
            for (int c = 0; c < charts.size(); c++) {
                assertThat(slides.get(2 + c).getTitle()).isEqualTo(charts.get(c).title());
            }
            for (int f = 0; f < flagged.size(); f++) {
                var slide = slides.get(2 + charts.size() + f);
                assertThat(slide.getTitle()).isEqualTo(flagged.get(f).title());
                assertThat(flagged.get(f).department()).isNotBlank();
                assertThat(text(slide))
                        .contains(flagged.get(f).department())
                        .contains(flagged.get(f).owner())
                        .contains("Besluit");
            }
            // every slide's text is text: a title placeholder and text boxes, nothing as a picture
            slides.forEach(slide -> assertThat(slide.getShapes())
                    .filteredOn(XSLFTextShape.class::isInstance)
                    .hasSizeGreaterThanOrEqualTo(2));

            // the native charts hold the pack's numbers: the budget per track and the decisions by kind
            assertThat(show.getCharts()).hasSize(charts.size());
            var budget = chartOf(slides.get(2)).getChartSeries().getFirst();
            var tracks = pack.figures().tracks();
            assertThat(IntStream.range(0, tracks.size())
                            .mapToObj(i -> budget.getSeries(0)
                                    .getValuesData()
                                    .getPointAt(i)
                                    .doubleValue()))
                    .containsExactlyElementsOf(
                            tracks.stream().map(t -> t.planned().doubleValue()).toList());
            var decisions =
                    chartOf(slides.get(2 + 3)).getChartSeries().getFirst().getSeries(0);
            for (var kind : Decision.values()) {
                assertThat(decisions.getCategoryData().getPointAt(kind.ordinal()))
                        .isEqualTo(translations.getTranslation("decision." + kind.name(), Translations.DUTCH));
                assertThat(decisions.getValuesData().getPointAt(kind.ordinal()).longValue())
                        .isEqualTo(pack.decisionCounts().getOrDefault(kind.name(), 0L));
            }
            // and in the chart's own workbook, which PowerPoint's "Edit data" opens: editable, not a picture
            var sheet = chartOf(slides.get(2 + 3)).getWorkbook().getSheetAt(0);
            for (var kind : Decision.values()) {
                var row = sheet.getRow(1 + kind.ordinal());
                assertThat(row.getCell(0).getStringCellValue())
                        .isEqualTo(translations.getTranslation("decision." + kind.name(), Translations.DUTCH));
                assertThat((long) row.getCell(1).getNumericCellValue())
                        .isEqualTo(pack.decisionCounts().getOrDefault(kind.name(), 0L));
            }
            draw(slides.get(1), "board-pack-slide-summary.png");
            draw(slides.get(2 + charts.size()), "board-pack-slide-item.png");
        }
        assertThat(ExportFiles.lastExportEvent(db).getSummary())
                .startsWith("board-pack exported as PPTX, " + pack.agenda().size() + " rows");
    }

    @Test
    void the_slides_speak_english_to_an_english_reader() throws IOException {
        try (var show =
                new XMLSlideShow(new ByteArrayInputStream(boardPacks.pptx(reviewInProgress(), Locale.ENGLISH)))) {
            assertThat(show.getSlides().get(0).getTitle()).isEqualTo("Board pack");
            assertThat(show.getSlides().get(1).getTitle()).isEqualTo("Summary");
            assertThat(show.getSlides().get(2).getTitle()).isEqualTo("Budget per track against the envelope");
            assertThat(text(show.getSlides().get(2))).contains("tracks");
        }
    }

    private static XSLFChart chartOf(XSLFSlide slide) {
        return slide.getRelations().stream()
                .filter(XSLFChart.class::isInstance)
                .map(XSLFChart.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static String text(XSLFSlide slide) {
        var text = new StringBuilder();
        slide.getShapes().stream()
                .filter(XSLFTextShape.class::isInstance)
                .map(XSLFTextShape.class::cast)
                .forEach(shape -> text.append(shape.getText()).append('\n'));
        return text.toString();
    }

    /** A slide as a picture under target/screenshots, to look at. */
    private static void draw(XSLFSlide slide, String name) throws IOException {
        var size = slide.getSlideShow().getPageSize();
        var image = new BufferedImage(size.width * 2, size.height * 2, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setPaint(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.scale(2, 2);
        slide.draw(graphics);
        graphics.dispose();
        var file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private long reviewInProgress() {
        return DemoRows.reviewInProgress(db);
    }
}
