package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Year;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, import in the browser: a leader downloads the template, fills it in (two items, two budget lines),
 * uploads it, reads the preview, confirms and finds the items and their budget lines on the item page; a file with problems shows them per row and column and Confirm stays off. Axe-clean,
 * screenshots in Dutch and English.
 */
class ImportIT extends BrowserTest {

    private static final Path FILES = Paths.get("target", "downloads");
    private static final int YEAR = Year.now().getValue();

    @Test
    void a_leader_fills_in_the_template_previews_it_confirms_and_finds_the_items() throws IOException {
        logIn("leader");
        page.navigate(url("/import"));
        assertThat(page.locator("vaadin-side-nav")).containsText("Importeren");
        assertThat(page.locator("#import-template")).hasText("Sjabloon downloaden (Excel)");
        screenshot("import-nl");
        assertNoSeriousAccessibilityViolations();

        var download =
                page.waitForDownload(() -> page.locator("#import-template").click());
        Assertions.assertThat(download.suggestedFilename()).isEqualTo("sjabloon-experimenten.xlsx");
        Files.createDirectories(FILES);
        var template = FILES.resolve("sjabloon-experimenten.xlsx");
        download.saveAs(template);
        var filled = FILES.resolve("ingevuld.xlsx");
        try (var book = new XSSFWorkbook(Files.newInputStream(template))) {
            var sheet = book.getSheetAt(0);
            sheet.getRow(1).getCell(0).setCellValue("IT-001");
            sheet.getRow(1).getCell(1).setCellValue("Importtest: brieven samenvatten");
            var second = sheet.createRow(2);
            second.createCell(1).setCellValue("Importtest: notuleren");
            second.createCell(2).setCellValue(sheet.getRow(1).getCell(2).getStringCellValue());
            second.createCell(7).setCellValue("Herontwerpen");
            // Two budget lines for the first item, in this year's quarters (the item page shows this year first):
            // the example line overwritten and one more.
            var budget = book.getSheet("Budgetregels");
            budget.getRow(1).getCell(0).setCellValue("IT-001");
            budget.getRow(1).getCell(2).setCellValue(YEAR + "-Q3");
            budget.getRow(1).getCell(3).setCellValue(1500);
            var line = budget.createRow(2);
            line.createCell(0).setCellValue("IT-001");
            line.createCell(2).setCellValue("Q4 " + YEAR);
            line.createCell(3).setCellValue("2.750,00");
            line.createCell(4).setCellValue(125);
            try (var out = Files.newOutputStream(filled)) {
                book.write(out);
            }
        }

        page.locator("#import-upload input[type=file]").setInputFiles(filled);

        assertThat(page.locator("#import-summary"))
                .hasText("2 nieuw, 0 bij te werken, 0 rijen met problemen. 2 budgetregels.");
        waitForRows("#import-rows");
        assertThat(page.locator("#import-rows")).containsText("Importtest: notuleren");
        assertThat(page.locator("#import-confirm")).isEnabled();
        screenshot("import-preview-nl");
        assertNoSeriousAccessibilityViolations();

        page.locator("#import-confirm").click();

        assertThat(page.locator("#import-result")).containsText("2 items geïmporteerd.");
        var withBudget = page.locator(
                        "#import-result a",
                        new com.microsoft.playwright.Page.LocatorOptions()
                                .setHasText("Importtest: brieven samenvatten"))
                .getAttribute("href");
        page.locator(
                        "#import-result a",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Importtest: notuleren"))
                .click();
        assertThat(page.locator("h2").first()).containsText("Importtest: notuleren");

        page.navigate(url("/" + withBudget));
        assertThat(page.locator("h2").first()).containsText("Importtest: brieven samenvatten");
        assertThat(page.getByLabel("Gepland " + YEAR + "-Q3")).hasValue(Pattern.compile("1[.]?500([,.]00)?"));
        assertThat(page.getByLabel("Gepland " + YEAR + "-Q4")).hasValue(Pattern.compile("2[.]?750([,.]00)?"));
        assertThat(page.getByLabel("Werkelijk " + YEAR + "-Q4")).hasValue(Pattern.compile("125([,.]00)?"));
        page.locator(".item-budget").scrollIntoViewIfNeeded();
        screenshot("import-budget-lines-nl");
    }

    @Test
    void problems_show_per_row_and_column_in_english_and_confirm_stays_off() throws IOException {
        newUser("import-engels", "Import Engels", "LEADER");
        logIn("import-engels");
        switchToEnglish();
        assertThat(page.locator("vaadin-side-nav")).containsText("Experiments");
        page.navigate(url("/import"));
        Files.createDirectories(FILES);
        var csv = FILES.resolve("problems.csv");
        Files.writeString(
                csv,
                "Title,Department,Ambition,Satisfaction\n"
                        + "Good one,IT,Optimise,4\n"
                        + "Too happy,IT,Optimise,6\n"
                        + "Nowhere,Atlantis,Optimise,\n",
                StandardCharsets.UTF_8);

        page.locator("#import-upload input[type=file]").setInputFiles(csv);

        assertThat(page.locator("#import-summary")).hasText("1 to create, 0 to update, 2 rows with problems.");
        waitForRows("#import-problems");
        var problems = page.locator("#import-problems");
        assertThat(problems).containsText("Satisfaction (1–5) must be between 1 and 5.");
        assertThat(problems).containsText("There is no department 'Atlantis'.");
        assertThat(page.locator("#import-confirm")).isDisabled();
        screenshot("import-problems-en");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void a_bad_budget_line_is_shown_on_its_sheet_row_and_column() throws IOException {
        logIn("leader");
        page.navigate(url("/import"));
        Files.createDirectories(FILES);
        var file = FILES.resolve("budgetfout.xlsx");
        try (var book = new XSSFWorkbook()) {
            var items = book.createSheet("Experimenten");
            var head = items.createRow(0);
            var item = items.createRow(1);
            var columns = new String[][] {
                {"Referentie", "BF-1"},
                {"Titel", "Importtest: budgetfout"},
                {"Afdeling", "IT"},
                {"Ambitie", "Herontwerpen"}
            };
            for (int c = 0; c < columns.length; c++) {
                head.createCell(c).setCellValue(columns[c][0]);
                item.createCell(c).setCellValue(columns[c][1]);
            }
            var lines = book.createSheet("Budgetregels");
            var header = lines.createRow(0);
            var names = new String[] {"Referentie", "Kwartaal", "Gepland", "Werkelijk"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            var line = lines.createRow(1);
            line.createCell(0).setCellValue("BF-1");
            line.createCell(1).setCellValue(YEAR + "-Q1");
            line.createCell(2).setCellValue(-250);
            var unknown = lines.createRow(2);
            unknown.createCell(0).setCellValue("BF-2");
            unknown.createCell(1).setCellValue(YEAR + "-Q2");
            unknown.createCell(2).setCellValue(100);
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }

        page.locator("#import-upload input[type=file]").setInputFiles(file);

        assertThat(page.locator("#import-summary")).hasText("1 nieuw, 0 bij te werken, 2 rijen met problemen.");
        waitForRows("#import-problems");
        var problems = page.locator("#import-problems");
        assertThat(problems).containsText("Budgetregels");
        assertThat(problems).containsText("Bedrag kan niet negatief zijn.");
        assertThat(problems).containsText("Geen rij op het eerste blad heeft Id, referentie of titel 'BF-2'.");
        assertThat(page.locator("#import-confirm")).isDisabled();
        screenshot("import-budget-problems-nl");
        assertNoSeriousAccessibilityViolations();
    }
}
