package nl.tweespoor.review;

import java.time.LocalDate;
import nl.tweespoor.base.Quarter;
import org.jooq.DSLContext;

/**
 * Adds thousands of active items to the database, set-based in SQL: experiments RUNNING and programmes DISCOVERY,
 * each with a status update this quarter (every 25th RED, so flagged: experiments and programmes alike) and planned money a year ahead, which a STOP
 * releases. Titles start with the given prefix and a five-digit number.
 */
public final class LargeAgenda {

    private LargeAgenda() {}

    /** Adds {@code count} items titled "{prefix} 00001" and on; returns how many of them are RED. */
    public static int addItems(DSLContext db, String prefix, int count) {
        var current = Quarter.of(LocalDate.now());
        db.execute("""
                insert into initiative (track, title, layer, stage, owner_id, department_id, hypothesis, lead_name)
                select case when g % 2 = 0 then 'PERSONAL' else 'STRATEGIC' end,
                       ? || ' ' || lpad(g::text, 5, '0'),
                       case when g % 2 = 0 then 'PERSONAL_PRODUCTIVITY' else 'OPERATIONAL' end,
                       case when g % 2 = 0 then 'RUNNING' else 'DISCOVERY' end,
                       (select id from app_user where username = 'manager'),
                       (select min(id) from department), 'Generated for a large agenda', 'Generator'
                  from generate_series(1, ?) g""", prefix, count);
        db.execute("""
                insert into status_update (initiative_id, author_id, rag, progress_pct, quarter, summary)
                select i.id, i.owner_id, case when substr(i.title, length(i.title) - 1) in ('25', '50', '75', '00')
                                              then 'RED' else 'GREEN' end,
                       50, ?, 'Generated update'
                  from initiative i where i.title like ? || ' %'""", current.toString(), prefix);
        db.execute("""
                insert into budget_line (initiative_id, quarter, planned, actual)
                select i.id, ?, 1000, 0 from initiative i where i.title like ? || ' %'""", current.plus(4).toString(), prefix);
        return count / 25;
    }
}
