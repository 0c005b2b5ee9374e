package nl.tweespoor.export.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.export.Spreadsheets;
import org.jspecify.annotations.Nullable;

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
        this(list, null, source);
    }

    /**
     * Links with a caption before them, for a page that offers more than one list ("Budget lines: Excel CSV"); each
     * link's accessible name then says which list it downloads.
     */
    public ExportLinks(String list, @Nullable String captionKey, Source source) {
        setSpacing(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("export-links");
        String caption = null;
        if (captionKey != null) {
            caption = getTranslation(captionKey);
            add(new Span(caption + ":"));
        }
        // Taken now, in the UI's thread: the download itself runs in a request of its own.
        var locale = getLocale();
        add(link(list, ExportFormat.XLSX, "export.excel", source, locale));
        add(link(list, ExportFormat.CSV, "export.csv", source, locale));
        if (caption != null) {
            nameAfter(caption);
        }
    }

    /**
     * Gives each link an accessible name that says which list it downloads ("Ranking: Personal AI: Excel"), for a
     * page with more than one list whose links sit beside the list's own heading rather than under a caption.
     */
    public ExportLinks nameAfter(String listName) {
        getChildren()
                .filter(Anchor.class::isInstance)
                .map(Anchor.class::cast)
                .forEach(link -> link.getElement().setAttribute("aria-label", listName + ": " + link.getText()));
        return this;
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
