package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 in the browser: "Excel" on /experiments downloads the list as filtered, in the user's language; the page
 * stays free of serious accessibility faults; screenshots in Dutch and English.
 */
class ExportIT extends BrowserTest {

    private static final Path DOWNLOADS = Paths.get("target", "downloads");

    @Test
    void excel_on_the_experiments_downloads_the_filtered_list_in_dutch() throws IOException {
        logIn("viewer");
        page.navigate(url("/experiments?stage=RUNNING"));
        waitForRows("vaadin-grid");
        var excel = page.locator("#experiments-export-xlsx");
        assertThat(excel).hasText("Excel");
        assertThat(page.locator("#experiments-export-csv")).hasText("CSV");
        screenshot("experiments-export-nl");
        assertNoSeriousAccessibilityViolations();

        var file = download(excel, "experiments-nl.xlsx");

        try (var book = new XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = book.getSheetAt(0);
            Assertions.assertThat(sheet.getSheetName()).isEqualTo("Experimenten");
            Assertions.assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Id");
            Assertions.assertThat(sheet.getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Titel");
            Assertions.assertThat(sheet.getLastRowNum()).isPositive();
            Assertions.assertThat(stages(sheet)).containsOnly("Loopt");
        }
    }

    @Test
    void excel_on_the_experiments_downloads_english_headers_for_an_english_user() throws IOException {
        newUser("export-engels", "Export Engels", "VIEWER");
        logIn("export-engels");
        switchToEnglish();
        assertThat(page.locator("vaadin-side-nav")).containsText("Experiments");

        page.navigate(url("/experiments"));
        waitForRows("vaadin-grid");
        screenshot("experiments-export-en");
        assertNoSeriousAccessibilityViolations();

        var file = download(page.locator("#experiments-export-xlsx"), "experiments-en.xlsx");

        try (var book = new XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = book.getSheetAt(0);
            Assertions.assertThat(sheet.getSheetName()).isEqualTo("Experiments");
            Assertions.assertThat(sheet.getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Title");
            Assertions.assertThat(sheet.getLastRowNum()).isGreaterThan(stagesCountOfRunning(sheet));
        }
    }

    @Test
    void csv_under_the_decision_log_downloads_it_in_dutch() throws IOException {
        logIn("viewer");
        page.navigate(url("/reviews"));
        var csv = page.locator("#decision-log-export-csv");
        assertThat(csv).hasText("CSV");
        csv.scrollIntoViewIfNeeded();
        screenshot("decision-log-export-nl");
        assertNoSeriousAccessibilityViolations();

        var download = page.waitForDownload(csv::click);
        Assertions.assertThat(download.suggestedFilename())
                .startsWith("decision-log-")
                .endsWith(".csv");
        Files.createDirectories(DOWNLOADS);
        var file = DOWNLOADS.resolve("decision-log-nl.csv");
        download.saveAs(file);

        var text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        Assertions.assertThat(text).startsWith("\uFEFF");
        var lines = text.substring(1).lines().toList();
        Assertions.assertThat(lines.getFirst()).contains("Besluit").contains(";");
        Assertions.assertThat(lines).hasSizeGreaterThan(1);
    }

    @Test
    void excel_beside_the_budget_lines_downloads_the_years_lines_in_dutch() throws IOException {
        logIn("viewer");
        page.navigate(url("/budget"));
        var excel = page.locator("#budget-lines-export-xlsx");
        assertThat(excel).hasText("Excel");
        assertThat(excel).hasAttribute("aria-label", "Budgetregels: Excel");
        assertThat(page.locator("#budget-rollups-export-csv")).hasAttribute("aria-label", "Budgettotalen: CSV");
        screenshot("budget-export-nl");
        assertNoSeriousAccessibilityViolations();

        var file = download(excel, "budget-lines-", "budget-lines-nl.xlsx");

        try (var book = new XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = book.getSheetAt(0);
            Assertions.assertThat(sheet.getSheetName()).isEqualTo("Budgetregels");
            Assertions.assertThat(sheet.getRow(0).getCell(6).getStringCellValue())
                    .isEqualTo("Gepland");
            Assertions.assertThat(sheet.getLastRowNum())
                    .as("the demo plans this year")
                    .isPositive();
            var year = String.valueOf(java.time.Year.now().getValue());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Assertions.assertThat(sheet.getRow(r).getCell(5).getStringCellValue())
                        .startsWith(year + "-Q");
            }
        }
    }

    @Test
    void csv_beside_a_ranking_downloads_it_in_english() throws IOException {
        newUser("export-rangorde", "Export Rangorde", "VIEWER");
        logIn("export-rangorde");
        switchToEnglish();
        assertThat(page.locator("vaadin-side-nav")).containsText("Priorities");
        page.navigate(url("/priorities"));
        waitForRows("#ranking-strategic");
        var csv = page.locator("#ranking-strategic-export-csv");
        assertThat(csv).hasAttribute("aria-label", "Ranking: Strategic AI: CSV");
        csv.scrollIntoViewIfNeeded();
        screenshot("priorities-export-en");
        assertNoSeriousAccessibilityViolations();

        var file = download(csv, "ranking-strategic-", "ranking-strategic-en.csv");

        var text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        Assertions.assertThat(text).startsWith("\uFEFF");
        var lines = text.substring(1).lines().toList();
        Assertions.assertThat(lines.getFirst())
                .isEqualTo("Position,Item id,Title,Stage,Ambition,Score,Planned this year,Cumulative,Funding");
        Assertions.assertThat(lines.get(1)).startsWith("1,");
    }

    private Path download(Locator link, String name) throws IOException {
        return download(link, "experiments-", name);
    }

    private Path download(Locator link, String prefix, String name) throws IOException {
        var download = page.waitForDownload(link::click);
        Assertions.assertThat(download.suggestedFilename())
                .startsWith(prefix)
                .endsWith(name.substring(name.lastIndexOf('.')));
        Files.createDirectories(DOWNLOADS);
        var file = DOWNLOADS.resolve(name);
        download.saveAs(file);
        return file;
    }

    private static List<String> stages(Sheet sheet) {
        var stages = new ArrayList<String>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            stages.add(sheet.getRow(i).getCell(3).getStringCellValue());
        }
        return stages;
    }

    /** Unfiltered, the list holds more than its running experiments. */
    private static int stagesCountOfRunning(Sheet sheet) {
        return (int) stages(sheet).stream().filter("Running"::equals).count();
    }
}
