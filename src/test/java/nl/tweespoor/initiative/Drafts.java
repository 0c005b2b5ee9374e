package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.DEPARTMENT;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Valid drafts for tests, and copies of a draft with one field changed. */
final class Drafts {

    private Drafts() {}

    static long departmentId(DSLContext db, String name) {
        return db.select(DEPARTMENT.ID)
                .from(DEPARTMENT)
                .where(DEPARTMENT.NAME.eq(name))
                .fetchSingle(DEPARTMENT.ID);
    }

    static InitiativeDraft experiment(String title, long departmentId) {
        return new InitiativeDraft(
                title,
                "Een proef",
                "Als we X doen, winnen we tijd",
                Layer.PERSONAL_PRODUCTIVITY,
                Ambition.OPTIMISE,
                departmentId,
                null,
                null,
                "Lead",
                5,
                "Some Tool",
                "Notuleren",
                null,
                null,
                "2027-Q1",
                "2027-Q2",
                new BigDecimal("1000"),
                new BigDecimal("2.5"),
                new BigDecimal("40"),
                new BigDecimal("4"),
                null);
    }

    static InitiativeDraft programme(String title, long departmentId) {
        return new InitiativeDraft(
                title,
                "Een programma",
                "Als we de reis herontwerpen",
                Layer.STRATEGIC,
                Ambition.REDESIGN,
                departmentId,
                null,
                "Sponsor",
                null,
                null,
                null,
                null,
                null,
                null,
                "2027-Q1",
                "2028-Q4",
                new BigDecimal("250000"),
                null,
                null,
                null,
                null);
    }

    static InitiativeDraft withTitle(InitiativeDraft d, String title) {
        return with(d, "title", title);
    }

    static InitiativeDraft withJourney(InitiativeDraft d, @Nullable Long journeyId) {
        return with(d, "journeyId", journeyId);
    }

    static InitiativeDraft withLayer(InitiativeDraft d, Layer layer) {
        return with(d, "layer", layer);
    }

    static InitiativeDraft withDepartment(InitiativeDraft d, long departmentId) {
        return with(d, "departmentId", departmentId);
    }

    static InitiativeDraft withQuarters(InitiativeDraft d, String start, String end) {
        return with(d, "startQuarter", start, "endQuarter", end);
    }

    static InitiativeDraft withCost(InitiativeDraft d, BigDecimal cost) {
        return with(d, "costEstimate", cost);
    }

    static InitiativeDraft withOutcomes(InitiativeDraft d, BigDecimal adoptionPct, BigDecimal satisfaction) {
        return with(d, "adoptionPct", adoptionPct, "satisfaction", satisfaction);
    }

    /** The draft with components replaced, given as name, value, name, value… (values may be null). */
    static InitiativeDraft with(InitiativeDraft d, @Nullable Object... namesAndValues) {
        var changes = new HashMap<String, @Nullable Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            changes.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return replaced(d, changes);
    }

    /** The draft with the named components replaced (a record has no withers; one copy for all of them). */
    private static InitiativeDraft replaced(InitiativeDraft d, Map<String, ? extends @Nullable Object> changes) {
        var components = InitiativeDraft.class.getRecordComponents();
        var types = new Class<?>[components.length];
        var values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                var name = components[i].getName();
                types[i] = components[i].getType();
                values[i] = changes.containsKey(name)
                        ? changes.get(name)
                        : components[i].getAccessor().invoke(d);
            }
            if (!Arrays.stream(components)
                    .map(RecordComponent::getName)
                    .toList()
                    .containsAll(changes.keySet())) {
                throw new IllegalArgumentException("not a draft component: " + changes.keySet());
            }
            return InitiativeDraft.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
