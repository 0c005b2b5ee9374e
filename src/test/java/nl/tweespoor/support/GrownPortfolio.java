package nl.tweespoor.support;

import java.time.LocalDate;
import nl.tweespoor.base.Quarter;
import org.jooq.DSLContext;

/**
 * Grows the demo portfolio inside the test's own (rolled-back) transaction, for statement-count tests: extra active
 * items in every department that share tools and use cases with the demo items (so the demo's fragmentation groups grow) or
 * with each other (40 tools, 25 use cases), with budget lines, status updates, comments, about five assessments per
 * item, risks and HIGH risk classes; and a long history for one item.
 * Set-based SQL, so a few thousand rows take a moment. Until the benchmark's large portfolio generator is in main.
 */
public final class GrownPortfolio {

    private GrownPortfolio() {}

    /** Adds {@code items} items, each with four budget lines this year, 3 updates, 2 comments, 1 risk. */
    public static void grow(DSLContext db, int items) {
        int year = LocalDate.now().getYear();
        String quarter = Quarter.of(LocalDate.now()).toString();
        db.execute("""
                insert into initiative (track, title, layer, stage, owner_id, department_id, tool_vendor,
                        use_case_category, risk_class, start_quarter, end_quarter)
                select case when g % 4 = 0 then 'STRATEGIC' else 'PERSONAL' end,
                       'Groei ' || lpad(g::text, 5, '0'),
                       case when g % 4 = 0 then 'STRATEGIC' else 'PERSONAL_PRODUCTIVITY' end,
                       case when g % 4 = 0 then 'PILOT' when g % 9 = 0 then 'PROPOSED' else 'RUNNING' end,
                       (select id from app_user where username = 'manager'),
                       (select id from department order by id offset g % (select count(*) from department) limit 1),
                       case when g % 8 = 1 then (array['Microsoft Copilot', 'Zendesk AI', 'Claude'])[g % 3 + 1]
                            else 'Hulpmiddel ' || (g % 40) end,
                       case when g % 6 = 1 then (array['Chatbot', 'Schrijfhulp'])[g % 2 + 1]
                            else 'Toepassing ' || (g % 25) end,
                       case when g % 5 = 0 then 'HIGH' else 'LIMITED' end,
                       ? , ?
                from generate_series(1, ?) g
                """, year + "-Q1", year + "-Q4", items);
        db.execute("""
                insert into budget_line (initiative_id, quarter, planned)
                select i.id, ? || '-Q' || q, 1000 from initiative i, generate_series(1, 4) q
                where i.title like 'Groei %'
                """, String.valueOf(year));
        db.execute("""
                insert into status_update (initiative_id, author_id, rag, progress_pct, quarter, summary)
                select i.id, i.owner_id, 'GREEN', 10 * n, ?, 'Voortgang ' || n
                from initiative i, generate_series(1, 3) n where i.title like 'Groei %'
                """, quarter);
        db.execute("""
                insert into item_comment (initiative_id, author_id, body)
                select i.id, i.owner_id, 'Opmerking ' || n from initiative i, generate_series(1, 2) n
                where i.title like 'Groei %'
                """);
        db.execute("""
                insert into principle_assessment (initiative_id, principle_id, result, assessed_by)
                select i.id, p.id, case when (i.id + p.id) % 5 = 0 then 'GAP' else 'MEETS' end, i.owner_id
                from initiative i, principle p where i.title like 'Groei %' and p.active and (i.id + p.id) % 3 <> 0
                """);
        db.execute("""
                insert into item_risk (initiative_id, description, likelihood, impact)
                select i.id, 'Risico van ' || i.title, 4, 4 from initiative i where i.title like 'Groei %'
                """);
    }

    /** Gives one item {@code count} more status updates and comments. */
    public static void longHistory(DSLContext db, long initiativeId, int count) {
        String quarter = Quarter.of(LocalDate.now()).toString();
        db.execute("""
                insert into status_update (initiative_id, author_id, rag, progress_pct, quarter, summary, created_at)
                select i.id, i.owner_id, 'AMBER', n % 100, ?, 'Oude update ' || n, now() - n * interval '1 day'
                from initiative i, generate_series(1, ?) n where i.id = ?
                """, quarter, count, initiativeId);
        db.execute("""
                insert into item_comment (initiative_id, author_id, body, created_at)
                select i.id, i.owner_id, 'Oude opmerking ' || n, now() - n * interval '1 day'
                from initiative i, generate_series(1, ?) n where i.id = ?
                """, count, initiativeId);
    }
}
