package nl.tweespoor.governance.fragmentation;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.FRAGMENTATION_NOTE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.listAgg;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;

import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Every member of every fragmentation group for an export, in one statement read on a cursor: groups in the radar's
 * order (open first, the widest, then by key), members by department and title. Labels and department lists are
 * aggregated per group in the database.
 */
@Repository
class FragmentationExportQueries {

    /** Rows fetched per round trip while an export streams. */
    private static final int EXPORT_BATCH = 1000;

    private static final String C = "C";

    private final DSLContext db;

    FragmentationExportQueries(DSLContext db) {
        this.db = db;
    }

    /** The caller closes the stream inside its transaction. */
    Stream<FragmentationExport.MemberRow> members(boolean includeAccepted) {
        var members = GroupMembersSql.cte("member", null);
        var groups = FragmentationQueries.groups(members);
        var m = GroupMembersSql.of(members);
        var gKey = GroupMembersSql.field(groups, "group_key", String.class);
        var gDepartments = GroupMembersSql.field(groups, "departments", Integer.class);
        var gItems = GroupMembersSql.field(groups, "items", Integer.class);

        var labels = name("label")
                .fields("group_key", "label")
                .as(select(m.key, DSL.mode().withinGroupOrderBy(m.spelling.collate(C)))
                        .from(members)
                        .groupBy(m.key));
        var lKey = GroupMembersSql.field(labels, "group_key", String.class);
        var named = name("group_department")
                .fields("group_key", "name")
                .as(selectDistinct(m.key, DEPARTMENT.NAME)
                        .from(members)
                        .join(DEPARTMENT)
                        .on(DEPARTMENT.ID.eq(m.department)));
        var nKey = GroupMembersSql.field(named, "group_key", String.class);
        var nName = GroupMembersSql.field(named, "name", String.class);
        var departmentLists = name("department_list")
                .fields("group_key", "names")
                .as(select(nKey, listAgg(nName, ", ").withinGroupOrderBy(nName.collate(C)))
                        .from(named)
                        .groupBy(nKey));
        var dKey = GroupMembersSql.field(departmentLists, "group_key", String.class);

        Condition shown = includeAccepted
                ? DSL.trueCondition()
                : FRAGMENTATION_NOTE
                        .RESOLUTION
                        .isNull()
                        .or(FRAGMENTATION_NOTE.RESOLUTION.ne(Resolution.ACCEPTED.name()));
        return db
                .with(members)
                .with(groups)
                .with(labels)
                .with(named)
                .with(departmentLists)
                .select(
                        gKey,
                        GroupMembersSql.field(labels, "label", String.class),
                        gItems,
                        GroupMembersSql.field(departmentLists, "names", String.class),
                        INITIATIVE.ID,
                        INITIATIVE.TITLE,
                        DEPARTMENT.NAME,
                        APP_USER.DISPLAY_NAME,
                        FRAGMENTATION_NOTE.RESOLUTION)
                .from(groups)
                .join(members)
                .on(m.key.eq(gKey))
                .join(labels)
                .on(lKey.eq(gKey))
                .join(departmentLists)
                .on(dKey.eq(gKey))
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(m.id))
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(INITIATIVE.OWNER_ID))
                .leftJoin(FRAGMENTATION_NOTE)
                .on(FRAGMENTATION_NOTE.GROUP_KEY.eq(gKey))
                .where(shown)
                .orderBy(
                        FRAGMENTATION_NOTE.ID.isNotNull(),
                        gDepartments.desc(),
                        gKey.collate(C),
                        DEPARTMENT.NAME.collate(C),
                        INITIATIVE.TITLE.collate(C),
                        INITIATIVE.ID)
                .fetchSize(EXPORT_BATCH)
                .stream()
                .map(r -> new FragmentationExport.MemberRow(
                        GroupKind.ofKey(r.value1()),
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        r.value9()));
    }
}
