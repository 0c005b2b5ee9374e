package nl.tweespoor.governance.fragmentation;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.FRAGMENTATION_NOTE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.tweespoor.base.Track;
import nl.tweespoor.db.tables.records.FragmentationNoteRecord;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The radar in SQL: groups, their counts and totals are aggregated in the database; only the groups shown, their
 * first few items and the first few names per difference leave it. One statement per call, whatever the number of
 * items.
 */
@Repository
class FragmentationQueries {

    private static final String RESULT_MEETS = "MEETS";
    private static final String RESULT_GAP = "GAP";

    private final DSLContext db;

    FragmentationQueries(DSLContext db) {
        this.db = db;
    }

    /** How many groups there are, how many are open, accepted, and assess a principle differently. */
    FragmentationSummary summary() {
        var cte = Members.cte(null);
        var groups = groups(cte);
        var key = groups.field("group_key", String.class);
        return db.with(cte).with(groups)
                .select(count(), count().filterWhere(FRAGMENTATION_NOTE.ID.isNull()),
                        count().filterWhere(FRAGMENTATION_NOTE.RESOLUTION.eq(Resolution.ACCEPTED.name())),
                        count().filterWhere(exists(differences(cte, key))))
                .from(groups)
                .leftJoin(FRAGMENTATION_NOTE).on(FRAGMENTATION_NOTE.GROUP_KEY.eq(key))
                .fetchSingle(r -> new FragmentationSummary(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * A page of groups, open ones first, then the widest, then by key; each with its first {@code itemsShown}
     * items and {@code namesShown} names per side of a difference.
     */
    List<FragmentationGroup> page(boolean includeAccepted, int offset, int limit, int itemsShown, int namesShown,
            int year) {
        var cte = Members.cte(null);
        Condition shown = includeAccepted ? DSL.trueCondition()
                : FRAGMENTATION_NOTE.RESOLUTION.isNull().or(FRAGMENTATION_NOTE.RESOLUTION.ne(Resolution.ACCEPTED.name()));
        return groupsWhere(cte, shown, offset, limit, itemsShown, namesShown, year);
    }

    /** The groups one item is part of; none when it is not active. */
    List<FragmentationGroup> groupsOf(long initiativeId, int itemsShown, int year) {
        var cte = Members.cte(initiativeId);
        var self = Members.of(cte, "self");
        var key = field(name("grp", "group_key"), String.class);
        Condition hasItem = exists(selectOne().from(self.table()).where(self.key.eq(key), self.id.eq(initiativeId)));
        // An item is in at most two groups: its tool's and its use case's.
        return groupsWhere(cte, hasItem, 0, 2, itemsShown, 0, year);
    }

    boolean groupExists(String groupKey) {
        var cte = Members.cte(null);
        var groups = groups(cte);
        return db.fetchExists(db.with(cte).with(groups).selectOne().from(groups)
                .where(groups.field("group_key", String.class).eq(groupKey)));
    }

    Optional<FragmentationNoteRecord> note(String groupKey) {
        return db.selectFrom(FRAGMENTATION_NOTE).where(FRAGMENTATION_NOTE.GROUP_KEY.eq(groupKey)).fetchOptional();
    }

    FragmentationNoteRecord newNote() {
        return db.newRecord(FRAGMENTATION_NOTE);
    }

    /** Keys shared by active items of two or more departments, with the number of departments and items. */
    private static CommonTableExpression<?> groups(CommonTableExpression<?> cte) {
        var m = Members.of(cte, "m");
        return name("grp").fields("group_key", "departments", "items")
                .as(select(m.key, countDistinct(m.department), count())
                        .from(m.table())
                        .groupBy(m.key)
                        .having(countDistinct(m.department).ge(2)));
    }

    private List<FragmentationGroup> groupsWhere(CommonTableExpression<?> cte, Condition condition, int offset,
            int limit, int itemsShown, int namesShown, int year) {
        var groups = groups(cte);
        var key = groups.field("group_key", String.class);
        var departments = groups.field("departments", Integer.class);
        var itemCount = groups.field("items", Integer.class);
        return db.with(cte).with(groups)
                .select(key, itemCount, label(cte, key), departmentNames(cte, key), items(cte, key, itemsShown, year),
                        totalPlanned(cte, key, year), differenceList(cte, key, namesShown),
                        FRAGMENTATION_NOTE.ID,
                        FRAGMENTATION_NOTE.RESOLUTION, FRAGMENTATION_NOTE.REASON, APP_USER.DISPLAY_NAME,
                        FRAGMENTATION_NOTE.CREATED_AT, FRAGMENTATION_NOTE.VERSION)
                .from(groups)
                .leftJoin(FRAGMENTATION_NOTE).on(FRAGMENTATION_NOTE.GROUP_KEY.eq(key))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(FRAGMENTATION_NOTE.CREATED_BY))
                .where(condition)
                .orderBy(FRAGMENTATION_NOTE.ID.isNotNull(), departments.desc(), key.collate("C"))
                .offset(offset).limit(limit)
                .fetch(r -> {
                    var note = r.value8() == null ? null : new FragmentationNote(r.value8(),
                            Resolution.valueOf(r.value9()), r.value10(), r.value11(), r.value12(), r.value13());
                    return new FragmentationGroup(r.value1(), kindOf(r.value1()), r.value3(), r.value4(),
                            r.value5(), r.value2(), r.value6(), r.value7(), note);
                });
    }

    private static GroupKind kindOf(String key) {
        return key.startsWith(GroupKind.TOOL.key("")) ? GroupKind.TOOL : GroupKind.USE_CASE;
    }

    /** The spelling most items use, so the radar shows "Chatbot" rather than the key's "chatbot". */
    private static Field<String> label(CommonTableExpression<?> cte, Field<String> key) {
        var s = Members.of(cte, "s");
        return field(select(s.spelling).from(s.table()).where(s.key.eq(key))
                .groupBy(s.spelling)
                .orderBy(count().desc(), s.spelling.collate("C"))
                .limit(1));
    }

    private static Field<List<String>> departmentNames(CommonTableExpression<?> cte, Field<String> key) {
        var d = Members.of(cte, "d");
        var name = DEPARTMENT.NAME.collate("C");
        return multiset(selectDistinct(DEPARTMENT.NAME, name).from(d.table())
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(d.department))
                .where(d.key.eq(key))
                .orderBy(name))
                .convertFrom(rows -> rows.map(r -> r.value1()));
    }

    private static Field<List<GroupItem>> items(CommonTableExpression<?> cte, Field<String> key, int shown, int year) {
        var i = Members.of(cte, "i");
        return multiset(select(INITIATIVE.ID, INITIATIVE.TITLE, INITIATIVE.TRACK, INITIATIVE.STAGE, DEPARTMENT.NAME,
                        APP_USER.DISPLAY_NAME, planned(year))
                .from(i.table())
                .join(INITIATIVE).on(INITIATIVE.ID.eq(i.id))
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .join(APP_USER).on(APP_USER.ID.eq(INITIATIVE.OWNER_ID))
                .where(i.key.eq(key))
                .orderBy(DEPARTMENT.NAME.collate("C"), INITIATIVE.TITLE.collate("C"), INITIATIVE.ID)
                .limit(shown))
                .convertFrom(rows -> rows.map(r -> new GroupItem(r.value1(), r.value2(), Track.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7())));
    }

    private static Field<BigDecimal> planned(int year) {
        return field(select(coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO)).from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID))
                .and(thisYear(year)));
    }

    private static Field<BigDecimal> totalPlanned(CommonTableExpression<?> cte, Field<String> key, int year) {
        var t = Members.of(cte, "t");
        return field(select(coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO)).from(t.table())
                .join(BUDGET_LINE).on(BUDGET_LINE.INITIATIVE_ID.eq(t.id))
                .where(t.key.eq(key), thisYear(year)));
    }

    private static Condition thisYear(int year) {
        return BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4");
    }

    /** Active principles some member of the group meets and another fails; NOT_APPLICABLE is neither. */
    private static org.jooq.Select<org.jooq.Record1<Long>> differences(CommonTableExpression<?> cte, Field<String> key) {
        var x = Members.of(cte, "x");
        return select(PRINCIPLE.ID).from(x.table())
                .join(PRINCIPLE_ASSESSMENT).on(PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(x.id))
                .join(PRINCIPLE).on(PRINCIPLE.ID.eq(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID), PRINCIPLE.ACTIVE.isTrue())
                .where(x.key.eq(key))
                .groupBy(PRINCIPLE.ID)
                .having(condition(boolOr(PRINCIPLE_ASSESSMENT.RESULT.eq(RESULT_MEETS))),
                        condition(boolOr(PRINCIPLE_ASSESSMENT.RESULT.eq(RESULT_GAP))));
    }

    /** The differences with their first names; none at all (not even computed) when no names are wanted. */
    private static Field<List<PrincipleDifference>> differenceList(CommonTableExpression<?> cte, Field<String> key,
            int namesShown) {
        var x = Members.of(cte, "x");
        var meets = PRINCIPLE_ASSESSMENT.RESULT.eq(RESULT_MEETS);
        var gaps = PRINCIPLE_ASSESSMENT.RESULT.eq(RESULT_GAP);
        return multiset(select(PRINCIPLE.CODE, PRINCIPLE.TITLE, count().filterWhere(meets),
                        names(cte, key, RESULT_MEETS, namesShown), count().filterWhere(gaps),
                        names(cte, key, RESULT_GAP, namesShown))
                .from(x.table())
                .join(PRINCIPLE_ASSESSMENT).on(PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(x.id))
                .join(PRINCIPLE).on(PRINCIPLE.ID.eq(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID), PRINCIPLE.ACTIVE.isTrue())
                .where(x.key.eq(key), namesShown > 0 ? DSL.trueCondition() : DSL.falseCondition())
                .groupBy(PRINCIPLE.ID, PRINCIPLE.CODE, PRINCIPLE.TITLE)
                .having(condition(boolOr(meets)), condition(boolOr(gaps)))
                .orderBy(PRINCIPLE.CODE.collate("C")))
                .convertFrom(rows -> rows.map(r -> new PrincipleDifference(r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6())));
    }

    /** The first items of the group, by department and title, that gave this result on the outer principle. */
    private static Field<List<ItemRef>> names(CommonTableExpression<?> cte, Field<String> key, String result,
            int shown) {
        var n = Members.of(cte, "n");
        var assessment = PRINCIPLE_ASSESSMENT.as("na");
        var item = INITIATIVE.as("ni");
        var department = DEPARTMENT.as("nd");
        return multiset(select(item.ID, item.TITLE, department.NAME)
                .from(n.table())
                .join(assessment).on(assessment.INITIATIVE_ID.eq(n.id))
                .join(item).on(item.ID.eq(n.id))
                .join(department).on(department.ID.eq(item.DEPARTMENT_ID))
                .where(n.key.eq(key), assessment.PRINCIPLE_ID.eq(PRINCIPLE.ID), assessment.RESULT.eq(result))
                .orderBy(department.NAME.collate("C"), item.TITLE.collate("C"), item.ID)
                .limit(shown))
                .convertFrom(rows -> rows.map(r -> new ItemRef(r.value1(), r.value2(), r.value3())));
    }

}
