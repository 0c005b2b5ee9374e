package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.Flag;
import nl.tweespoor.status.FlagService;
import nl.tweespoor.status.FlagSql;
import nl.tweespoor.status.ItemSignals;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

/**
 * Where the agenda learns which items are flagged: its "flagged first" order, its flag filter and the bulk "continue
 * the unflagged" all read the flags from here, as SQL over the agenda's INITIATIVE rows (FlagService's FlagSql), and
 * the rows shown get their badges from FlagService's signals of those rows alone.
 */
@Component
class AgendaFlagSql {

    private final FlagService flags;

    AgendaFlagSql(FlagService flags) {
        this.flags = flags;
    }

    Flagging sql() {
        return new Flagging(flags.sql(), flags.flaggedActiveIds(), true);
    }

    /**
     * The flags for an agenda whose evidence comes from {@code source}: none for a review closed before evidence was
     * kept, whose flags at the time nobody knows — today's would order and filter its agenda by what came later.
     */
    Flagging sql(AgendaItem.Evidence source) {
        return source == AgendaItem.Evidence.NOT_KEPT ? new Flagging(flags.sql(), Set.of(), false) : sql();
    }

    /** The signals of the rows on screen, none for a review closed before evidence was kept. */
    Map<Long, ItemSignals> signals(Collection<Long> ids, AgendaItem.Evidence source) {
        return source == AgendaItem.Evidence.NOT_KEPT ? Map.of() : signals(ids);
    }

    /** The signals of the rows on screen. */
    Map<Long, ItemSignals> signals(Collection<Long> ids) {
        return flags.signals(ids);
    }

    /** One row's signals; none (no RAG, no flags) for an item the flags did not find. */
    static ItemSignals of(Map<Long, ItemSignals> signals, long id) {
        var found = signals.get(id);
        return found == null ? new ItemSignals(id, null, Set.of()) : found;
    }

    /**
     * The flags as conditions on INITIATIVE rows; an unknown (null) flag counts as not carried. Whether an active item
     * is flagged comes from the kept set of flagged active items (one hashed array lookup per row); only the few
     * agenda rows that are no longer active (decided, then moved on) work their flags out in SQL.
     */
    record Flagging(FlagSql sql, Set<Long> flaggedActive, boolean known) {

        Field<Boolean> flagged() {
            if (!known) {
                return DSL.inline(false);
            }
            var ids = flaggedActive.toArray(Long[]::new);
            return DSL.when(
                            INITIATIVE.STAGE.in(Stage.ACTIVE),
                            DSL.field(INITIATIVE.ID.eq(DSL.any(DSL.val(ids, SQLDataType.BIGINT.array())))))
                    .else_(DSL.coalesce(DSL.field(sql.anyFlag()), DSL.inline(false)));
        }

        /**
         * Flagged items first; when no flags are known, the order of the ID (the same for every row): PostgreSQL
         * refuses a constant such as {@code false} in ORDER BY.
         */
        SortField<?> flaggedFirst() {
            return known ? flagged().desc() : INITIATIVE.ID.isNull().asc();
        }

        Condition unflagged() {
            return DSL.condition(flagged()).not();
        }

        Condition has(Flag flag) {
            return known ? sql.has(flag) : DSL.falseCondition();
        }
    }
}
