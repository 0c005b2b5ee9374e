package nl.tweespoor.status;

import static nl.tweespoor.db.Tables.STATUS_UPDATE;

import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Status updates in SQL. An item's latest status update as a lateral table: the first entry of status_update_latest_ix for the item
 * (newest created_at, then highest id), one index probe per item shown, never a sort of all updates. Join it with
 * {@code crossJoin} (items without updates drop out) or {@code leftJoin(...).on(trueCondition())}.
 */
public final class StatusSql {

    private StatusSql() {}

    /** {@code column} of the latest update of the item whose id is {@code itemId}, as table "latest". */
    public static <T> Table<Record1<T>> latest(Field<T> column, Field<Long> itemId) {
        return DSL.lateral(DSL.select(column)
                        .from(STATUS_UPDATE)
                        .where(STATUS_UPDATE.INITIATIVE_ID.eq(itemId))
                        .orderBy(STATUS_UPDATE.CREATED_AT.desc(), STATUS_UPDATE.ID.desc())
                        .limit(1))
                .as("latest");
    }
}
