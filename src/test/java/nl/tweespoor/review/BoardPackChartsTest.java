package nl.tweespoor.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.DemoRows;
import nl.tweespoor.support.ExportFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 15: the board pack opens with an executive summary and a contents list with page numbers, draws its charts
 * (rendered with PDFBox, which reads the PDF as any viewer does) and carries the organisation and page number on every
 * page but the cover.
 */
@WithUserDetails("viewer")
class BoardPackChartsTest extends DatabaseTest {

    @Autowired
    BoardPackService boardPacks;

    @Autowired
    Translations translations;

    @Autowired
    DSLContext db;

    @Test
    void the_summary_comes_first_with_each_charts_key_message_then_the_contents_with_the_page_of_each_chart()
            throws IOException {
        long review = reviewInProgress();
        var charts = new PackCharts(translations, Translations.DUTCH).of(boardPacks.gather(review));
        var pages = pages(boardPacks.pdf(review, Translations.DUTCH));

        assertThat(charts).hasSize(5);
        assertThat(pages.get(1))
                .startsWith("Samenvatting")
                .contains("Besproken items")
                .contains("Vrijgekomen budget");
        for (var chart : charts) {
            assertThat(oneLine(pages.get(1))).contains(chart.message());
        }
        assertThat(pages.get(2)).startsWith("Inhoud");
        for (var chart : charts) {
            int page = firstPageWith(pages, chart.title(), 3);
            assertThat(page).as(chart.title()).isGreaterThan(3);
            assertThat(pages.get(2)).containsPattern(Pattern.quote(chart.title()) + "\\s+" + page + "\\R");
        }
        assertThat(pages.get(2)).containsPattern("Samenvatting\\s+2\\R");
        assertThat(pages.get(2)).containsPattern("Grafieken\\s+4\\R");
        int items = firstPageStartingWith(pages, "Besproken items");
        assertThat(pages.get(2)).containsPattern("Besproken items \\(\\d+\\)\\s+" + items + "\\R");
    }

    @Test
    void every_page_but_the_cover_names_the_organisation_and_its_number() throws IOException {
        long review = reviewInProgress();
        var organisation = boardPacks.gather(review).organisation();
        var pages = pages(boardPacks.pdf(review, Locale.ENGLISH));

        assertThat(pages).hasSizeGreaterThan(4);
        assertThat(pages.getFirst()).contains(organisation).doesNotContainPattern("(?m)^1$");
        for (int p = 1; p < pages.size(); p++) {
            assertThat(pages.get(p))
                    .as("page " + (p + 1))
                    .contains(organisation)
                    .containsPattern("(?m)(^|\\s)" + (p + 1) + "\\s*$");
        }
        assertThat(pages.get(1)).startsWith("Summary");
        assertThat(pages.get(2))
                .startsWith("Contents")
                .contains("Charts")
                .contains("Budget per track against the envelope");
    }

    @Test
    void the_chart_pages_are_drawn_with_bars_and_their_values_and_the_download_is_audited() throws IOException {
        long review = reviewInProgress();
        var pack = boardPacks.gather(review);
        var pdf = boardPacks.pdf(review, Translations.DUTCH);

        assertThat(ExportFiles.lastExportEvent(db).getSummary())
                .startsWith("board-pack exported as PDF, " + pack.agenda().size() + " rows");
        var pages = pages(pdf);
        int chartPage = firstPageWith(pages, "Budget per spoor tegenover de envelop", 3);
        var budget = new PackCharts(translations, Translations.DUTCH).of(pack).getFirst();
        for (var series : budget.series()) {
            assertThat(pages.get(chartPage - 1)).contains(series.name());
            series.labels()
                    .forEach(label -> assertThat(pages.get(chartPage - 1)).contains(label));
        }
        try (var document = Loader.loadPDF(pdf)) {
            var image = new PDFRenderer(document).renderImageWithDPI(chartPage - 1, 100);
            save(image, "board-pack-charts-nl.png");
            save(new PDFRenderer(document).renderImageWithDPI(1, 100), "board-pack-summary-nl.png");
            save(new PDFRenderer(document).renderImageWithDPI(2, 100), "board-pack-contents-nl.png");
            // the bars' blue (Okabe–Ito) is used for nothing but the charts: text is ink and grey
            assertThat(pixelsLike(image, ChartDrawing.COLOURS.getFirst().getRGB()))
                    .as("blue bar pixels on the chart page")
                    .isGreaterThan(2000);
            var cover = new PDFRenderer(document).renderImageWithDPI(0, 100);
            assertThat(pixelsLike(cover, ChartDrawing.COLOURS.getFirst().getRGB()))
                    .isZero();
        }
    }

    /** A rendered page under target/screenshots, to look at. */
    private static void save(BufferedImage image, String name) throws IOException {
        var file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static long pixelsLike(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int pixel = image.getRGB(x, y);
                if (close(pixel >> 16, rgb >> 16) && close(pixel >> 8, rgb >> 8) && close(pixel, rgb)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean close(int a, int b) {
        return Math.abs((a & 0xff) - (b & 0xff)) < 24;
    }

    private static int firstPageWith(List<String> pages, String text, int from) {
        for (int p = from; p < pages.size(); p++) {
            if (pages.get(p).contains(text)) {
                return p + 1;
            }
        }
        return -1;
    }

    private static int firstPageStartingWith(List<String> pages, String heading) {
        for (int p = 3; p < pages.size(); p++) {
            if (pages.get(p).startsWith(heading)) {
                return p + 1;
            }
        }
        return -1;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The text of each page, as PDFBox extracts it. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            var pages = new ArrayList<String>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document).replace("\r\n", "\n"));
            }
            return pages;
        }
    }

    private long reviewInProgress() {
        return DemoRows.reviewInProgress(db);
    }
}
