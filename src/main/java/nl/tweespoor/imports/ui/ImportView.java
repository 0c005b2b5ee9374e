package nl.tweespoor.imports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.ui.ErrorMessages;
import nl.tweespoor.imports.ImportPreview;
import nl.tweespoor.imports.ImportResult;
import nl.tweespoor.imports.ImportService;
import nl.tweespoor.initiative.RowProblem;
import org.jspecify.annotations.Nullable;

/**
 * Spreadsheets in: pick experiments or programmes, download the template, upload a filled .xlsx or .csv, read the
 * preview (what each row would do and every problem as row, column and message), confirm, and follow the links to
 * the items. Nothing is written before Confirm, which stays disabled while the preview has problems.
 */
@Route("import")
@Menu(title = "menu.import", order = 9.5, icon = "vaadin:upload")
@RolesAllowed({"LEADER", "PROGRAMME_MANAGER"})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final ImportService service;
    private final RadioButtonGroup<Track> track = new RadioButtonGroup<>();
    private final Anchor template = new Anchor();
    private final Div summary = new Div();
    private final Grid<ImportPreview.Row> rows = new Grid<>();
    private final Grid<RowProblem> problems = new Grid<>();
    /** The sheet a problem is on: shown for a workbook, whose budget lines are on a sheet of their own. */
    private final Grid.Column<RowProblem> sheet;

    private final Button confirm = new Button();
    private final Upload upload = new Upload();
    private final Div result = new Div();
    private @Nullable ImportPreview preview;

    public ImportView(ImportService service) {
        this.service = service;
        addClassName("import-view");
        var locale = getLocale();
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")));

        track.setLabel(getTranslation("import.what"));
        track.setItems(Track.PERSONAL, Track.STRATEGIC);
        track.setItemLabelGenerator(t -> getTranslation(t == Track.PERSONAL ? "menu.experiments" : "menu.programmes"));
        track.setValue(Track.PERSONAL);
        track.setId("import-track");
        track.addValueChangeListener(e -> {
            templateFor(e.getValue(), locale);
            clear();
        });
        template.setId("import-template");
        template.getElement().setAttribute("download", true);
        template.addClassName("button-link");
        templateFor(Track.PERSONAL, locale);

        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> previewOf(metadata.fileName(), bytes)))));
        upload.setId("import-upload");
        upload.setUploadButton(new Button(getTranslation("import.choose-file")));
        upload.setDropLabel(new Span(getTranslation("import.drop-file")));
        upload.setAcceptedFileTypes(
                ".xlsx", ".csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.addFileRejectedListener(e -> {
            summary.setText(getTranslation("import.rejected"));
            summary.addClassName("import-refused");
        });
        upload.getElement().setAttribute("aria-label", getTranslation("import.upload"));

        summary.setId("import-summary");
        rows.setId("import-rows");
        // Narrow fixed columns for the row number and the action: the title and the problem get the width.
        rows.addColumn(ImportPreview.Row::row)
                .setHeader(getTranslation("import.row"))
                .setWidth("6rem")
                .setFlexGrow(0);
        rows.addColumn(ImportPreview.Row::title)
                .setHeader(getTranslation("field.title"))
                .setFlexGrow(1);
        rows.addColumn(r -> getTranslation("import.action." + r.action().name()))
                .setHeader(getTranslation("import.action"))
                .setWidth("10rem")
                .setFlexGrow(0);
        rows.setAllRowsVisible(false);
        rows.setHeight("22rem");
        problems.setId("import-problems");
        sheet = problems.addColumn(p -> p.sheet() == null ? "" : p.sheet())
                .setHeader(getTranslation("import.sheet"))
                .setWidth("10rem")
                .setFlexGrow(0);
        problems.addColumn(RowProblem::row)
                .setHeader(getTranslation("import.row"))
                .setWidth("6rem")
                .setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.fieldKey()))
                .setHeader(getTranslation("import.column"))
                .setWidth("16rem")
                .setFlexGrow(0);
        problems.addColumn(p -> ErrorMessages.text(p.error()))
                .setHeader(getTranslation("import.problem"))
                .setFlexGrow(1);
        problems.setHeight("16rem");
        // Long Dutch messages wrap instead of being cut off.
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        confirm.setText(getTranslation("import.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> commit());
        result.setId("import-result");

        add(track, new HorizontalLayout(template), upload, summary, problems, rows, confirm, result);
        clear();
    }

    private void templateFor(Track chosen, java.util.Locale locale) {
        DownloadHandler handler = event -> {
            event.setFileName(getTranslation("import.template-file." + chosen.name()) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (var out = event.getOutputStream()) {
                out.write(service.template(chosen, locale));
            }
        };
        template.setHref(handler);
        template.setText(getTranslation("import.template"));
    }

    private void previewOf(String fileName, byte[] bytes) {
        clear();
        try {
            var checked = service.preview(track.getValue(), fileName, bytes);
            preview = checked;
            var counts = new StringBuilder(
                    getTranslation("import.counts", checked.creates(), checked.updates(), checked.rowsWithProblems()));
            if (!checked.lines().isEmpty()) {
                counts.append(' ')
                        .append(getTranslation(
                                "import.budget-lines", checked.lines().size()));
            }
            if (checked.examples() > 0) {
                counts.append(' ').append(getTranslation("import.examples"));
            }
            summary.setText(counts.toString());
            rows.setItems(lazy(checked.rows()));
            showProblems(checked.problems());
            rows.setVisible(true);
            confirm.setVisible(true);
            confirm.setEnabled(checked.mayCommit());
        } catch (RuntimeException e) {
            summary.setText(ErrorMessages.text(e));
            summary.addClassName("import-refused");
        }
    }

    private void showProblems(List<RowProblem> found) {
        problems.setItems(lazy(found));
        sheet.setVisible(found.stream().anyMatch(p -> p.sheet() != null));
        problems.setVisible(!found.isEmpty());
    }

    /** A grid over a long preview fetches only the rows it shows. */
    private static <T> DataProvider<T, Void> lazy(List<T> items) {
        return DataProvider.fromCallbacks(
                q -> items.stream().skip(q.getOffset()).limit(q.getLimit()), q -> items.size());
    }

    private void commit() {
        var checked = preview;
        if (checked == null) {
            return;
        }
        try {
            show(service.commit(checked), checked);
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
        }
    }

    private void show(ImportResult done, ImportPreview checked) {
        result.removeAll();
        if (!done.written()) {
            result.add(new Paragraph(getTranslation("import.not-written")));
            showProblems(done.problems());
            confirm.setEnabled(false);
            return;
        }
        preview = null;
        confirm.setEnabled(false);
        result.add(new Paragraph(getTranslation("import.written", done.rows().size())));
        Map<Integer, String> titles = new HashMap<>();
        checked.rows().forEach(r -> titles.put(r.row(), r.title()));
        var links = new Div();
        links.addClassName("import-links");
        String path = checked.track() == Track.PERSONAL ? "experiments/" : "programmes/";
        done.rows().stream().limit(50).forEach(r -> {
            var link = new Anchor(path + r.id(), titles.getOrDefault(r.row(), "#" + r.id()));
            links.add(new Div(link));
        });
        if (done.rows().size() > 50) {
            links.add(new Span(getTranslation("import.more", done.rows().size() - 50)));
        }
        result.add(links);
    }

    private void clear() {
        preview = null;
        summary.setText("");
        summary.removeClassName("import-refused");
        rows.setVisible(false);
        problems.setVisible(false);
        confirm.setVisible(false);
        result.removeAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.import");
    }
}
