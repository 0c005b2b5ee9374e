package nl.tweespoor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;

/**
 * Streams rows into a .csv as Excel opens it in the user's language: UTF-8 with a byte order mark, ';' and a decimal
 * comma for Dutch, ',' and a decimal point for English; dates as ISO dates; formula-like text neutralised.
 */
final class CsvWriter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final UnaryOperator<String> translate;
    private final boolean dutch;

    CsvWriter(UnaryOperator<String> translate, Locale locale) {
        this.translate = translate;
        this.dutch = !"en".equals(locale.getLanguage());
    }

    <R> long write(Layout<R> layout, Stream<R> rows, OutputStream out) throws IOException {
        var format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setDelimiter(dutch ? ';' : ',')
                .setRecordSeparator("\r\n")
                .get();
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var printer = format.print(writer);
        var columns = layout.columns();
        var header = new ArrayList<String>(columns.size());
        for (var column : columns) {
            header.add(Neutraliser.forCsv(column.header(translate)));
        }
        printer.printRecord(header);
        long[] count = {0};
        var cells = new ArrayList<String>(columns.size());
        try {
            rows.forEach(row -> {
                cells.clear();
                for (var column : columns) {
                    var value = column.value().apply(row);
                    cells.add(value == null ? "" : cell(column.type(), value));
                }
                try {
                    printer.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
        return count[0];
    }

    private String cell(CellType type, Object value) {
        return switch (type) {
            case TEXT -> Neutraliser.forCsv(value.toString());
            case LABEL -> Neutraliser.forCsv(translate.apply(value.toString()));
            case INTEGER, DECIMAL -> number(Values.number(value).toPlainString());
            case EUR ->
                number(Values.number(value).setScale(2, RoundingMode.HALF_UP).toPlainString());
            case PERCENT -> number(Values.number(value).stripTrailingZeros().toPlainString()) + "%";
            case DATE -> Values.date(value).toString();
            case DATE_TIME -> DATE_TIME.format(Values.dateTime(value));
        };
    }

    /** Plain digits, no thousands separator; the decimal separator Excel expects in the language. */
    private String number(String plain) {
        return dutch ? plain.replace('.', ',') : plain;
    }
}
