package nl.tweespoor.governance.fragmentation;

import static nl.tweespoor.db.Tables.FRAGMENTATION_NOTE;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.FragmentationNoteRecord;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The radar in SQL: groups, their counts and totals are aggregated in the database; only the groups shown, their
 * first few items and the first few names per difference leave it. One statement per call, whatever the number of
 * items.
 */
@Repository
class FragmentationQueries {

    static final String MEETS = "MEETS";
    static final String GAP = "GAP";
    /** The most items a text group has: beyond it a word is common, not a sign of duplicated work. */
    static final int MAX_TEXT_GROUP = 25;
    /** The most groups an item's page shows. */
    static final int GROUPS_OF_ITEM = 6;

    private final DSLContext db;

    FragmentationQueries(DSLContext db) {
        this.db = db;
    }

    /** How many groups there are, how many are open, accepted, and assess a principle differently. */
    FragmentationSummary summary() {
        var members = GroupMembersSql.cte("member", null);
        var groups = groups(members);
        var key = GroupMembersSql.field(groups, "group_key", String.class);
        var m = GroupMembersSql.of(members);
        var differing = name("differing")
                .fields("group_key")
                .as(select(m.key)
                        .from(members)
                        .join(PRINCIPLE_ASSESSMENT)
                        .on(PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(m.id))
                        .join(PRINCIPLE)
                        .on(PRINCIPLE.ID.eq(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID), PRINCIPLE.ACTIVE.isTrue())
                        .groupBy(m.key, PRINCIPLE.ID)
                        .having(differs()));
        return db.with(members)
                .with(groups)
                .with(differing)
                .select(
                        count(),
                        count().filterWhere(FRAGMENTATION_NOTE.ID.isNull()),
                        count().filterWhere(FRAGMENTATION_NOTE.RESOLUTION.eq(Resolution.ACCEPTED.name())),
                        count().filterWhere(key.in(select(GroupMembersSql.field(differing, "group_key", String.class))
                                .from(differing))))
                .from(groups)
                .leftJoin(FRAGMENTATION_NOTE)
                .on(FRAGMENTATION_NOTE.GROUP_KEY.eq(key))
                .fetchSingle(r -> new FragmentationSummary(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * A page of groups, open ones first, then the widest, then by key; each with its first {@code itemsShown}
     * items and {@code namesShown} names per side of a difference.
     */
    List<FragmentationGroup> page(
            boolean includeAccepted, int offset, int limit, int itemsShown, int namesShown, int year) {
        var members = GroupMembersSql.cte("member", null);
        Condition shown = includeAccepted
                ? DSL.trueCondition()
                : FRAGMENTATION_NOTE
                        .RESOLUTION
                        .isNull()
                        .or(FRAGMENTATION_NOTE.RESOLUTION.ne(Resolution.ACCEPTED.name()));
        return new GroupPageQuery(members, groups(members), year)
                .fetch(db, shown, offset, limit, itemsShown, namesShown);
    }

    /** The groups one item is part of, without differences; none when it is not active. */
    List<FragmentationGroup> groupsOf(long initiativeId, int itemsShown, int year) {
        var members = GroupMembersSql.cte("member", initiativeId);
        var groups = groups(members);
        var self = GroupMembersSql.of(members.as("self"));
        var key = GroupMembersSql.field(groups, "group_key", String.class);
        Condition hasItem =
                DSL.exists(DSL.selectOne().from(self.table).where(self.key.eq(key), self.id.eq(initiativeId)));
        // Its tool's group, its use case's, and one per telling word of its title: the widest few are enough.
        return new GroupPageQuery(members, groups, year).fetch(db, hasItem, 0, GROUPS_OF_ITEM, itemsShown, 0);
    }

    boolean groupExists(String groupKey) {
        var members = GroupMembersSql.cte("member", null);
        var groups = groups(members);
        return db.fetchExists(db.with(members)
                .with(groups)
                .selectOne()
                .from(groups)
                .where(GroupMembersSql.field(groups, "group_key", String.class).eq(groupKey)));
    }

    /**
     * Sets the group's note, or changes the one there, against the version the user saw (null when they saw none);
     * returns the note's id. The row keeps who set the current decision and when; the audit log keeps every earlier
     * one.
     */
    Written<Long> saveNote(
            String groupKey, @Nullable Integer expectedVersion, Resolution resolution, String reason, long by) {
        var existing = Versioned.current(note(groupKey), expectedVersion);
        var note = existing.orElseGet(() -> db.newRecord(FRAGMENTATION_NOTE));
        var before = existing.map(AuditLog::snapshot).orElse(null);
        note.setGroupKey(groupKey);
        note.setResolution(resolution.name());
        note.setReason(reason);
        note.setCreatedBy(by);
        note.setCreatedAt(OffsetDateTime.now());
        Versioned.store(note);
        return Written.updated(note.getId(), before, note);
    }

    /** Takes the group's note away, as long as it is still the version the user saw; returns its id. */
    Written<Long> deleteNote(String groupKey, int expectedVersion) {
        // A note withdrawn meanwhile is someone else's change too.
        var note = Versioned.current(note(groupKey).orElseThrow(ConcurrentEditException::new), expectedVersion);
        var before = AuditLog.snapshot(note);
        Versioned.delete(note);
        return new Written<>(note.getId(), before, null);
    }

    private Optional<FragmentationNoteRecord> note(String groupKey) {
        return db.selectFrom(FRAGMENTATION_NOTE)
                .where(FRAGMENTATION_NOTE.GROUP_KEY.eq(groupKey))
                .fetchOptional();
    }

    /**
     * Keys shared by active items of two or more departments, with the number of departments and items. A title word
     * shared by more than {@value #MAX_TEXT_GROUP} items is the trade's vocabulary ("assistent", "analyse"), not one
     * initiative done twice, so it makes no group; and title words shared by exactly the same items are one group,
     * under the longest word (the most telling), then the first.
     */
    static CommonTableExpression<?> groups(CommonTableExpression<?> members) {
        var m = GroupMembersSql.of(members);
        var departments = countDistinct(m.department);
        var text = m.key.startsWith(inline(GroupKind.TEXT.key("")));
        var sameItems = DSL.when(text, DSL.field("string_agg(cast({0} as text), ',' order by {0})", String.class, m.id))
                .otherwise(m.key);
        var grouped = select(
                        m.key.as("group_key"),
                        departments.as("departments"),
                        count().as("items"),
                        rowNumber()
                                .over(DSL.partitionBy(sameItems)
                                        .orderBy(DSL.charLength(m.key).desc(), m.key.collate("C")))
                                .as("rank"))
                .from(members)
                .groupBy(m.key)
                .having(departments.ge(2), DSL.not(text).or(count().le(MAX_TEXT_GROUP)))
                .asTable("grouped");
        return name("grp")
                .fields("group_key", "departments", "items")
                .as(select(
                                GroupMembersSql.field(grouped, "group_key", String.class),
                                GroupMembersSql.field(grouped, "departments", Integer.class),
                                GroupMembersSql.field(grouped, "items", Integer.class))
                        .from(grouped)
                        .where(GroupMembersSql.field(grouped, "rank", Integer.class)
                                .eq(1)));
    }

    /** Some item meets the principle and another has a gap; NOT_APPLICABLE is neither. Over grouped assessments. */
    static Condition differs() {
        return condition(boolOr(PRINCIPLE_ASSESSMENT.RESULT.eq(MEETS)))
                .and(condition(boolOr(PRINCIPLE_ASSESSMENT.RESULT.eq(GAP))));
    }
}
