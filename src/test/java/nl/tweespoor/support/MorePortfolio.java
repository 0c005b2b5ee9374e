package nl.tweespoor.support;

import java.time.Year;
import org.jooq.DSLContext;

/**
 * Grows the demo portfolio inside the caller's (rolled-back) transaction, for statement-count tests: {@code items}
 * more initiatives of both tracks and all stages, spread over the users, departments and goals, each with five
 * status updates, budget lines in every quarter of this year and last (some above plan), five audit events, and a
 * decision in a closed review of its own. Deterministic: the same call adds the same rows.
 */
public final class MorePortfolio {

    public static final String TITLE_PREFIX = "Generated item ";

    private MorePortfolio() {}

    /** Adds the items; called again, it adds the next ones (numbered on, in a closed review of their own). */
    public static void add(DSLContext db, int items) {
        int year = Year.now().getValue();
        long lastId =
                db.fetchSingle("select coalesce(max(id), 0) from initiative").get(0, Long.class);
        long before = db.fetchSingle("select count(*) from initiative where title like '" + TITLE_PREFIX + "%'")
                .get(0, Long.class);
        long batch = db.fetchSingle("select count(*) from review where quarter < '2000'")
                .get(0, Long.class);
        db.execute("""
                with u as (select array_agg(id order by id) ids from app_user),
                     d as (select array_agg(id order by id) ids from department),
                     gl as (select array_agg(id order by id) ids from strategic_goal)
                insert into initiative (track, title, layer, ambition, stage, owner_id, department_id, goal_id)
                select case when g %% 5 = 0 then 'STRATEGIC' else 'PERSONAL' end,
                       '%s' || lpad(g::text, 6, '0'),
                       case when g %% 5 = 0 then 'STRATEGIC' else 'PERSONAL_PRODUCTIVITY' end,
                       case when g %% 3 = 0 then 'REDESIGN' else 'OPTIMISE' end,
                       case when g %% 5 = 0 then (array['IDEA', 'DISCOVERY', 'PILOT', 'SCALE', 'RUN'])[1 + (g / 5) %% 5]
                            else (array['PROPOSED', 'RUNNING', 'RUNNING', 'CONCLUDED'])[1 + g %% 4] end,
                       u.ids[1 + g %% array_length(u.ids, 1)],
                       d.ids[1 + g %% array_length(d.ids, 1)],
                       case when g %% 5 = 0 then gl.ids[1 + g %% array_length(gl.ids, 1)] end
                from generate_series(%d, %d) g, u, d, gl
                """.formatted(TITLE_PREFIX, before + 1, before + items));
        var generated = "(select id, owner_id from initiative where id > " + lastId + " and title like '" + TITLE_PREFIX
                + "%')";
        db.execute("""
                insert into status_update (initiative_id, author_id, rag, progress_pct, quarter, summary, created_at)
                select i.id, i.owner_id, (array['GREEN', 'AMBER', 'RED'])[1 + (i.id + n) %% 3], 20 * (n - 1),
                       '%d-Q1', 'Generated update ' || n, now() - ((i.id %% 90 + 30 * n) || ' days')::interval
                from %s i cross join generate_series(1, 5) n
                """.formatted(year, generated));
        db.execute("""
                insert into budget_line (initiative_id, quarter, planned, actual)
                select i.id, y || '-Q' || q, 1000 + (i.id %% 7) * 100,
                       case when (i.id + q) %% 4 = 0 then 1500 else 800 end
                from %s i cross join (values (%d), (%d)) ys(y) cross join generate_series(1, 4) q
                """.formatted(generated, year, year - 1));
        db.execute("""
                with u as (select array_agg(id order by id) ids, array_agg(username order by id) names from app_user)
                insert into audit_event (occurred_at, actor_id, actor_name, kind, entity_type, entity_id,
                                         initiative_id, summary)
                select now() - ((i.id * 5 + n) || ' minutes')::interval, u.ids[1 + (i.id + n) %% array_length(u.ids, 1)],
                       u.names[1 + (i.id + n) %% array_length(u.ids, 1)],
                       (array['INITIATIVE_UPDATED', 'STATUS_POSTED', 'BUDGET_LINE_SAVED'])[1 + n %% 3],
                       'initiative', i.id, i.id, 'Generated event ' || n
                from %s i cross join generate_series(1, 5) n, u
                """.formatted(generated));
        long review = db.fetchSingle("""
                insert into review (quarter, status, opened_at) values (?, 'PLANNED', now() - interval '1 day')
                returning id""", (1950 + batch) + "-Q1").get(0, Long.class);
        db.execute("""
                insert into review_decision (review_id, initiative_id, decision, reason, decided_by, decided_at)
                select %d, i.id, (array['CONTINUE', 'ADJUST', 'STOP'])[1 + i.id %% 3], 'Generated decision',
                       i.owner_id, now() - ((i.id %% 500) || ' seconds')::interval - interval '1 hour'
                from %s i
                """.formatted(review, generated));
        db.execute("update review set status = 'CLOSED', closed_at = now() where id = " + review);
    }
}
