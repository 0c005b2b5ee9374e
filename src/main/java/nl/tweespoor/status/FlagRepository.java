package nl.tweespoor.status;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tweespoor.stage.Stage;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;

@Repository
class FlagRepository {

    private final DSLContext db;

    FlagRepository(DSLContext db) {
        this.db = db;
    }

    int staleAfterDays() {
        return db.select(APP_SETTING.STALE_AFTER_DAYS)
                .from(APP_SETTING)
                .where(APP_SETTING.ID.eq(1))
                .fetchOptional(APP_SETTING.STALE_AFTER_DAYS)
                .orElse(45);
    }

    /** The latest RAG and flags of the given items, in one statement. */
    Map<Long, ItemSignals> signals(Collection<Long> ids, FlagSql flags) {
        var columns = Flag.values().length;
        var fields = new ArrayList<SelectField<?>>();
        fields.add(INITIATIVE.ID);
        fields.add(FlagSql.lastRag());
        for (var flag : Flag.values()) {
            fields.add(flags.field(flag));
        }
        return db.select(fields).from(INITIATIVE).where(INITIATIVE.ID.in(ids)).fetch().stream()
                .map(r -> {
                    var carried = EnumSet.noneOf(Flag.class);
                    for (int i = 0; i < columns; i++) {
                        if (Boolean.TRUE.equals(r.get(i + 2, Boolean.class))) {
                            carried.add(Flag.values()[i]);
                        }
                    }
                    return new ItemSignals(r.get(INITIATIVE.ID), r.get(1, Rag.class), carried);
                })
                .collect(Collectors.toMap(ItemSignals::id, Function.identity()));
    }

    /** How many active items carry each flag, counted by the database in one pass. */
    List<Long> flaggedActiveIds(FlagSql flags) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.STAGE.in(Stage.ACTIVE), flags.anyFlag())
                .fetch(INITIATIVE.ID);
    }

    Map<Flag, Long> activeCounts(FlagSql flags) {
        var counts = Arrays.stream(Flag.values())
                .map(flag -> (Field<Integer>) count().filterWhere(flags.has(flag)))
                .toList();
        var row = db.select(counts)
                .from(INITIATIVE)
                .where(INITIATIVE.STAGE.in(Stage.ACTIVE))
                .fetchSingle();
        var result = new EnumMap<Flag, Long>(Flag.class);
        for (int i = 0; i < Flag.values().length; i++) {
            result.put(Flag.values()[i], row.get(i, Long.class));
        }
        return result;
    }
}
