package nl.tweespoor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams rows into an .xlsx with Apache POI's SXSSF: only the last {@link #WINDOW} rows stay in memory, the rest go
 * to a compressed temporary file. Typed cells, a bold frozen header row, an autofilter, widths set from header and
 * type (autoSizeColumn would need every row in memory).
 */
final class XlsxWriter {

    /** Rows kept in memory while writing. */
    static final int WINDOW = 100;

    private static final int MAX_CELL_TEXT = 32_767;

    private final UnaryOperator<String> translate;
    private final boolean dutch;

    XlsxWriter(UnaryOperator<String> translate, Locale locale) {
        this.translate = translate;
        this.dutch = !"en".equals(locale.getLanguage());
    }

    <R> long write(Layout<R> layout, Stream<R> rows, OutputStream out) throws IOException {
        var workbook = new SXSSFWorkbook(WINDOW);
        try {
            long count = fill(workbook, layout, rows);
            workbook.write(out);
            return count;
        } finally {
            workbook.close(); // also removes the temporary file
        }
    }

    /** Writes the header and rows into the workbook's one sheet; returns the number of rows (the header not counted). */
    <R> long fill(SXSSFWorkbook workbook, Layout<R> layout, Stream<R> rows) {
        workbook.setCompressTempFiles(true);
        var styles = new Styles(workbook);
        var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(translate.apply(layout.sheetKey())));
        var columns = layout.columns();
        var header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            var title = column.header(translate);
            var cell = header.createCell(i);
            cell.setCellValue(title);
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(
                    i, Math.min(255, Math.max(title.length() + 3, column.type().width())) * 256);
        }
        sheet.createFreezePane(0, 1);
        long[] count = {0};
        rows.forEach(row -> {
            var line = sheet.createRow((int) ++count[0]);
            for (int i = 0; i < columns.size(); i++) {
                var column = columns.get(i);
                var value = column.value().apply(row);
                if (value != null) {
                    write(line.createCell(i), column.type(), value, styles);
                }
            }
        });
        sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(count[0], 1), 0, columns.size() - 1));
        return count[0];
    }

    private void write(Cell cell, CellType type, Object value, Styles styles) {
        switch (type) {
            case TEXT -> text(cell, value.toString(), styles);
            case LABEL -> text(cell, translate.apply(value.toString()), styles);
            case INTEGER, DECIMAL -> cell.setCellValue(Values.number(value).doubleValue());
            case EUR -> cell.setCellValue(Values.number(value).doubleValue());
            case PERCENT ->
                cell.setCellValue(Values.number(value).movePointLeft(2).doubleValue());
            case DATE -> cell.setCellValue(Values.date(value));
            case DATE_TIME -> cell.setCellValue(Values.dateTime(value));
        }
        var style = styles.byType.get(type);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Always a string cell, never a formula; text a spreadsheet would evaluate is marked as text (quote prefix). */
    private static void text(Cell cell, String text, Styles styles) {
        cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
        if (Neutraliser.looksLikeFormula(text)) {
            cell.setCellStyle(styles.quoted);
        }
    }

    /** The workbook's few shared styles (a style per cell would grow the file and hit Excel's limit). */
    private final class Styles {
        final CellStyle header;
        final CellStyle quoted;
        final Map<CellType, CellStyle> byType = new EnumMap<>(CellType.class);

        Styles(SXSSFWorkbook workbook) {
            var bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            var format = workbook.createDataFormat();
            byType.put(CellType.INTEGER, style(workbook, format.getFormat("#,##0")));
            byType.put(CellType.EUR, style(workbook, format.getFormat("\"€\" #,##0.00;\"€\" -#,##0.00")));
            byType.put(CellType.PERCENT, style(workbook, format.getFormat("0.0%")));
            byType.put(CellType.DATE, style(workbook, format.getFormat(dutch ? "dd-mm-yyyy" : "yyyy-mm-dd")));
            byType.put(
                    CellType.DATE_TIME,
                    style(workbook, format.getFormat(dutch ? "dd-mm-yyyy hh:mm:ss" : "yyyy-mm-dd hh:mm:ss")));
        }

        private static CellStyle style(SXSSFWorkbook workbook, short format) {
            var style = workbook.createCellStyle();
            style.setDataFormat(format);
            return style;
        }
    }

    /** For tests: the sheet a workbook was filled into. */
    static SXSSFSheet sheet(SXSSFWorkbook workbook) {
        return workbook.getSheetAt(0);
    }
}
