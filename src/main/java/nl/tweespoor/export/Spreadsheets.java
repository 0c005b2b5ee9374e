package nl.tweespoor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import nl.tweespoor.base.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Writes a list's rows as a spreadsheet in the user's language. The rows are streamed — a feature's service hands
 * over a stream on a database cursor inside its transaction — so no list is ever held in memory whole.
 */
@Component
public class Spreadsheets {

    private final Translations translations;

    Spreadsheets(Translations translations) {
        this.translations = translations;
    }

    /** Writes the rows in the format; returns how many rows were written (the header not counted). */
    public <R> long write(ExportFormat format, Layout<R> layout, Stream<R> rows, Locale locale, OutputStream out) {
        var language = Translations.supported(locale);
        try {
            return switch (format) {
                case XLSX ->
                    new XlsxWriter(key -> translations.getTranslation(key, language), language)
                            .write(layout, rows, out);
                case CSV ->
                    new CsvWriter(key -> translations.getTranslation(key, language), language).write(layout, rows, out);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The download's file name: the list's name and today's date, e.g. experiments-2026-12-04.xlsx. */
    public static String fileName(String list, ExportFormat format, LocalDate today) {
        return list + "-" + today + "." + format.extension();
    }
}
