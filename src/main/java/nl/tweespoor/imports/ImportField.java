package nl.tweespoor.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The columns an import reads: those of the experiments and programmes exports (InitiativeExport), an external
 * reference, and the budget sheet's columns (those of the budget lines export). A header is matched in Dutch or English, ignoring case, accents, punctuation and a part in brackets.
 */
enum ImportField {
    /** The export's Id; the budget lines export names it "Item id". */
    ID("field.id", "review.item-id"),
    REFERENCE("field.reference"),
    TITLE("field.title"),
    DEPARTMENT("field.department"),
    STAGE("field.stage"),
    OWNER("field.owner", "field.programme-manager"),
    START_QUARTER("field.start-quarter"),
    END_QUARTER("field.end-quarter"),
    LAYER("field.layer"),
    AMBITION("field.ambition"),
    GOAL("field.goal", "field.explores-goal"),
    JOURNEY("field.journey"),
    /** Experiments: the programme the experiment explores, by id, reference or title. */
    EXPLORES_PROGRAMME("field.explores-programme"),
    SPONSOR("field.sponsor"),
    LEAD("field.lead"),
    PARTICIPANTS("field.participants"),
    TOOL("field.tool"),
    USE_CASE("field.use-case"),
    COST("field.cost"),
    HOURS_SAVED("field.hours-saved"),
    ADOPTION("field.adoption"),
    SATISFACTION("field.satisfaction"),
    HYPOTHESIS("field.hypothesis"),
    LEARNINGS("field.learnings"),
    DESCRIPTION("field.description"),
    /** The export's last-changed date: recognised so it is not reported, never imported. */
    UPDATED("field.updated"),
    /** The budget sheet's columns: one row per item and quarter, as the budget lines export writes them. */
    QUARTER("budget.quarter"),
    PLANNED("budget.planned"),
    ACTUAL("budget.actual"),
    /** The budget lines export's track column: recognised, never imported (the file's track is chosen on the page). */
    TRACK("budget.track");

    private final List<String> headerKeys;

    ImportField(String... headerKeys) {
        this.headerKeys = List.of(headerKeys);
    }

    /** The translation key of the column's name, as the preview names it. */
    String headerKey() {
        return headerKeys.getFirst();
    }

    /** Every accepted header, normalised, in the given languages; {@code translate} is (key, locale) → text. */
    static Map<String, ImportField> headers(BiFunction<String, Locale, String> translate, List<Locale> locales) {
        var headers = new HashMap<String, ImportField>();
        for (var field : values()) {
            for (var key : field.headerKeys) {
                for (var locale : locales) {
                    var text = translate.apply(key, locale);
                    headers.putIfAbsent(normalise(text), field);
                    headers.putIfAbsent(normalise(text.replaceAll("\\(.*?\\)", "")), field);
                }
            }
        }
        return Map.copyOf(headers);
    }

    /** Lower case, accents and punctuation gone, single spaces: "Tijdvak (start)" and "tijdvak start" match. */
    static String normalise(String text) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }
}
