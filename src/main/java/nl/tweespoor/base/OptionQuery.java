package nl.tweespoor.base;

import java.util.List;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The choices of a picker that filters by id (an item, a user), a page at a time as a lazy combo box asks for them.
 * The features' query classes say which table, label and match they mean; this class knows none of them.
 */
public final class OptionQuery {

    /** Larger requests are cut to this many choices. */
    public static final int MAX_PAGE = 500;

    private OptionQuery() {}

    /**
     * The options of {@code table} whose {@code matches} condition holds for the typed text (every row when the text
     * is blank), ordered by {@code order}.
     */
    public static List<Option> page(
            DSLContext db,
            Table<?> table,
            Field<Long> id,
            Field<String> label,
            Function<String, Condition> matches,
            String text,
            int offset,
            int limit,
            OrderField<?>... order) {
        var search = text == null ? "" : text.trim();
        return db.select(id, label)
                .from(table)
                .where(search.isEmpty() ? DSL.noCondition() : matches.apply(search))
                .orderBy(order)
                .offset(Math.max(offset, 0))
                .limit(Math.min(Math.max(limit, 0), MAX_PAGE))
                .fetch(Records.mapping(Option::new));
    }
}
