package nl.tweespoor.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.tweespoor.base.DomainException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.initiative.Ambition;
import nl.tweespoor.initiative.ImportedItem;
import nl.tweespoor.initiative.InitiativeDraft;
import nl.tweespoor.initiative.Layer;
import nl.tweespoor.initiative.RowProblem;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The items sheet of a file as drafts for the initiative rules, and what could not even be read: names turned into
 * ids with one statement per kind for the whole sheet, labels in either language, numbers and quarters as people type
 * them. A row carrying the template's example reference is left out and reported as the example.
 */
final class ItemSheet {

    private final ImportRepository repository;
    private final Translations translations;
    private final Track track;
    private final SheetTable table;
    private final boolean decimalComma;
    private final Set<String> exampleReferences;
    private final List<ImportedItem> items = new ArrayList<>();
    private final List<ImportedItem> all = new ArrayList<>();
    private final List<ImportPreview.Row> examples = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();

    ItemSheet(
            ImportRepository repository,
            Translations translations,
            Track track,
            SheetTable table,
            boolean decimalComma,
            Set<String> exampleReferences) {
        this.repository = repository;
        this.translations = translations;
        this.track = track;
        this.table = table;
        this.decimalComma = decimalComma;
        this.exampleReferences = exampleReferences;
    }

    /**
     * The rows as drafts: {@code items} the rows that could be read, {@code all} every row but the template's example,
     * {@code examples} the example rows left out, {@code problems} what could not be read.
     */
    record Parsed(
            List<ImportedItem> items,
            List<ImportedItem> all,
            List<ImportPreview.Row> examples,
            List<RowProblem> problems) {}

    Parsed parse() {
        var departments = repository.departments(names(ImportField.DEPARTMENT));
        var goals = repository.goals(names(ImportField.GOAL));
        var journeys = repository.journeys(names(ImportField.JOURNEY));
        var programmes = repository.programmes(names(ImportField.EXPLORES_PROGRAMME));
        var people = repository.people(names(ImportField.OWNER));
        var stages = labels(Stage.of(track), "stage.");
        var layers = labels(List.of(Layer.values()), "layer.");
        var ambitions = labels(List.of(Ambition.values()), "ambition.");
        var given = given();
        var seenIds = new HashSet<Long>();
        var seenReferences = new HashSet<String>();
        for (var row : table.rows()) {
            int before = problems.size();
            var title = text(row, ImportField.TITLE);
            var id = value(row, ImportField.ID, c -> {
                var n = CellValues.integer(c, decimalComma);
                return n == null ? null : n.longValue();
            });
            var reference = text(row, ImportField.REFERENCE);
            if (reference != null && isExample(reference)) {
                // The template's example row, left as it was downloaded: not an item of the user's.
                examples.add(new ImportPreview.Row(
                        row.number(), title == null ? "" : title, ImportPreview.Action.EXAMPLE, null));
                continue;
            }
            if (id != null && !seenIds.add(id)) {
                problem(row, ImportField.ID, new InvalidInputException("import.duplicate-id", id));
            }
            if (reference != null) {
                if (reference.length() > 100) {
                    problem(
                            row,
                            ImportField.REFERENCE,
                            new InvalidInputException("validation.too-long", "field.reference", 100));
                } else if (!seenReferences.add(reference.toLowerCase(Locale.ROOT))) {
                    problem(
                            row,
                            ImportField.REFERENCE,
                            new InvalidInputException("import.duplicate-reference", reference));
                }
            }
            var layer = label(row, ImportField.LAYER, layers);
            var ambition = label(row, ImportField.AMBITION, ambitions);
            var draft = new InitiativeDraft(
                    title == null ? "" : title,
                    text(row, ImportField.DESCRIPTION),
                    text(row, ImportField.HYPOTHESIS),
                    layer != null ? layer : track == Track.PERSONAL ? Layer.PERSONAL_PRODUCTIVITY : Layer.OPERATIONAL,
                    ambition != null ? ambition : Ambition.OPTIMISE,
                    lookUp(row, ImportField.DEPARTMENT, departments, "import.unknown-department"),
                    lookUp(row, ImportField.GOAL, goals, "import.unknown-goal"),
                    text(row, ImportField.SPONSOR),
                    text(row, ImportField.LEAD),
                    value(row, ImportField.PARTICIPANTS, c -> CellValues.integer(c, decimalComma)),
                    text(row, ImportField.TOOL),
                    text(row, ImportField.USE_CASE),
                    lookUp(row, ImportField.JOURNEY, journeys, "import.unknown-journey"),
                    lookUp(row, ImportField.EXPLORES_PROGRAMME, programmes, "import.unknown-programme"),
                    value(row, ImportField.START_QUARTER, CellValues::quarter),
                    value(row, ImportField.END_QUARTER, CellValues::quarter),
                    number(row, ImportField.COST, false),
                    number(row, ImportField.HOURS_SAVED, false),
                    number(row, ImportField.ADOPTION, true),
                    number(row, ImportField.SATISFACTION, false),
                    text(row, ImportField.LEARNINGS));
            var rowGiven = new HashSet<>(given);
            // A blank layer or ambition is no value: an update keeps the item's, a new programme must name them.
            if (layer == null) {
                rowGiven.remove("layer");
            }
            if (ambition == null) {
                rowGiven.remove("ambition");
            }
            var item = new ImportedItem(
                    row.number(),
                    id,
                    reference,
                    draft,
                    rowGiven,
                    label(row, ImportField.STAGE, stages),
                    lookUp(row, ImportField.OWNER, people, "import.unknown-owner"),
                    null);
            all.add(item);
            if (problems.size() == before) {
                items.add(item);
            }
        }
        return new Parsed(items, all, examples, problems);
    }

    private boolean isExample(String reference) {
        return exampleReferences.contains(ImportField.normalise(reference));
    }

    /** The draft's components the file has a column for. */
    private Set<String> given() {
        var components = new LinkedHashSet<String>();
        Map<ImportField, String> byField = Map.ofEntries(
                Map.entry(ImportField.TITLE, "title"),
                Map.entry(ImportField.DESCRIPTION, "description"),
                Map.entry(ImportField.HYPOTHESIS, "hypothesis"),
                Map.entry(ImportField.LAYER, "layer"),
                Map.entry(ImportField.AMBITION, "ambition"),
                Map.entry(ImportField.DEPARTMENT, "departmentId"),
                Map.entry(ImportField.GOAL, "goalId"),
                Map.entry(ImportField.SPONSOR, "sponsor"),
                Map.entry(ImportField.LEAD, "leadName"),
                Map.entry(ImportField.PARTICIPANTS, "participants"),
                Map.entry(ImportField.TOOL, "toolVendor"),
                Map.entry(ImportField.USE_CASE, "useCaseCategory"),
                Map.entry(ImportField.JOURNEY, "journeyId"),
                Map.entry(ImportField.EXPLORES_PROGRAMME, "exploresProgrammeId"),
                Map.entry(ImportField.START_QUARTER, "startQuarter"),
                Map.entry(ImportField.END_QUARTER, "endQuarter"),
                Map.entry(ImportField.COST, "costEstimate"),
                Map.entry(ImportField.HOURS_SAVED, "hoursSavedPerWeek"),
                Map.entry(ImportField.ADOPTION, "adoptionPct"),
                Map.entry(ImportField.SATISFACTION, "satisfaction"),
                Map.entry(ImportField.LEARNINGS, "learnings"));
        byField.forEach((field, component) -> {
            if (table.has(field)) {
                components.add(component);
            }
        });
        return components;
    }

    private Set<String> names(ImportField field) {
        var names = new HashSet<String>();
        if (table.has(field)) {
            for (var row : table.rows()) {
                var name = CellValues.text(table.cell(row, field));
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Every way a user may write an enum's value: its label in Dutch or English, or its name. */
    private <E extends Enum<E>> Map<String, E> labels(List<E> values, String prefix) {
        var labels = new HashMap<String, E>();
        for (var value : values) {
            labels.put(ImportField.normalise(value.name()), value);
            for (var locale : translations.locales()) {
                labels.put(ImportField.normalise(translations.getTranslation(prefix + value.name(), locale)), value);
            }
        }
        return labels;
    }

    private <E extends Enum<E>> @Nullable E label(SheetRow row, ImportField field, Map<String, E> labels) {
        var text = text(row, field);
        if (text == null) {
            return null;
        }
        var value = labels.get(ImportField.normalise(text));
        if (value == null) {
            problem(row, field, new InvalidInputException("import.unknown-value", text));
        }
        return value;
    }

    private @Nullable Long lookUp(SheetRow row, ImportField field, Map<String, List<Long>> ids, String unknown) {
        var name = text(row, field);
        if (name == null) {
            return null;
        }
        var found = ids.get(ImportRepository.key(name));
        if (found == null || found.isEmpty()) {
            problem(row, field, new InvalidInputException(unknown, name));
            return null;
        }
        if (found.size() > 1) {
            problem(row, field, new InvalidInputException("import.ambiguous-name", name));
            return null;
        }
        return found.getFirst();
    }

    private @Nullable String text(SheetRow row, ImportField field) {
        return CellValues.text(table.cell(row, field));
    }

    private @Nullable BigDecimal number(SheetRow row, ImportField field, boolean percentPoints) {
        return value(row, field, c -> CellValues.number(c, decimalComma, percentPoints));
    }

    private <T> @Nullable T value(SheetRow row, ImportField field, Function<SheetCell, @Nullable T> read) {
        try {
            return read.apply(table.cell(row, field));
        } catch (DomainException e) {
            problem(row, field, e);
            return null;
        }
    }

    private void problem(SheetRow row, ImportField field, DomainException error) {
        problems.add(new RowProblem(row.number(), field.headerKey(), error));
    }
}
