package nl.tweespoor.governance.fragmentation;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trim;

import nl.tweespoor.stage.Stage;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * PRODUCT.md §4 in SQL: an active item is a member of the group of its tool, of the group of its use-case category,
 * each keyed by the normalised value ("TOOL:microsoft 365 copilot"; V71 and V86 keep the normalised values in
 * {@code tool_key}, aliases resolved, and {@code use_case_key}), and of the text group of each word of its title
 * ("TEXT:chatbot"; V86 keeps the words in {@code title_words}). A group is two or more departments.
 */
final class GroupMembersSql {

    final Table<?> table;
    final Field<Long> id;
    final Field<String> key;
    final Field<String> spelling;
    final Field<Long> department;

    private GroupMembersSql(Table<?> table) {
        this.table = table;
        this.id = field(table, "id", Long.class);
        this.key = field(table, "group_key", String.class);
        this.spelling = field(table, "spelling", String.class);
        this.department = field(table, "department_id", Long.class);
    }

    /** Every active item's memberships, or only those in the groups of one item (its tool's and its use case's). */
    static CommonTableExpression<?> cte(String name, @Nullable Long onlyGroupsOf) {
        return name(name)
                .fields("id", "group_key", "spelling", "department_id")
                .as(branch(GroupKind.TOOL, INITIATIVE.TOOL_KEY, INITIATIVE.TOOL_VENDOR, onlyGroupsOf)
                        .unionAll(branch(
                                GroupKind.USE_CASE,
                                INITIATIVE.USE_CASE_KEY,
                                INITIATIVE.USE_CASE_CATEGORY,
                                onlyGroupsOf))
                        .unionAll(textBranch(onlyGroupsOf)));
    }

    /** The members in a table with the columns of {@link #cte}: the CTE itself, or an alias of it. */
    static GroupMembersSql of(Table<?> table) {
        return new GroupMembersSql(table);
    }

    static <T> Field<T> field(Table<?> table, String column, Class<T> type) {
        var field = table.field(column, type);
        if (field == null) {
            throw new IllegalStateException(table.getName() + " has no column " + column);
        }
        return field;
    }

    private static Select<Record4<Long, String, String, Long>> branch(
            GroupKind kind, Field<String> key, Field<String> shared, @Nullable Long onlyGroupsOf) {
        Condition condition = INITIATIVE.STAGE.in(Stage.ACTIVE).and(key.isNotNull());
        if (onlyGroupsOf != null) {
            var item = INITIATIVE.as("of_item");
            condition = condition.and(
                    key.eq(DSL.field(select(item.field(key)).from(item).where(item.ID.eq(onlyGroupsOf)))));
        }
        // The label is the spelling most items use; inner white space shows as one space on screen anyway.
        return select(INITIATIVE.ID, inline(kind.key("")).concat(key), trim(shared), INITIATIVE.DEPARTMENT_ID)
                .from(INITIATIVE)
                .where(condition);
    }

    /**
     * An item is like the items that share a word of its title: a Dutch stem of four letters or more that is not a
     * stop word (V86's {@code title_words}), so "HR-chatbot voor verlof" and "Chatbot op de website" meet at
     * "chatbot", and "voor" or "AI" join nothing.
     */
    private static Select<Record4<Long, String, String, Long>> textBranch(@Nullable Long onlyGroupsOf) {
        var titleWords = DSL.field(name(INITIATIVE.getName(), "title_words"), String[].class);
        var word = DSL.field(name("title_word", "word"), String.class);
        Condition condition = INITIATIVE.STAGE.in(Stage.ACTIVE);
        if (onlyGroupsOf != null) {
            // the overlap (&&) is what the GIN index of V86 finds; the word is then one of the item's own
            var item = DSL.val(onlyGroupsOf);
            condition = condition
                    .and(DSL.condition(
                            "{0} && (select of_item.title_words from initiative of_item where of_item.id = {1})",
                            titleWords, item))
                    .and(DSL.condition(
                            "{0} in (select unnest(of_item.title_words) from initiative of_item where of_item.id = {1})",
                            word, item));
        }
        return select(INITIATIVE.ID, inline(GroupKind.TEXT.key("")).concat(word), word, INITIATIVE.DEPARTMENT_ID)
                .from(INITIATIVE)
                .crossJoin(DSL.table("unnest({0}) as title_word(word)", titleWords))
                .where(condition);
    }
}
