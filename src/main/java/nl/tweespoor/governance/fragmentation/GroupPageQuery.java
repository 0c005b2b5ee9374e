package nl.tweespoor.governance.fragmentation;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.FRAGMENTATION_NOTE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * One page of fragmentation groups in one statement. The page is chosen first ({@code shown}); everything else —
 * label, departments, the first items, the total, the differences with their first names — is aggregated over the
 * members of the shown groups only, set-based, so the work grows with the groups on screen, not the portfolio.
 */
final class GroupPageQuery {

    private static final String C = "C";

    private final CommonTableExpression<?> members;
    private final CommonTableExpression<?> groups;
    private final int year;

    GroupPageQuery(CommonTableExpression<?> members, CommonTableExpression<?> groups, int year) {
        this.members = members;
        this.groups = groups;
        this.year = year;
    }

    List<FragmentationGroup> fetch(
            DSLContext db, Condition which, int offset, int limit, int itemsShown, int namesShown) {
        var gKey = GroupMembersSql.field(groups, "group_key", String.class);
        var gDepartments = GroupMembersSql.field(groups, "departments", Integer.class);
        var gItems = GroupMembersSql.field(groups, "items", Integer.class);
        var position =
                rowNumber().over(DSL.orderBy(FRAGMENTATION_NOTE.ID.isNotNull(), gDepartments.desc(), gKey.collate(C)));
        var shown = name("shown")
                .fields("group_key", "items", "note_id", "position")
                .as(select(gKey, gItems, FRAGMENTATION_NOTE.ID, position)
                        .from(groups)
                        .leftJoin(FRAGMENTATION_NOTE)
                        .on(FRAGMENTATION_NOTE.GROUP_KEY.eq(gKey))
                        .where(which)
                        .orderBy(position)
                        .offset(offset)
                        .limit(limit));
        var sKey = GroupMembersSql.field(shown, "group_key", String.class);
        var m = GroupMembersSql.of(members);
        var shownMembers = name("shown_member")
                .fields("id", "group_key", "spelling", "department_id")
                .as(select(m.id, m.key, m.spelling, m.department)
                        .from(members)
                        .join(shown)
                        .on(sKey.eq(m.key)));
        var sm = GroupMembersSql.of(shownMembers);

        var labels = name("label")
                .fields("group_key", "label")
                .as(select(sm.key, DSL.mode().withinGroupOrderBy(sm.spelling.collate(C)))
                        .from(shownMembers)
                        .groupBy(sm.key));
        var totals = name("total")
                .fields("group_key", "planned")
                .as(select(sm.key, sum(BUDGET_LINE.PLANNED))
                        .from(shownMembers)
                        .join(BUDGET_LINE)
                        .on(BUDGET_LINE.INITIATIVE_ID.eq(sm.id), thisYear())
                        .groupBy(sm.key));
        var departments = name("group_department")
                .fields("group_key", "name")
                .as(selectDistinct(sm.key, DEPARTMENT.NAME)
                        .from(shownMembers)
                        .join(DEPARTMENT)
                        .on(DEPARTMENT.ID.eq(sm.department)));
        var firstItems = firstItems(shownMembers, sm, itemsShown);
        var differences = name("difference")
                .fields("group_key", "principle_id", "meets", "gaps")
                .as(select(
                                sm.key,
                                PRINCIPLE.ID,
                                count().filterWhere(PRINCIPLE_ASSESSMENT.RESULT.eq(FragmentationQueries.MEETS)),
                                count().filterWhere(PRINCIPLE_ASSESSMENT.RESULT.eq(FragmentationQueries.GAP)))
                        .from(shownMembers)
                        .join(PRINCIPLE_ASSESSMENT)
                        .on(PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(sm.id))
                        .join(PRINCIPLE)
                        .on(PRINCIPLE.ID.eq(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID), PRINCIPLE.ACTIVE.isTrue())
                        .where(namesShown > 0 ? DSL.trueCondition() : DSL.falseCondition())
                        .groupBy(sm.key, PRINCIPLE.ID)
                        .having(FragmentationQueries.differs()));
        var names = names(shownMembers, sm, differences, Math.max(namesShown, 1));

        var lKey = GroupMembersSql.field(labels, "group_key", String.class);
        var tKey = GroupMembersSql.field(totals, "group_key", String.class);
        return db.with(members)
                .with(groups)
                .with(shown)
                .with(shownMembers)
                .with(labels)
                .with(totals)
                .with(departments)
                .with(firstItems)
                .with(differences)
                .with(names)
                .select(
                        sKey,
                        GroupMembersSql.field(shown, "items", Integer.class),
                        GroupMembersSql.field(labels, "label", String.class),
                        departmentNames(departments, sKey),
                        items(firstItems, sKey),
                        coalesce(GroupMembersSql.field(totals, "planned", BigDecimal.class), BigDecimal.ZERO),
                        differenceList(differences, names, sKey),
                        FRAGMENTATION_NOTE.ID,
                        FRAGMENTATION_NOTE.RESOLUTION,
                        FRAGMENTATION_NOTE.REASON,
                        APP_USER.DISPLAY_NAME,
                        FRAGMENTATION_NOTE.CREATED_AT,
                        FRAGMENTATION_NOTE.VERSION)
                .from(shown)
                .join(labels)
                .on(lKey.eq(sKey))
                .leftJoin(totals)
                .on(tKey.eq(sKey))
                .leftJoin(FRAGMENTATION_NOTE)
                .on(FRAGMENTATION_NOTE.ID.eq(GroupMembersSql.field(shown, "note_id", Long.class)))
                .leftJoin(APP_USER)
                .on(APP_USER.ID.eq(FRAGMENTATION_NOTE.CREATED_BY))
                .orderBy(GroupMembersSql.field(shown, "position", Integer.class))
                .fetch(r -> {
                    var note = r.value8() == null
                            ? null
                            : new FragmentationNote(
                                    r.value8(),
                                    Resolution.valueOf(r.value9()),
                                    r.value10(),
                                    r.value11(),
                                    r.value12(),
                                    r.value13());
                    return new FragmentationGroup(
                            r.value1(),
                            GroupKind.ofKey(r.value1()),
                            r.value3(),
                            r.value4(),
                            r.value5(),
                            r.value2(),
                            r.value6(),
                            r.value7(),
                            note);
                });
    }

    private Condition thisYear() {
        return BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4");
    }

    /** The first items of each shown group by department and title, with their position. */
    private static CommonTableExpression<?> firstItems(
            CommonTableExpression<?> shownMembers, GroupMembersSql sm, int shown) {
        var ranked = select(
                        sm.key,
                        sm.id,
                        rowNumber()
                                .over(DSL.partitionBy(sm.key)
                                        .orderBy(
                                                DEPARTMENT.NAME.collate(C), INITIATIVE.TITLE.collate(C), INITIATIVE.ID))
                                .as("position"))
                .from(shownMembers)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(sm.id))
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .asTable("ranked_item");
        var position = GroupMembersSql.field(ranked, "position", Integer.class);
        return name("first_item")
                .fields("group_key", "id", "position")
                .as(select(
                                GroupMembersSql.field(ranked, "group_key", String.class),
                                GroupMembersSql.field(ranked, "id", Long.class),
                                position)
                        .from(ranked)
                        .where(position.le(shown)));
    }

    /** The first items of each shown group per principle difference and result, with their position. */
    private static CommonTableExpression<?> names(
            CommonTableExpression<?> shownMembers,
            GroupMembersSql sm,
            CommonTableExpression<?> differences,
            int shown) {
        var dKey = GroupMembersSql.field(differences, "group_key", String.class);
        var dPrinciple = GroupMembersSql.field(differences, "principle_id", Long.class);
        var ranked = select(
                        sm.key,
                        PRINCIPLE_ASSESSMENT.PRINCIPLE_ID,
                        PRINCIPLE_ASSESSMENT.RESULT,
                        INITIATIVE.ID,
                        INITIATIVE.TITLE,
                        DEPARTMENT.NAME,
                        rowNumber()
                                .over(DSL.partitionBy(
                                                sm.key, PRINCIPLE_ASSESSMENT.PRINCIPLE_ID, PRINCIPLE_ASSESSMENT.RESULT)
                                        .orderBy(
                                                DEPARTMENT.NAME.collate(C), INITIATIVE.TITLE.collate(C), INITIATIVE.ID))
                                .as("position"))
                .from(shownMembers)
                .join(PRINCIPLE_ASSESSMENT)
                .on(
                        PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(sm.id),
                        PRINCIPLE_ASSESSMENT.RESULT.in(FragmentationQueries.MEETS, FragmentationQueries.GAP))
                .join(differences)
                .on(dKey.eq(sm.key), dPrinciple.eq(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID))
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(sm.id))
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .asTable("ranked_name");
        var position = GroupMembersSql.field(ranked, "position", Integer.class);
        return name("difference_name")
                .fields(new String[] {"group_key", "principle_id", "result", "id", "title", "department", "position"})
                .as(select(ranked.fields()).from(ranked).where(position.le(shown)));
    }

    private static Field<List<String>> departmentNames(CommonTableExpression<?> departments, Field<String> key) {
        var name = GroupMembersSql.field(departments, "name", String.class);
        return multiset(select(name)
                        .from(departments)
                        .where(GroupMembersSql.field(departments, "group_key", String.class)
                                .eq(key))
                        .orderBy(name.collate(C)))
                .convertFrom(rows -> rows.map(r -> r.value1()));
    }

    private Field<List<GroupItem>> items(CommonTableExpression<?> firstItems, Field<String> key) {
        var planned = field(select(coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID), thisYear()));
        return multiset(select(
                                INITIATIVE.ID,
                                INITIATIVE.TITLE,
                                INITIATIVE.TRACK,
                                INITIATIVE.STAGE,
                                DEPARTMENT.NAME,
                                APP_USER.DISPLAY_NAME,
                                planned)
                        .from(firstItems)
                        .join(INITIATIVE)
                        .on(INITIATIVE.ID.eq(GroupMembersSql.field(firstItems, "id", Long.class)))
                        .join(DEPARTMENT)
                        .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                        .join(APP_USER)
                        .on(APP_USER.ID.eq(INITIATIVE.OWNER_ID))
                        .where(GroupMembersSql.field(firstItems, "group_key", String.class)
                                .eq(key))
                        .orderBy(GroupMembersSql.field(firstItems, "position", Integer.class)))
                .convertFrom(rows -> rows.map(r -> new GroupItem(
                        r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
    }

    private static Field<List<PrincipleDifference>> differenceList(
            CommonTableExpression<?> differences, CommonTableExpression<?> names, Field<String> key) {
        var principle = GroupMembersSql.field(differences, "principle_id", Long.class);
        return multiset(select(
                                PRINCIPLE.CODE,
                                PRINCIPLE.TITLE,
                                GroupMembersSql.field(differences, "meets", Integer.class),
                                namesOf(names, key, principle, FragmentationQueries.MEETS),
                                GroupMembersSql.field(differences, "gaps", Integer.class),
                                namesOf(names, key, principle, FragmentationQueries.GAP))
                        .from(differences)
                        .join(PRINCIPLE)
                        .on(PRINCIPLE.ID.eq(principle))
                        .where(GroupMembersSql.field(differences, "group_key", String.class)
                                .eq(key))
                        .orderBy(PRINCIPLE.CODE.collate(C)))
                .convertFrom(rows -> rows.map(r -> new PrincipleDifference(
                        r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
    }

    private static Field<List<ItemRef>> namesOf(
            CommonTableExpression<?> names, Field<String> key, Field<Long> principle, String result) {
        var n = names.as("n_" + result.toLowerCase(Locale.ROOT));
        return multiset(select(
                                GroupMembersSql.field(n, "id", Long.class),
                                GroupMembersSql.field(n, "title", String.class),
                                GroupMembersSql.field(n, "department", String.class))
                        .from(n)
                        .where(
                                GroupMembersSql.field(n, "group_key", String.class)
                                        .eq(key),
                                GroupMembersSql.field(n, "principle_id", Long.class)
                                        .eq(principle),
                                GroupMembersSql.field(n, "result", String.class).eq(inline(result)))
                        .orderBy(GroupMembersSql.field(n, "position", Integer.class)))
                .convertFrom(rows -> rows.map(r -> new ItemRef(r.value1(), r.value2(), r.value3())));
    }
}
