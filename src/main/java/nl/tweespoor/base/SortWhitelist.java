package nl.tweespoor.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.SortField;

/**
 * A grid's sort as SQL, through the properties a query allows: each known property becomes its field (missing values
 * last, whatever the direction); an unknown one is ignored, so nothing the browser sends reaches the SQL as such.
 */
public final class SortWhitelist {

    private SortWhitelist() {}

    /** The page's sort orders mapped through {@code sortable}; the caller adds its own tie-breakers after them. */
    public static List<SortField<?>> sortFields(PageRequest page, Map<String, Field<?>> sortable) {
        var fields = new ArrayList<SortField<?>>();
        for (var order : page.sort()) {
            var field = sortable.get(order.property());
            if (field != null) {
                fields.add(
                        order.ascending()
                                ? field.asc().nullsLast()
                                : field.desc().nullsLast());
            }
        }
        return fields;
    }
}
