package nl.tweespoor.review;

import java.util.Collection;
import java.util.Map;
import nl.tweespoor.status.Flag;
import nl.tweespoor.status.FlagService;
import nl.tweespoor.status.FlagSql;
import nl.tweespoor.status.ItemSignals;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Where the agenda learns which items are flagged: its "flagged first" order, its flag filter and the bulk "continue
 * the unflagged" all read the flags from here, as SQL over the agenda's INITIATIVE rows (FlagService's FlagSql), and
 * the rows shown get their badges from FlagService's signals of those rows alone.
 */
@Component
class AgendaFlags {

    private final FlagService flags;

    AgendaFlags(FlagService flags) {
        this.flags = flags;
    }

    Flagging sql() {
        return new Flagging(flags.sql());
    }

    /** The signals of the rows on screen. */
    Map<Long, ItemSignals> signals(Collection<Long> ids) {
        return flags.signals(ids);
    }

    /** The flags as conditions on INITIATIVE rows; an unknown (null) flag counts as not carried. */
    record Flagging(FlagSql sql) {

        Field<Boolean> flagged() {
            return DSL.coalesce(DSL.field(sql.anyFlag()), DSL.inline(false));
        }

        Condition unflagged() {
            return DSL.condition(flagged()).not();
        }

        Condition has(Flag flag) {
            return sql.has(flag);
        }
    }
}
