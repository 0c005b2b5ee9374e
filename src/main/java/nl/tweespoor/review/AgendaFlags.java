package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.tweespoor.status.Flag;
import nl.tweespoor.status.FlagService;
import nl.tweespoor.status.ItemSignals;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

/**
 * Where the agenda learns which items are flagged: its "flagged first" order, its flag filter and the bulk "continue
 * the unflagged" all read flags from here and nowhere else. For now it asks FlagService for the signals of the
 * review's items and turns them into id conditions; once FlagService offers flags as SQL conditions, only this class
 * changes.
 */
@Component
class AgendaFlags {

    private final FlagService flags;
    private final AgendaQueries queries;

    AgendaFlags(FlagService flags, AgendaQueries queries) {
        this.flags = flags;
        this.queries = queries;
    }

    Flagging of(long reviewId, boolean closed) {
        return new Flagging(flags.signals(queries.memberIds(reviewId, closed)));
    }

    /** The signals of rows on screen, for a row refreshed on its own. */
    Map<Long, ItemSignals> signals(Collection<Long> ids) {
        return flags.signals(ids);
    }

    /** One review's flags as conditions on INITIATIVE rows, and the signals of the rows shown. */
    record Flagging(Map<Long, ItemSignals> signals) {

        Field<Boolean> flagged() {
            return DSL.field(flaggedCondition());
        }

        Condition unflagged() {
            return flaggedCondition().not();
        }

        Condition has(Flag flag) {
            return ids(s -> s.flags().contains(flag));
        }

        ItemSignals of(long id) {
            return signals.getOrDefault(id, new ItemSignals(id, null, Set.of()));
        }

        private Condition flaggedCondition() {
            return ids(ItemSignals::flagged);
        }

        private Condition ids(Predicate<ItemSignals> which) {
            var ids = signals.values().stream().filter(which).map(ItemSignals::id)
                    .collect(Collectors.toSet()).toArray(Long[]::new);
            return INITIATIVE.ID.eq(DSL.any(DSL.val(ids, SQLDataType.BIGINT.array())));
        }
    }
}
