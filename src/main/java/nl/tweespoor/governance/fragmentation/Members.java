package nl.tweespoor.governance.fragmentation;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.regexpReplaceAll;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trim;

import nl.tweespoor.base.ActiveStages;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * PRODUCT.md §4 in SQL: an active item is a member of the group of its tool and of the group of its use-case
 * category, each keyed by the normalised value ("TOOL:microsoft copilot"). A group is two or more departments.
 */
final class Members {

    private final Table<?> table;
    final Field<Long> id;
    final Field<String> key;
    final Field<String> spelling;
    final Field<Long> department;

    private Members(Table<?> table) {
        this.table = table;
        this.id = table.field("id", Long.class);
        this.key = table.field("group_key", String.class);
        this.spelling = table.field("spelling", String.class);
        this.department = table.field("department_id", Long.class);
    }

    /** Every active item's two memberships, optionally only in the groups of one item. */
    static CommonTableExpression<?> cte(Long onlyGroupsOf) {
        return name("member").fields("id", "group_key", "spelling", "department_id")
                .as(branch(GroupKind.TOOL, INITIATIVE.TOOL_VENDOR, onlyGroupsOf)
                        .unionAll(branch(GroupKind.USE_CASE, INITIATIVE.USE_CASE_CATEGORY, onlyGroupsOf)));
    }

    static Members of(CommonTableExpression<?> cte, String alias) {
        return new Members(cte.as(alias));
    }

    Table<?> table() {
        return table;
    }

    /**
     * Trimmed, inner white space collapsed, lower case: "  Microsoft  COPILOT " and "microsoft copilot" are one
     * tool. The same expression as the indexes of V71, so a lookup by key can use them.
     */
    static Field<String> normalised(Field<String> value) {
        return lower(spelling(value));
    }

    /** Trimmed, inner white space collapsed: how an item spells the shared value. */
    static Field<String> spelling(Field<String> value) {
        return trim(regexpReplaceAll(value, inline("\\s+"), inline(" ")));
    }

    private static org.jooq.SelectConditionStep<org.jooq.Record4<Long, String, String, Long>> branch(GroupKind kind,
            Field<String> shared, Long onlyGroupsOf) {
        var key = normalised(shared);
        Condition condition = INITIATIVE.STAGE.in(ActiveStages.ACTIVE).and(key.ne(inline("")));
        if (onlyGroupsOf != null) {
            var other = INITIATIVE.as("of_item");
            condition = condition.and(key.eq(DSL.field(select(normalised(other.field(shared)))
                    .from(other).where(other.ID.eq(onlyGroupsOf)))));
        }
        return select(INITIATIVE.ID, inline(kind.key("")).concat(key), spelling(shared), INITIATIVE.DEPARTMENT_ID)
                .from(INITIATIVE)
                .where(condition);
    }
}
