package nl.tweespoor.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the sheets of an uploaded .xlsx (the first, and a few more for the budget lines), or a .csv, into rows of {@link SheetCell}s, refusing what it must not
 * read: more than {@link #MAX_BYTES}, more than {@link #MAX_ROWS} rows, other file types (an old .xls among them),
 * encrypted or damaged workbooks and zip bombs. A workbook is read with POI's event API (XSSFReader and
 * XSSFSheetXMLHandler over the sheet's XML, shared strings read only), never as a whole DOM; formulas are never
 * evaluated, the value Excel or Calc stored with them is taken.
 */
final class SpreadsheetFiles {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;

    /** Any part of a workbook that inflates more than 100 times its packed size is a zip bomb, not a portfolio. */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** No part of a 10 MB workbook of ours unpacks past this. */
    static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;

    /** Marks a numeric cell's raw value passed through POI's formatter: never found in text a cell can hold. */
    private static final char RAW = '\u0001';

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private SpreadsheetFiles() {}

    /** A workbook reads its first sheet and at most this many more (a budget sheet among them, if any). */
    static final int MAX_MORE_SHEETS = 4;

    /** One more sheet of a workbook, by the name its tab shows. */
    record Sheet(String name, List<SheetRow> rows) {}

    /**
     * What was read: the first sheet's rows (its name; none for a .csv), for a .csv whether it used ';' (the Dutch
     * list separator, so decimal commas), and a workbook's further sheets.
     */
    record Read(
            List<SheetRow> rows,
            boolean decimalComma,
            @Nullable String sheetName,
            List<Sheet> more) {

        Read(List<SheetRow> rows, boolean decimalComma) {
            this(rows, decimalComma, null, List.of());
        }
    }

    static Read read(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new FileRefusedException("import.too-large", MAX_BYTES / (1024 * 1024));
        }
        if (content.length == 0) {
            throw new FileRefusedException("import.empty");
        }
        var magic = FileMagic.valueOf(content);
        var name = fileName.toLowerCase(Locale.ROOT);
        return switch (magic) {
            case OOXML -> xlsx(content);
            case OLE2 -> throw ole2(content);
            default -> {
                if (name.endsWith(".csv") || name.endsWith(".txt")) {
                    yield csv(content);
                }
                throw new FileRefusedException(name.endsWith(".xlsx") ? "import.corrupt" : "import.wrong-type");
            }
        };
    }

    /** An OLE2 file is either an encrypted .xlsx (its EncryptionInfo stream) or an old binary .xls. */
    private static FileRefusedException ole2(byte[] content) {
        try (var fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntry("EncryptionInfo")
                    ? new FileRefusedException("import.encrypted")
                    : new FileRefusedException("import.wrong-type");
        } catch (IOException | RuntimeException e) {
            return new FileRefusedException("import.corrupt");
        }
    }

    private static Read xlsx(byte[] content) {
        java.nio.file.Path file = null;
        try {
            file = Files.createTempFile("import", ".xlsx");
            Files.write(file, content);
            try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                var reader = new XSSFReader(pkg);
                var strings = new ReadOnlySharedStringsTable(pkg, false);
                var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new FileRefusedException("import.corrupt");
                }
                var first = sheet(reader, strings, sheets);
                var firstName = sheets.getSheetName();
                var more = new ArrayList<Sheet>();
                while (sheets.hasNext() && more.size() < MAX_MORE_SHEETS) {
                    var rows = sheet(reader, strings, sheets);
                    more.add(new Sheet(sheets.getSheetName(), rows));
                }
                return new Read(first, false, firstName, more);
            }
        } catch (FileRefusedException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new FileRefusedException("import.encrypted");
        } catch (IOException e) {
            // POI reports a zip bomb as an IOException naming ZipSecureFile's limits.
            var message = String.valueOf(e.getMessage());
            throw new FileRefusedException(
                    message.contains("Zip bomb") || message.contains("inflate") || message.contains("entry size")
                            ? "import.zip-bomb"
                            : "import.corrupt");
        } catch (InvalidFormatException | UnsupportedFileFormatException e) {
            throw new FileRefusedException("import.corrupt");
        } catch (OpenXML4JException
                | SAXException
                | javax.xml.parsers.ParserConfigurationException
                | RuntimeException e) {
            throw zipBombOr(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system's clean-up takes it
                }
            }
        }
    }

    /** The next sheet's rows, streamed: each sheet counts against the row limit on its own. */
    private static List<SheetRow> sheet(
            XSSFReader reader, ReadOnlySharedStringsTable strings, XSSFReader.SheetIterator sheets)
            throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException, InvalidFormatException {
        var rows = new Rows();
        try (InputStream sheet = sheets.next()) {
            var parser = XMLHelper.newXMLReader();
            parser.setContentHandler(
                    new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows, new RawNumbers(), false));
            parser.parse(new InputSource(sheet));
        }
        return rows.rows;
    }

    private static FileRefusedException zipBombOr(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            var message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb")
                    || message.contains("MinInflateRatio")
                    || message.contains("MaxEntrySize")) {
                return new FileRefusedException("import.zip-bomb");
            }
            if (cause instanceof FileRefusedException refused) {
                return refused;
            }
        }
        return new FileRefusedException("import.corrupt");
    }

    /** A .csv in UTF-8 (a byte order mark allowed); ';' or ',' as its header line uses more of. */
    private static Read csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new FileRefusedException("import.not-utf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        var header = end < 0 ? text : text.substring(0, end);
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        var format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setDelimiter(delimiter)
                .get();
        var rows = new Rows();
        try (var parser = format.parse(new StringReader(text))) {
            for (var record : parser) {
                var cells = new ArrayList<SheetCell>(record.size());
                for (var value : record) {
                    cells.add(SheetCell.text(unquoted(value)));
                }
                rows.add((int) record.getRecordNumber(), cells);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new FileRefusedException("import.corrupt-csv");
        }
        return new Read(rows.rows, delimiter == ';');
    }

    /** Our exports put an apostrophe before text a spreadsheet would run as a formula; the import takes it off. */
    static String unquoted(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'') {
            return switch (value.charAt(1)) {
                case '=', '+', '-', '@', '\t', '\r' -> value.substring(1);
                default -> value;
            };
        }
        return value;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Collects rows, counting them against the limit (blank rows and a few header rows not counted). */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<SheetRow> rows = new ArrayList<>();
        private List<SheetCell> current = new ArrayList<>();
        private int filled;

        void add(int number, List<SheetCell> cells) {
            var row = new SheetRow(number, List.copyOf(cells));
            if (row.isBlank()) {
                return;
            }
            if (++filled > MAX_ROWS + SheetTable.HEADER_SEARCH) {
                throw new FileRefusedException("import.too-many-rows", MAX_ROWS);
            }
            rows.add(row);
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            add(rowNum + 1, current);
        }

        @Override
        public void cell(String reference, @Nullable String formatted, @Nullable XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add(SheetCell.EMPTY);
            }
            current.add(cell(formatted == null ? "" : formatted));
        }

        private static SheetCell cell(String value) {
            if (value.isEmpty() || value.charAt(0) != RAW) {
                return SheetCell.text(value);
            }
            char kind = value.charAt(1);
            var number = new BigDecimal(value.substring(2));
            return switch (kind) {
                case 'D' ->
                    new SheetCell(
                            value.substring(2),
                            number,
                            DateUtil.getLocalDateTime(number.doubleValue()).toLocalDate(),
                            false);
                case 'P' -> new SheetCell(value.substring(2), number, null, true);
                default -> new SheetCell(value.substring(2), number, null, false);
            };
        }
    }

    /**
     * POI's sheet handler formats every number cell; this formatter hands back the stored number instead, marked,
     * with whether its format is a date or a percentage, so a value is read as the number it is in any locale.
     */
    private static final class RawNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString) {
            var plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            char kind;
            if (formatString != null
                    && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                kind = 'D';
            } else if (formatString != null && formatString.contains("%")) {
                kind = 'P';
            } else {
                kind = 'N';
            }
            return "" + RAW + kind + plain;
        }
    }
}
