package nl.tweespoor.imports;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.JOURNEY;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.tweespoor.base.Track;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Names in a file turned into ids: one statement per kind for all the names a file holds, however many rows it has.
 * Names compare ignoring case and surrounding spaces; a name two rows of the table share maps to all of them.
 */
@Repository
class ImportRepository {

    /** The template's list of allowed departments and goals stops here. */
    static final int TEMPLATE_LIST = 500;

    private final DSLContext db;

    ImportRepository(DSLContext db) {
        this.db = db;
    }

    Map<String, List<Long>> departments(Collection<String> names) {
        return ids(DEPARTMENT.NAME, DEPARTMENT.ID, names, DSL.noCondition());
    }

    Map<String, List<Long>> goals(Collection<String> names) {
        return ids(STRATEGIC_GOAL.TITLE, STRATEGIC_GOAL.ID, names, DSL.noCondition());
    }

    Map<String, List<Long>> journeys(Collection<String> names) {
        return ids(JOURNEY.TITLE, JOURNEY.ID, names, DSL.noCondition());
    }

    /** People by user name or by the name shown for them (as our exports write an owner). */
    Map<String, List<Long>> people(Collection<String> names) {
        var byUsername = ids(APP_USER.USERNAME, APP_USER.ID, names, DSL.noCondition());
        var byName = ids(APP_USER.DISPLAY_NAME, APP_USER.ID, names, DSL.noCondition());
        var people = new HashMap<>(byName);
        people.putAll(byUsername); // a user name is unique and wins
        return people;
    }

    /**
     * Programmes by title, by reference or by id (as text): an id wins over a reference, a reference over a title, so
     * an exported Id or a reference always names the one programme. One statement for all names.
     */
    Map<String, List<Long>> programmes(Collection<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        var keys = names.stream().map(ImportRepository::key).distinct().toList();
        var ids = keys.stream()
                .filter(k -> k.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
        var byTitle = new HashMap<String, List<Long>>();
        var byReference = new HashMap<String, List<Long>>();
        var byId = new HashMap<String, List<Long>>();
        db.select(INITIATIVE.ID, INITIATIVE.TITLE, INITIATIVE.EXTERNAL_REF)
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.STRATEGIC))
                .and(DSL.lower(DSL.trim(INITIATIVE.TITLE))
                        .in(keys)
                        .or(DSL.lower(DSL.trim(INITIATIVE.EXTERNAL_REF)).in(keys))
                        .or(INITIATIVE.ID.in(ids)))
                .fetch()
                .forEach(r -> {
                    var id = r.value1();
                    byTitle.computeIfAbsent(key(r.value2()), k -> new ArrayList<>())
                            .add(id);
                    if (r.value3() != null) {
                        byReference
                                .computeIfAbsent(key(r.value3()), k -> new ArrayList<>())
                                .add(id);
                    }
                    if (ids.contains(id)) {
                        byId.put(String.valueOf(id), List.of(id));
                    }
                });
        var programmes = new HashMap<>(byTitle);
        programmes.putAll(byReference);
        programmes.putAll(byId);
        return programmes;
    }

    /** Active department names, for the template's list of allowed values. */
    List<String> activeDepartments() {
        return db.select(DEPARTMENT.NAME)
                .from(DEPARTMENT)
                .where(DEPARTMENT.ACTIVE.isTrue())
                .orderBy(DEPARTMENT.NAME)
                .limit(TEMPLATE_LIST)
                .fetch(DEPARTMENT.NAME);
    }

    List<String> goalTitles() {
        return db.select(STRATEGIC_GOAL.TITLE)
                .from(STRATEGIC_GOAL)
                .orderBy(STRATEGIC_GOAL.TITLE)
                .limit(TEMPLATE_LIST)
                .fetch(STRATEGIC_GOAL.TITLE);
    }

    private Map<String, List<Long>> ids(
            TableField<?, String> name, TableField<?, Long> id, Collection<String> names, org.jooq.Condition also) {
        if (names.isEmpty()) {
            return Map.of();
        }
        var keys = names.stream().map(ImportRepository::key).distinct().toList();
        var found = new HashMap<String, List<Long>>();
        db.select(name, id)
                .from(name.getTable())
                .where(DSL.lower(DSL.trim(name)).in(keys))
                .and(also)
                .fetch()
                .forEach(r -> found.computeIfAbsent(key(r.value1()), k -> new ArrayList<>())
                        .add(r.value2()));
        return found;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
