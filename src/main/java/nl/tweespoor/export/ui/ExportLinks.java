package nl.tweespoor.export.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.export.Spreadsheets;

/**
 * The "Excel" and "CSV" links of a list view: plain downloads, made when followed, of what the list shows with the
 * filters set at that moment. The view hands over how to write them (its service, which checks the user may).
 */
public class ExportLinks extends HorizontalLayout {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Writes the list in the format and language; the view reads its current filters when called. */
    @FunctionalInterface
    public interface Source {
        void write(ExportFormat format, Locale locale, OutputStream out);
    }

    /** {@code list} names the file (experiments → experiments-2026-12-04.xlsx) and the links' ids. */
    public ExportLinks(String list, Source source) {
        setSpacing(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("export-links");
        // Taken now, in the UI's thread: the download itself runs in a request of its own.
        var locale = getLocale();
        add(link(list, ExportFormat.XLSX, "export.excel", source, locale));
        add(link(list, ExportFormat.CSV, "export.csv", source, locale));
    }

    private Anchor link(String list, ExportFormat format, String key, Source source, Locale locale) {
        DownloadHandler handler = event -> {
            event.setFileName(Spreadsheets.fileName(list, format, LocalDate.now(ZONE)));
            event.setContentType(format.contentType());
            try (var out = event.getOutputStream()) {
                source.write(format, locale, out);
            }
        };
        var link = new Anchor(handler, getTranslation(key));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("title", getTranslation(key + ".title"));
        link.setId(list + "-export-" + format.extension());
        link.addClassName("button-link");
        return link;
    }
}
