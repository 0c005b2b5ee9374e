package nl.tweespoor.base.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import nl.tweespoor.base.DomainException;
import nl.tweespoor.base.fuzz.Inputs.Gen;
import nl.tweespoor.base.i18n.Translations;
import org.jooq.DSLContext;

/**
 * Sends generated drafts through a service call. A bad draft (one to three fields bad, the rest fine) must be refused
 * by the app itself: a DomainException whose message, field names included, exists in Dutch and English, with nothing
 * written. A fine draft must be accepted. Anything else fails with the case, the draft and the seed.
 */
final class Fuzzer {

    /** One field of a draft: the values it takes and the values it must refuse. */
    record Field(String name, Gen fine, Gen bad) {}

    /** The values of one generated draft, by field name. */
    static final class Draft {

        private final Map<String, Object> values = new LinkedHashMap<>();

        static Draft of(Field[] fields, Object[] values) {
            var draft = new Draft();
            for (int i = 0; i < fields.length; i++) {
                draft.values.put(fields[i].name(), values[i]);
            }
            return draft;
        }

        @SuppressWarnings("unchecked")
        <T> T get(String name) {
            if (!values.containsKey(name)) {
                throw new IllegalStateException("no field " + name);
            }
            return (T) values.get(name);
        }

        String text(String name) {
            return get(name);
        }

        BigDecimal number(String name) {
            return get(name);
        }

        Integer integer(String name) {
            return get(name);
        }

        @Override
        public String toString() {
            var shown = new ArrayList<String>();
            values.forEach((name, value) -> shown.add(name + "=" + describe(value)));
            return String.join(", ", shown);
        }
    }

    private static final List<Locale> LANGUAGES = List.of(Translations.DUTCH, Translations.ENGLISH);

    private final Random random;
    private final long seed;
    private final DSLContext db;
    private final Translations translations = new Translations();
    private int badDrafts;
    private int fineDrafts;

    Fuzzer(long seed, DSLContext db) {
        this.random = new Random(seed);
        this.seed = seed;
        this.db = db;
    }

    int badDrafts() {
        return badDrafts;
    }

    Random random() {
        return random;
    }

    /** {@code bad} drafts that must be refused, then {@code fine} drafts that must be accepted. */
    void run(String service, int bad, int fine, Consumer<Draft> call, Field... fields) {
        long start = System.nanoTime();
        for (int i = 0; i < bad; i++) {
            var draft = new Draft();
            var wrong = pickWrong(fields);
            for (var field : fields) {
                draft.values.put(field.name(), (wrong.contains(field) ? field.bad() : field.fine()).apply(random));
            }
            expectRefused(service, draft, call);
        }
        for (int i = 0; i < fine; i++) {
            var draft = new Draft();
            for (var field : fields) {
                draft.values.put(field.name(), field.fine().apply(random));
            }
            expectAccepted(service, draft, call);
        }
        System.out.printf(
                "%s: %d bad and %d fine drafts in %d ms%n",
                service, bad, fine, (System.nanoTime() - start) / 1_000_000);
    }

    private List<Field> pickWrong(Field[] fields) {
        var candidates = Arrays.stream(fields).filter(f -> f.bad() != null).toList();
        var wrong = new ArrayList<Field>();
        int count = random.nextInt(5) == 0 ? 2 + random.nextInt(2) : 1;
        for (int i = 0; i < count; i++) {
            wrong.add(candidates.get(random.nextInt(candidates.size())));
        }
        return wrong;
    }

    private void expectRefused(String service, Draft draft, Consumer<Draft> call) {
        badDrafts++;
        long writesBefore = writes();
        try {
            call.accept(draft);
        } catch (DomainException refusal) {
            assertTranslated(service, draft, refusal);
            assertThat(writes())
                    .as(context(service, draft) + " wrote rows although refused")
                    .isEqualTo(writesBefore);
            return;
        } catch (Throwable unexpected) {
            throw new AssertionError(context(service, draft) + " threw " + unexpected, unexpected);
        }
        fail(context(service, draft) + " accepted a bad draft");
    }

    private void expectAccepted(String service, Draft draft, Consumer<Draft> call) {
        fineDrafts++;
        long writesBefore = writes();
        try {
            call.accept(draft);
        } catch (Throwable refusal) {
            throw new AssertionError(context(service, draft) + " refused a fine draft: " + refusal, refusal);
        }
        // The counter that proves refusals wrote nothing does see a write.
        assertThat(writes()).as(context(service, draft) + " wrote nothing").isGreaterThan(writesBefore);
    }

    /** Rows this transaction inserted, updated or deleted so far, in every table. */
    private long writes() {
        return db.fetchSingle(
                        "select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) " + "from pg_stat_xact_user_tables")
                .get(0, Long.class);
    }

    /** The message as a user sees it, in both languages: field names translated like base.ui.ErrorMessages does. */
    private void assertTranslated(String service, Draft draft, DomainException refusal) {
        for (var language : LANGUAGES) {
            var arguments = Arrays.stream(refusal.arguments())
                    .map(arg -> arg instanceof String key && (key.startsWith("field.") || key.startsWith("stage."))
                            ? translated(service, draft, key, language)
                            : arg)
                    .toArray();
            translated(service, draft, refusal.messageKey(), language, arguments);
        }
    }

    private String translated(String service, Draft draft, String key, Locale language, Object... arguments) {
        var text = translations.getTranslation(key, language, arguments);
        assertThat(text)
                .as(context(service, draft) + " refused with untranslated " + key + " in " + language)
                .doesNotStartWith("!");
        return text;
    }

    private String context(String service, Draft draft) {
        return "[seed " + seed + "] " + service + "(" + draft + ")";
    }

    /** Short and printable: long strings by their length, other characters as code points. */
    static String describe(Object value) {
        if (!(value instanceof String text)) {
            return value instanceof BigDecimal number && Math.abs((long) number.scale()) > 40
                    ? "BigDecimal(precision " + number.precision() + ", scale " + number.scale() + ")"
                    : String.valueOf(value);
        }
        var shown = new StringBuilder("\"");
        text.chars()
                .limit(40)
                .forEach(c ->
                        shown.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return shown.append(text.length() > 40 ? "…\" (" + text.length() + " chars)" : "\"")
                .toString();
    }

    int fineDrafts() {
        return fineDrafts;
    }
}
