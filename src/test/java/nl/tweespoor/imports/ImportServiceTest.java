package nl.tweespoor.imports;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.initiative.InitiativeFilter;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.initiative.RowProblem;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.ExportFiles;
import org.apache.commons.csv.CSVFormat;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 14, import: a preview checks every row with the initiative rules and writes nothing; a commit writes all rows
 * or none; a re-import updates instead of duplicating; an export comes back as it went out. Not @Transactional: the
 * preview's rollback and the commit's all-or-nothing must be seen as the database keeps them (the class has its own
 * copy of the demo database; each test counts relative to what it finds).
 */
class ImportServiceTest extends DatabaseTest {

    static final String HEADER = "Titel;Afdeling;Ambitie;Tevredenheid;Startkwartaal;Eindkwartaal;Fase;Eigenaar\n";

    @Autowired
    ImportService imports;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void a_preview_names_each_bad_row_and_column_and_writes_nothing() {
        int before = db.fetchCount(INITIATIVE);
        var csv = HEADER
                + "Goed experiment;IT;Optimaliseren;4;2027-Q1;2027-Q2;;\n"
                + "Onbekende afdeling;Toverkunst;Optimaliseren;;;;;\n"
                + "Te tevreden;IT;Optimaliseren;6;;;;\n"
                + "Achterstevoren;IT;Optimaliseren;;2027-Q3;2027-Q1;;\n"
                + ";IT;Optimaliseren;;;;;\n"
                + "Vreemde fase;IT;Optimaliseren;;;;Betoverd;\n"
                + "Starten zonder hypothese;IT;Optimaliseren;;2027-Q1;2027-Q2;Loopt;\n";

        var preview = imports.preview(Track.PERSONAL, "portfolio.csv", bytes(csv));

        assertThat(preview.problems())
                .as(problems(preview))
                .extracting(
                        RowProblem::row, RowProblem::fieldKey, p -> p.error().messageKey())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "field.department", "import.unknown-department"),
                        org.assertj.core.groups.Tuple.tuple(4, "field.satisfaction", "validation.between"),
                        org.assertj.core.groups.Tuple.tuple(5, "field.end-quarter", "validation.end-before-start"),
                        org.assertj.core.groups.Tuple.tuple(6, "field.title", "validation.title-required"),
                        org.assertj.core.groups.Tuple.tuple(7, "field.stage", "import.unknown-value"),
                        org.assertj.core.groups.Tuple.tuple(8, "field.hypothesis", "stage.missing-to-start"));
        assertThat(preview.creates()).isEqualTo(1);
        assertThat(preview.mayCommit()).isFalse();
        assertThat(db.fetchCount(INITIATIVE)).as("nothing written").isEqualTo(before);
        assertThat(new Translations()
                        .getTranslation(
                                preview.problems().get(1).error().messageKey(),
                                Locale.ENGLISH,
                                "Satisfaction (1–5)",
                                1,
                                5))
                .isEqualTo("Satisfaction (1–5) must be between 1 and 5.");
        assertThatThrownBy(() -> imports.commit(preview)).hasMessageContaining("import.fix-problems-first");
    }

    @Test
    @WithUserDetails("leader")
    void a_clean_file_commits_every_row_in_one_go_each_audited_as_imported_with_the_file_name() {
        var csv = HEADER
                + "Klantbrieven samenvatten;IT;Optimaliseren;4,5;1-1-2027;30-6-2027;;Mark de Vries\n"
                + "Notuleren;Finance;Herontwerpen;;;;;\n";

        var preview = imports.preview(Track.PERSONAL, "portfolio-q1.csv", bytes(csv));
        assertThat(preview.problems()).as(problems(preview)).isEmpty();
        var result = imports.commit(preview);

        assertThat(result.written()).isTrue();
        assertThat(result.rows()).hasSize(2);
        var first = stored(result.rows().get(0).id());
        assertThat(first.getTitle()).isEqualTo("Klantbrieven samenvatten");
        assertThat(first.getStage()).isEqualTo(Stage.PROPOSED);
        assertThat(first.getSatisfaction()).isEqualByComparingTo("4.5");
        assertThat(first.getStartQuarter()).isEqualTo("2027-Q1");
        assertThat(first.getOwnerId()).isEqualTo(userId("manager"));
        assertThat(stored(result.rows().get(1).id()).getOwnerId())
                .as("no owner named: the importer")
                .isEqualTo(userId("leader"));
        var events = db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.KIND.eq("IMPORTED"))
                .and(AUDIT_EVENT.INITIATIVE_ID.in(
                        result.rows().get(0).id(), result.rows().get(1).id()))
                .fetch();
        assertThat(events)
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.getSummary()).contains("imported from portfolio-q1.csv"));
    }

    @Test
    @WithUserDetails("leader")
    void one_bad_row_among_five_thousand_writes_nothing() {
        int before = db.fetchCount(INITIATIVE);
        var csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 5_000; i++) {
            csv.append("Experiment ")
                    .append(i)
                    .append(";IT;Optimaliseren;")
                    .append(i == 2_500 ? "9" : "3")
                    .append(";;;;\n");
        }

        var preview = imports.preview(Track.PERSONAL, "groot.csv", bytes(csv.toString()));

        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2_501);
            assertThat(p.fieldKey()).isEqualTo("field.satisfaction");
        });
        assertThat(preview.creates()).isEqualTo(4_999);
        assertThat(preview.mayCommit()).isFalse();
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("leader")
    void a_re_import_of_an_export_updates_every_item_and_duplicates_none() {
        int before = db.fetchCount(INITIATIVE);
        var exported = export(InitiativeFilter.of(Track.PERSONAL), ExportFormat.XLSX, Locale.ENGLISH);
        var items = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL))
                .orderBy(INITIATIVE.ID)
                .fetch();

        assertThat(items)
                .as("the demo's experiments explore programmes, which the export names")
                .anySatisfy(item -> assertThat(item.getExploresProgrammeId()).isNotNull());

        var preview = imports.preview(Track.PERSONAL, "experiments.xlsx", exported);
        assertThat(preview.problems()).as(problems(preview)).isEmpty();
        assertThat(preview.updates()).isEqualTo(items.size());
        assertThat(preview.creates()).isZero();
        var result = imports.commit(preview);

        assertThat(result.written()).as(result.problems().toString()).isTrue();
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(before);
        for (var item : items) {
            var now = stored(item.getId());
            assertSameItem(now, item);
            assertThat(now.getVersion()).isEqualTo(item.getVersion() + 1);
        }
    }

    @Test
    @WithUserDetails("leader")
    void
            exported_items_imported_without_their_ids_come_back_as_new_items_with_the_same_fields_neutralised_text_clean() {
        var running = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL).and(INITIATIVE.STAGE.eq(Stage.RUNNING)))
                .orderBy(INITIATIVE.ID)
                .fetch();
        db.update(INITIATIVE)
                .set(INITIATIVE.DESCRIPTION, "=HYPERLINK(\"http://evil.example\")")
                .where(INITIATIVE.ID.eq(running.getFirst().getId()))
                .execute();
        running.getFirst().setDescription("=HYPERLINK(\"http://evil.example\")");
        var filter = new InitiativeFilter(Track.PERSONAL, null, null, Stage.RUNNING, null);
        var csv = withoutFirstColumn(export(filter, ExportFormat.CSV, Translations.DUTCH));
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("'=HYPERLINK");

        var preview = imports.preview(Track.PERSONAL, "experimenten.csv", csv);
        assertThat(preview.problems()).as(problems(preview)).isEmpty();
        assertThat(preview.creates()).isEqualTo(running.size());
        var result = imports.commit(preview);

        assertThat(result.written()).isTrue();
        for (int i = 0; i < running.size(); i++) {
            var copy = stored(result.rows().get(i).id());
            assertThat(copy.getId()).isNotEqualTo(running.get(i).getId());
            assertSameItem(copy, running.get(i));
        }
    }

    @Test
    @WithUserDetails("leader")
    void programmes_exported_come_back_with_their_fields() {
        var filter = new InitiativeFilter(Track.STRATEGIC, null, null, Stage.IDEA, null);
        var ideas = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.STRATEGIC).and(INITIATIVE.STAGE.eq(Stage.IDEA)))
                .orderBy(INITIATIVE.ID)
                .fetch();
        assertThat(ideas).isNotEmpty();
        var csv = withoutFirstColumn(export(filter, ExportFormat.CSV, Locale.ENGLISH));

        var preview = imports.preview(Track.STRATEGIC, "programmes.csv", csv);
        assertThat(preview.problems()).as(problems(preview)).isEmpty();
        var result = imports.commit(preview);

        for (int i = 0; i < ideas.size(); i++) {
            assertSameItem(stored(result.rows().get(i).id()), ideas.get(i));
        }
    }

    @Test
    @WithUserDetails("leader")
    void a_reference_column_makes_a_second_import_update_what_the_first_created() {
        var csv = "Referentie;Titel;Afdeling;Ambitie\nREF-TEST-7;Chatbot polisvragen;IT;Optimaliseren\n";
        var first = imports.commit(imports.preview(Track.PERSONAL, "lijst.csv", bytes(csv)));
        long id = first.rows().getFirst().id();

        var again = imports.preview(
                Track.PERSONAL, "lijst.csv", bytes(csv.replace("Chatbot polisvragen", "Chatbot voor polisvragen")));
        assertThat(again.updates()).isEqualTo(1);
        assertThat(again.rows().getFirst().itemId()).isEqualTo(id);
        imports.commit(again);

        assertThat(stored(id).getTitle()).isEqualTo("Chatbot voor polisvragen");
        assertThat(stored(id).getExternalRef()).isEqualTo("REF-TEST-7");
    }

    @Test
    @WithUserDetails("leader")
    void an_item_changed_after_the_preview_stops_the_whole_commit() {
        var item = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle();
        int before = db.fetchCount(INITIATIVE);
        var csv = "Id;Titel;Afdeling;Ambitie\n"
                + item.getId() + ";Nieuwe titel;IT;Optimaliseren\n"
                + ";Nieuw experiment;IT;Optimaliseren\n";
        var preview = imports.preview(Track.PERSONAL, "lijst.csv", bytes(csv));
        assertThat(preview.mayCommit()).isTrue();

        db.update(INITIATIVE)
                .set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1))
                .where(INITIATIVE.ID.eq(item.getId()))
                .execute();
        var result = imports.commit(preview);

        assertThat(result.written()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.error().messageKey()).isEqualTo("error.concurrent-edit");
        });
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(before);
        assertThat(stored(item.getId()).getTitle()).isEqualTo(item.getTitle());
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_imports_only_items_they_will_own() {
        var csv = HEADER
                + "Mijn experiment;IT;Optimaliseren;;;;;Mark de Vries\n"
                + "Zonder eigenaar;IT;Optimaliseren;;;;;\n"
                + "Voor een ander;IT;Optimaliseren;;;;;Lotte Jansen\n";

        var preview = imports.preview(Track.PERSONAL, "lijst.csv", bytes(csv));

        assertThat(preview.creates()).isEqualTo(2);
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.fieldKey()).isEqualTo("field.owner");
            assertThat(p.error().messageKey()).isEqualTo("import.only-own-items");
        });
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_may_not_update_someone_elses_item() {
        var other = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.OWNER_ID.ne(userId("manager")).and(INITIATIVE.TRACK.eq(Track.PERSONAL)))
                .limit(1)
                .fetchSingle();
        var csv = "Id;Titel\n" + other.getId() + ";Overgenomen\n";

        var preview = imports.preview(Track.PERSONAL, "lijst.csv", bytes(csv));

        assertThat(preview.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.error().messageKey()).isEqualTo("error.not-permitted.edit-item"));
    }

    @Test
    @WithUserDetails("leader")
    void the_template_explains_the_allowed_values_and_its_example_rows_are_skipped_not_imported() throws IOException {
        var template = imports.template(Track.STRATEGIC, Translations.DUTCH);

        try (var book = ExportFiles.xlsx(template)) {
            var items = book.getSheetAt(0);
            assertThat(items.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Titel");
            assertThat(items.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Programmamanager");
            assertThat(items.getRow(1).getCell(0).getStringCellValue()).isEqualTo("VOORBEELD-1");
            var budget = book.getSheetAt(1);
            assertThat(budget.getSheetName()).isEqualTo("Budgetregels");
            assertThat(budget.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Kwartaal");
            assertThat(budget.getRow(1).getCell(0).getStringCellValue()).isEqualTo("VOORBEELD-1");
            var allowed = book.getSheetAt(2);
            assertThat(allowed.getSheetName()).isEqualTo("Toegestane waarden");
            var text = new StringBuilder();
            allowed.forEach(row ->
                    row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
            assertThat(text)
                    .contains(
                            "Idee, Verkenning",
                            "2027-Q1",
                            "Klantenservice",
                            "1 tot en met 5",
                            "zolang de referentie VOORBEELD-1 is, slaat de import de rij over",
                            "Alleen leidinggevenden plannen");
        }
        int before = db.fetchCount(INITIATIVE);
        var preview = imports.preview(Track.STRATEGIC, "sjabloon.xlsx", template);
        assertThat(preview.problems()).as(problems(preview)).isEmpty();
        assertThat(preview.creates()).isZero();
        assertThat(preview.examples()).isEqualTo(1);
        assertThat(preview.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.action()).isEqualTo(ImportPreview.Action.EXAMPLE));
        assertThat(preview.lines()).as("the example budget line is skipped too").isEmpty();
        assertThat(preview.mayCommit()).as("nothing to import").isFalse();
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("leader")
    void the_template_with_its_example_row_overwritten_imports_it_with_its_budget_line() throws IOException {
        var template = imports.template(Track.PERSONAL, Locale.ENGLISH);
        byte[] filled;
        try (var book = ExportFiles.xlsx(template);
                var out = new ByteArrayOutputStream()) {
            book.getSheetAt(0).getRow(1).getCell(0).setCellValue("MINE-1");
            book.getSheetAt(1).getRow(1).getCell(0).setCellValue("MINE-1");
            book.write(out);
            filled = out.toByteArray();
        }

        var preview = imports.preview(Track.PERSONAL, "template.xlsx", filled);

        assertThat(preview.problems()).as(problems(preview)).isEmpty();
        assertThat(preview.creates()).isEqualTo(1);
        assertThat(preview.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.edit().planned()).isEqualByComparingTo("5000"));
    }

    @Test
    @WithUserDetails("leader")
    void the_explored_programme_is_matched_by_id_reference_or_title_and_checked_like_the_form() {
        var programmes = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.STRATEGIC))
                .orderBy(INITIATIVE.ID)
                .fetch();
        var open = programmes.stream()
                .filter(p ->
                        !p.getStage().equals(Stage.COMPLETED) && !p.getStage().equals(Stage.STOPPED))
                .toList();
        var ended = programmes.stream()
                .filter(p ->
                        p.getStage().equals(Stage.COMPLETED) || p.getStage().equals(Stage.STOPPED))
                .findFirst()
                .orElseThrow();
        var csv = "Titel;Afdeling;Ambitie;Programma dat het verkent\n"
                + "Verkent op titel;IT;Optimaliseren;" + open.get(0).getTitle().toUpperCase(Locale.ROOT) + "\n"
                + "Verkent op id;IT;Optimaliseren;" + open.get(1).getId() + "\n"
                + "Verkent niets;IT;Optimaliseren;Luchtkastelen\n"
                + "Verkent een afgerond programma;IT;Optimaliseren;" + ended.getId() + "\n";

        var preview = imports.preview(Track.PERSONAL, "verkenning.csv", bytes(csv));

        assertThat(preview.problems())
                .as(problems(preview))
                .extracting(
                        RowProblem::row, RowProblem::fieldKey, p -> p.error().messageKey())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "field.explores-programme", "import.unknown-programme"),
                        org.assertj.core.groups.Tuple.tuple(
                                5, "field.explores-programme", "validation.programme-ended"));
        var result = imports.commit(imports.preview(
                Track.PERSONAL, "verkenning.csv", bytes(csv.substring(0, csv.indexOf("Verkent niets")))));
        assertThat(result.written()).isTrue();
        assertThat(stored(result.rows().get(0).id()).getExploresProgrammeId())
                .isEqualTo(open.get(0).getId());
        assertThat(stored(result.rows().get(1).id()).getExploresProgrammeId())
                .isEqualTo(open.get(1).getId());
    }

    @Test
    @WithUserDetails("leader")
    void a_workbook_written_by_another_library_imports_its_items_with_their_values() throws IOException {
        var preview =
                imports.preview(Track.PERSONAL, "exceljs-en.xlsx", SpreadsheetReadingTest.resource("exceljs-en.xlsx"));

        assertThat(preview.problems()).as(problems(preview)).isEmpty();
        assertThat(preview.creates()).isEqualTo(3);
        var result = imports.commit(preview);

        assertThat(result.written()).isTrue();
        var first = stored(result.rows().get(0).id());
        assertThat(first.getTitle()).isEqualTo("Summarising claim letters");
        assertThat(first.getCostEstimate()).isEqualByComparingTo("1234.50");
        assertThat(first.getAdoptionPct()).isEqualByComparingTo("45");
        assertThat(first.getStartQuarter()).isEqualTo("2027-Q1");
        assertThat(first.getEndQuarter()).isEqualTo("2027-Q2");
        assertThat(stored(result.rows().get(1).id()).getCostEstimate()).isEqualByComparingTo("2500");
        assertThat(stored(result.rows().get(2).id()).getCostEstimate()).isEqualByComparingTo("12000.75");
    }

    @Test
    @WithUserDetails("leader")
    void a_workbook_saved_by_libreoffice_calc_imports_its_items_with_dutch_values_and_its_budget_lines()
            throws IOException {
        var preview = imports.preview(Track.PERSONAL, "calc-nl.xlsx", SpreadsheetReadingTest.resource("calc-nl.xlsx"));

        assertThat(preview.problems().stream().filter(p -> "Portfolio".equals(p.sheet())))
                .as(problems(preview))
                .isEmpty();
        assertThat(preview.creates()).isEqualTo(3);
        // The file plans in 2027; once the budget page's years have moved past it, its lines are refused as such.
        org.junit.jupiter.api.Assumptions.assumeTrue(nl.tweespoor.base.PlanningHorizon.budgetYears(java.time.Year.now())
                .contains(2027));
        assertThat(preview.problems()).as(problems(preview)).isEmpty();
        var result = imports.commit(preview);

        assertThat(result.written()).isTrue();
        var first = stored(result.rows().get(0).id());
        assertThat(first.getTitle()).isEqualTo("Calc: klantbrieven samenvatten");
        assertThat(first.getCostEstimate()).isEqualByComparingTo("1234.50");
        assertThat(first.getAdoptionPct()).isEqualByComparingTo("45");
        assertThat(first.getStartQuarter()).isEqualTo("2027-Q1");
        assertThat(stored(result.rows().get(2).id()).getCostEstimate()).isEqualByComparingTo("12000.75");
        assertThat(db.fetchCount(
                        nl.tweespoor.db.Tables.BUDGET_LINE,
                        nl.tweespoor.db.Tables.BUDGET_LINE.INITIATIVE_ID.in(
                                result.rows().get(0).id(), result.rows().get(1).id())))
                .isEqualTo(3);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_imports_nothing() {
        assertThatThrownBy(() -> imports.preview(Track.PERSONAL, "lijst.csv", bytes(HEADER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertSameItem(InitiativeRecord actual, InitiativeRecord expected) {
        var fields = new org.jooq.Field<?>[] {
            INITIATIVE.TRACK,
            INITIATIVE.STAGE,
            INITIATIVE.OWNER_ID,
            INITIATIVE.TITLE,
            INITIATIVE.DESCRIPTION,
            INITIATIVE.HYPOTHESIS,
            INITIATIVE.LAYER,
            INITIATIVE.AMBITION,
            INITIATIVE.DEPARTMENT_ID,
            INITIATIVE.GOAL_ID,
            INITIATIVE.SPONSOR,
            INITIATIVE.LEAD_NAME,
            INITIATIVE.PARTICIPANTS,
            INITIATIVE.TOOL_VENDOR,
            INITIATIVE.USE_CASE_CATEGORY,
            INITIATIVE.JOURNEY_ID,
            INITIATIVE.EXPLORES_PROGRAMME_ID,
            INITIATIVE.START_QUARTER,
            INITIATIVE.END_QUARTER,
            INITIATIVE.LEARNINGS
        };
        assertThat(actual.into(fields).intoList())
                .isEqualTo(expected.into(fields).intoList());
        assertNumber(actual.getCostEstimate(), expected.getCostEstimate());
        assertNumber(actual.getHoursSavedPerWeek(), expected.getHoursSavedPerWeek());
        assertNumber(actual.getAdoptionPct(), expected.getAdoptionPct());
        assertNumber(actual.getSatisfaction(), expected.getSatisfaction());
    }

    private static void assertNumber(
            java.math.@org.jspecify.annotations.Nullable BigDecimal actual,
            java.math.@org.jspecify.annotations.Nullable BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    private static String problems(ImportPreview preview) {
        return preview.problems().stream()
                .map(p -> p.row() + " " + p.fieldKey() + " " + p.error().getMessage())
                .limit(10)
                .toList()
                .toString();
    }

    private InitiativeRecord stored(long id) {
        return db.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(id)).fetchSingle();
    }

    private long userId(String username) {
        return db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.ID);
    }

    private byte[] export(InitiativeFilter filter, ExportFormat format, Locale locale) {
        var out = new ByteArrayOutputStream();
        initiatives.export(filter, format, locale, out);
        return out.toByteArray();
    }

    /** The export without its Id column, as if the items came from another Tweespoor. */
    private static byte[] withoutFirstColumn(byte[] csv) {
        var text = new String(csv, StandardCharsets.UTF_8);
        char delimiter = text.substring(0, text.indexOf('\n')).contains(";") ? ';' : ',';
        var records = ExportFiles.csv(csv, delimiter);
        var out = new StringWriter();
        try (var printer = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setDelimiter(delimiter)
                .get()
                .print(out)) {
            for (var record : records) {
                printer.printRecord(record.stream().skip(1).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}
