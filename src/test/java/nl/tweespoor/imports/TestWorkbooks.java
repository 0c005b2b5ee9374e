package nl.tweespoor.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Generates hand-made-nl.xlsx under src/test/resources/import/ the way another program would save it: plain POI XSSF
 * (the usermodel, not our SXSSF export writer) with the traits of hand-made portfolio sheets (calc-nl.xlsx beside it
 * is saved by LibreOffice Calc itself, see the README there): a title row, merged header cells, Dutch number text, euro
 * and percentage formats, dates as serials and as text, a formula with its cached value and empty trailing rows.
 * Run {@code main} to write them again; the files are committed.
 */
public final class TestWorkbooks {

    private TestWorkbooks() {}

    public static void main(String[] args) throws IOException {
        var folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/import");
        Files.createDirectories(folder);
        try (var out = Files.newOutputStream(folder.resolve("hand-made-nl.xlsx"))) {
            handMadeDutch(out);
        }
    }

    /**
     * Row 1: a title merged over the columns. Rows 2–3: "Titel" and "Afdeling" merged downwards over both header
     * rows, "Planning" merged across the two quarter columns above "Startkwartaal" and "Eindkwartaal". Then three
     * experiments and five empty trailing rows that only carry a style.
     */
    static void handMadeDutch(OutputStream out) throws IOException {
        try (var book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Portfolio");
            var euro = book.createCellStyle();
            euro.setDataFormat(book.createDataFormat().getFormat("\"€\" #.##0,00"));
            var percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            var date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd-mm-yyyy"));

            sheet.createRow(0).createCell(0).setCellValue("AI-portfolio afdeling Klantcontact 2027");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            var groups = sheet.createRow(1);
            groups.createCell(0).setCellValue("Titel");
            groups.createCell(1).setCellValue("Afdeling");
            groups.createCell(2).setCellValue("Planning");
            groups.createCell(4).setCellValue("Geld en resultaat");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 4, 7));
            var header = sheet.createRow(2);
            header.createCell(2).setCellValue("Startkwartaal");
            header.createCell(3).setCellValue("Eindkwartaal");
            header.createCell(4).setCellValue("Geraamde kosten");
            header.createCell(5).setCellValue("Adoptie %");
            header.createCell(6).setCellValue("Tevredenheid (1-5)");
            header.createCell(7).setCellValue("Trekker");

            var first = sheet.createRow(3);
            first.createCell(0).setCellValue("Samenvatten van klantbrieven");
            first.createCell(1).setCellValue("Klantcontact");
            var start = first.createCell(2);
            start.setCellValue(LocalDate.of(2027, 2, 15)); // a date serial
            start.setCellStyle(date);
            first.createCell(3).setCellValue("30-06-2027"); // a date as text
            first.createCell(4).setCellValue("1.234,50"); // Dutch number text
            var adoption = first.createCell(5);
            adoption.setCellValue(0.45); // 45 % as Excel stores it
            adoption.setCellStyle(percent);
            first.createCell(6).setCellValue("4,5");
            first.createCell(7).setCellValue("Noor de Vries");

            var second = sheet.createRow(4);
            second.createCell(0).setCellValue("Notuleren met Copilot");
            second.createCell(1).setCellValue("klantcontact"); // another case
            second.createCell(2).setCellValue("2027-07-01"); // ISO text
            second.createCell(3).setCellValue("2027-Q4");
            var cost = second.createCell(4);
            cost.setCellFormula("1000*2+500"); // a formula; its cached result is what the import takes
            cost.setCellValue(2500);
            cost.setCellStyle(euro);
            second.createCell(5).setCellValue("30%");
            second.createCell(6).setCellValue(3);

            var third = sheet.createRow(5);
            third.createCell(0).setCellValue("=HYPERLINK(\"http://example.org\")"); // text that looks like a formula
            third.createCell(1).setCellValue("Klantcontact");
            third.createCell(3).setCellValue("Q3 2027");
            third.createCell(4).setCellValue(750.25);

            for (int r = 6; r < 11; r++) {
                var empty = sheet.createRow(r);
                empty.createCell(0).setCellStyle(euro);
                empty.createCell(4).setCellValue("");
            }
            book.write(out);
        }
    }
}
