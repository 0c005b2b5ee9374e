package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.demo.Vocabulary.pick;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.demo.LargePortfolio.Sizes;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The set-based statements behind {@link LargePortfolio}: organisation, items, then their history. Pseudo-random
 * values are hashes of a row number and a salt ({@link #h}); quarters are computed as integers (year × 4 + quarter −
 * 1) and written back as 'YYYY-Qn'. Items are numbered 1..N by id among the rows this load adds.
 */
final class PortfolioStatements {

    private static final Logger LOG = LoggerFactory.getLogger(PortfolioStatements.class);

    /** Active and open stages as SQL lists (PRODUCT.md §4); the large portfolio's stage mix is built from them. */
    private static final String ACTIVE = "('RUNNING','DISCOVERY','PILOT','SCALE','RUN')";

    private static final String OPEN = "('PROPOSED','IDEA','RUNNING','DISCOVERY','PILOT','SCALE','RUN')";
    /** Ten years of quarters before the demo story's four closed reviews: 36 of them close here. */
    private static final int HISTORY_QUARTERS = 36 + ReviewCalendar.closedReviews();

    private final DSLContext db;
    private final Sizes sizes;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    PortfolioStatements(DSLContext db, Sizes sizes, Quarter current) {
        this.db = db;
        this.sizes = sizes;
        int cur = current.year() * 4 + current.number() - 1;
        tokens.put("@cur", Integer.toString(cur));
        tokens.put("@first", Integer.toString(cur - HISTORY_QUARTERS));
        tokens.put("@year", Integer.toString(current.year()));
        tokens.put("@items", Integer.toString(sizes.initiatives()));
        tokens.put("@experiments", Integer.toString(sizes.experiments()));
        tokens.put("@baseUser", Long.toString(maxId(APP_USER, APP_USER.ID)));
        tokens.put("@baseItem", Long.toString(maxId(INITIATIVE, INITIATIVE.ID)));
        tokens.put("@baseReview", Long.toString(maxId(REVIEW, REVIEW.ID)));
        tokens.put("@baseAudit", Long.toString(maxId(AUDIT_EVENT, AUDIT_EVENT.ID)));
    }

    void run() {
        organisation();
        items();
        budgets();
        statusUpdates();
        assessments();
        risksAndComments();
        plans();
        reviews();
        auditTrail();
    }

    private long maxId(Table<?> table, Field<Long> id) {
        return db.select(coalesce(max(id), 0L)).from(table).fetchSingle().value1();
    }

    private void exec(String sql) {
        var text = sql;
        for (var token : tokens.entrySet()) {
            text = text.replace(token.getKey(), token.getValue());
        }
        long started = System.nanoTime();
        int rows = db.execute(text);
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "{} rows in {} ms: {}",
                    rows,
                    (System.nanoTime() - started) / 1_000_000,
                    text.strip()
                            .lines()
                            .filter(line -> !line.strip().startsWith("with ")
                                    && !line.strip().startsWith("from initiative i"))
                            .findFirst()
                            .orElse(""));
        }
    }

    /** A pseudo-random non-negative integer from the values and a salt; the same on every load. */
    static String h(String values, String salt) {
        return "(hashtext(concat(" + values + ", ':" + salt + "')) & 2147483647)";
    }

    /** 'YYYY-Qn' of a quarter index. */
    private static String q(String index) {
        return "concat((" + index + ") / 4, '-Q', (" + index + ") % 4 + 1)";
    }

    /** The first moment of a quarter index. */
    private static String qd(String index) {
        return "make_date((" + index + ") / 4, ((" + index + ") % 4) * 3 + 1, 1)::timestamptz";
    }

    /** The quarter index of a 'YYYY-Qn' column. */
    private static String qi(String column) {
        return "(split_part(" + column + ", '-Q', 1)::int * 4 + split_part(" + column + ", '-Q', 2)::int - 1)";
    }

    /** The items this load added, numbered, with their timebox as quarter indexes. */
    private static final String ITEMS = """
            with g as (select i.id, i.track, i.stage, i.owner_id, i.created_at, i.title,
                              row_number() over (order by i.id) as n, %s as s, %s as e
                         from initiative i where i.id > @baseItem)
            """.formatted(qi("i.start_quarter"), qi("i.end_quarter"));

    private static final String POOLS = """
            (select (select array_agg(u.id order by u.id) from app_user u where exists (select 1 from user_role r
                       where r.user_id = u.id and r.role in ('LEADER', 'PROGRAMME_MANAGER'))) as owners,
                    (select array_agg(u.id order by u.id) from app_user u where exists (select 1 from user_role r
                       where r.user_id = u.id and r.role = 'LEADER')) as leaders,
                    (select array_agg(id order by id) from app_user) as everyone,
                    (select array_agg(id order by id) from department) as depts,
                    (select array_agg(name order by id) from department) as dept_names,
                    (select array_agg(id order by id) from strategic_goal) as goals) p
            """;

    private static String member(String array, String random) {
        return "p." + array + "[1 + (" + random + ") % cardinality(p." + array + ")]";
    }

    private void organisation() {
        exec("""
                insert into department (name)
                select case when n <= %1$d then (%2$s)[n] else (%2$s)[1 + (n - 1) %% %1$d] || ' ' || ((n - 1) / %1$d + 1) end
                  from generate_series(1, %3$d) n
                """.formatted(
                Vocabulary.DEPARTMENTS.size(), Vocabulary.array(Vocabulary.DEPARTMENTS), sizes.departments() - 7));
        exec("""
                insert into app_user (username, display_name, email, password_hash, locale)
                select lower(first) || '.' || n, first || ' ' || last, lower(first) || '.' || n || '@noordzee.example',
                       hash, case when n %% 5 = 0 then 'en' else 'nl' end
                  from (select n, %s as first, %s as last from generate_series(1, %d) n) x
                 cross join (select coalesce((select password_hash from app_user where username = 'viewer'),
                                             (select min(password_hash) from app_user), '!') as hash) h
                """.formatted(
                        pick(Vocabulary.FIRST_NAMES, h("n", "first")),
                        pick(Vocabulary.LAST_NAMES, h("n", "last")),
                        sizes.users() - 5));
        exec("""
                insert into user_role (user_id, role)
                select id, case when r % 20 = 0 then 'LEADER' when r % 20 <= 7 then 'PROGRAMME_MANAGER'
                                when r % 50 = 49 then 'ADMIN' else 'VIEWER' end
                  from (select id, row_number() over (order by id) as r from app_user where id > @baseUser) x
                """);
        exec("""
                insert into strategic_goal (title, description, horizon_year, created_at)
                select case when n <= %1$d then (%2$s)[n] else (%2$s)[1 + (n - 1) %% %1$d] || ' ' || ((n - 1) / %1$d + 1) end,
                       'Strategisch doel uit het meerjarenplan.', @year - 3 + n %% 7, now() - (n * 60) * interval '1 day'
                  from generate_series(1, %3$d) n
                """.formatted(
                Vocabulary.GOALS.size(), Vocabulary.array(Vocabulary.GOALS), Math.max(1, sizes.programmes() / 125)));
    }

    private void items() {
        // The programmes' journeys: the vocabulary's, added unless the demo story has one of that title already.
        exec("""
                insert into journey (title, kind, intent)
                select title, 'CUSTOMER_JOURNEY', 'OPTIMISE' from unnest(%s) title
                    on conflict (title) do nothing
                """.formatted(Vocabulary.array(Vocabulary.JOURNEYS)));
        var sql = """
                insert into initiative (track, title, description, hypothesis, layer, ambition, stage, risk_class,
                       risk_justification, score_value, score_strategic_fit, score_feasibility, score_urgency, score_risk,
                       owner_id, department_id, goal_id, sponsor, lead_name, participants, tool_vendor, use_case_category,
                       journey_id, start_quarter, end_quarter, cost_estimate, hours_saved_per_week, adoption_pct,
                       satisfaction, learnings, started_at, created_at, updated_at)
                select case when exp then 'PERSONAL' else 'STRATEGIC' end,
                       case when exp and en then {prefix_en} || ' ' || {subject_en}
                            when exp then {prefix_nl} || ' ' || {subject_nl}
                            when en then {pprefix_en} || ' ' || {subject_en}
                            else {pprefix_nl} || ' ' || {subject_nl} end || ' · ' || dept_name,
                       case when exp then 'Experiment van ' || dept_name || ' met ' || {tool} || '.'
                            else 'Programma van ' || dept_name || ' in de klantreis ' || lower({journey}) || '.' end,
                       case when exp then 'Als ' || dept_name || ' ' || {tool} || ' gebruikt voor ' || lower({use_case})
                                 || ', besparen medewerkers tijd en groeit het vertrouwen in AI.'
                            else 'Als we ' || {subject_nl} || ' met AI ' || case when redesign then 'opnieuw ontwerpen'
                                 else 'ondersteunen' end || ', worden doorlooptijd en kwaliteit 20% beter.' end,
                       case when exp then 'PERSONAL_PRODUCTIVITY' when b % 3 = 0 then 'STRATEGIC' else 'OPERATIONAL' end,
                       case when redesign then 'REDESIGN' else 'OPTIMISE' end,
                       stage,
                       case when not exp and c % 100 < 15 then 'HIGH' when not exp and c % 100 < 50 then 'LIMITED'
                            when exp and u = 0 then 'LIMITED' else 'MINIMAL' end,
                       case when not exp and c % 100 < 15
                            then 'Beslissingen met gevolgen voor klanten (EU AI Act bijlage III).' end,
                       (1 + {sv} % 5)::smallint, (1 + {sf} % 5)::smallint, (1 + {se} % 5)::smallint,
                       (1 + {su} % 5)::smallint, (1 + {sr} % 5)::smallint,
                       {owner}, dept_id, case when not exp or a % 10 < 3 then {goal} end,
                       case when not exp then {sponsor} end,
                       case when exp then {lead} end,
                       case when exp then 3 + c % 38 end,
                       {tool}, {use_case},
                       case when not exp then (select j.id from journey j where j.title = {journey}) end,
                       {q_s}, {q_e},
                       case when exp then 2500 + (3 + c % 38) * 600 else 100000 + b % 40 * 25000 end,
                       case when exp and stage <> 'PROPOSED' then (a % 120) / 10.0 end,
                       case when exp and stage <> 'PROPOSED' then 5 + b % 95 end,
                       case when exp and stage <> 'PROPOSED' then round(1.5 + (c % 35) / 10.0, 1) end,
                       case when stage in ('CONCLUDED', 'STOPPED', 'PROMOTED', 'COMPLETED') then {learning} end,
                       case when exp and stage <> 'PROPOSED' then least(now(), {qd_s} + (c % 60) * interval '1 day') end,
                       created,
                       greatest(created, least(now(), {qd_e1}) - (c % 30) * interval '1 day')
                  from (select t.*, case when kind = 'open' then now() - (a % 90) * interval '1 day'
                                         else {qd_s} - (7 + b % 60) * interval '1 day' end as created
                          from (select t.*,
                                       case when kind = 'active' then @cur + b % (case when exp then 4 else 5 end)
                                            when kind = 'open' then s + b % 2
                                            else least(s + case when exp then b % 5 else 1 + b % 8 end, @cur - 1) end as e
                                  from (select t.*,
                                               case when kind = 'active' then @cur - a % (case when exp then 9 else 10 end)
                                                    when kind = 'open' then @cur + 1 + a % 3
                                                    else @first + a % (@cur - @first - 1) end as s
                                          from (select t.*, p.dept_names[d] as dept_name, p.depts[d] as dept_id,
                                                       case when stage in {active} then 'active'
                                                            when stage in ('PROPOSED', 'IDEA') then 'open'
                                                            else 'done' end as kind
                                                  from (select t.*, 1 + dr % cardinality(p.depts) as d,
                                                               case when exp then case when k < 40 then 'RUNNING'
                                                                   when k < 50 then 'PROPOSED' when k < 70 then 'CONCLUDED'
                                                                   when k < 90 then 'STOPPED' when k < 95 then 'PROMOTED'
                                                                   else 'CONCLUDED' end
                                                               else case when k < 10 then 'IDEA' when k < 20 then 'DISCOVERY'
                                                                   when k < 35 then 'PILOT' when k < 45 then 'SCALE'
                                                                   when k < 55 then 'RUN' when k < 80 then 'COMPLETED'
                                                                   else 'STOPPED' end end as stage
                                                          from (select n, n <= @experiments as exp, {hk} % 100 as k,
                                                                       {ha} as a, {hb} as b, {hc} as c, {hu} % 15 as u,
                                                                       {hs} as subj, {hd} as dr, {hl} % 4 = 0 as en,
                                                                       n > @experiments and {hr} % 10 < 3 as redesign
                                                                  from generate_series(1, @items) n) t
                                                         cross join {pools}) t
                                                 cross join {pools}) t) t) t) t
                 cross join {pools}
                """;
        var parts = new LinkedHashMap<String, String>();
        parts.put("{prefix_en}", pick(Vocabulary.PREFIX_EN, "u"));
        parts.put("{prefix_nl}", pick(Vocabulary.PREFIX_NL, "u"));
        parts.put("{pprefix_en}", pick(Vocabulary.PROGRAMME_PREFIX_EN, "a"));
        parts.put("{pprefix_nl}", pick(Vocabulary.PROGRAMME_PREFIX_NL, "a"));
        parts.put("{subject_en}", pick(Vocabulary.SUBJECTS_EN, "subj"));
        parts.put("{subject_nl}", pick(Vocabulary.SUBJECTS_NL, "subj"));
        parts.put("{use_case}", pick(Vocabulary.USE_CASES, "u"));
        parts.put("{tool}", pick(Vocabulary.TOOLS, h("n", "tool")));
        parts.put("{journey}", pick(Vocabulary.JOURNEYS, h("n", "journey")));
        parts.put("{sponsor}", pick(Vocabulary.SPONSORS, h("n", "sponsor")));
        parts.put("{learning}", pick(Vocabulary.LEARNINGS, h("n", "learn")));
        parts.put(
                "{lead}",
                pick(Vocabulary.FIRST_NAMES, h("n", "lf")) + " || ' ' || " + pick(Vocabulary.LAST_NAMES, h("n", "ll")));
        parts.put("{owner}", member("owners", h("n", "owner")));
        parts.put("{goal}", member("goals", h("n", "goal")));
        for (var salt : new String[] {"sv", "sf", "se", "su", "sr"}) {
            parts.put("{" + salt + "}", h("n", salt));
        }
        for (var salt : new String[] {"hk", "ha", "hb", "hc", "hu", "hs", "hd", "hl", "hr"}) {
            parts.put("{" + salt + "}", h("n", salt));
        }
        parts.put("{q_s}", q("s"));
        parts.put("{q_e}", q("e"));
        parts.put("{qd_s}", qd("s"));
        parts.put("{qd_e1}", qd("e + 1"));
        parts.put("{active}", ACTIVE);
        parts.put("{pools}", POOLS);
        for (var part : parts.entrySet()) {
            sql = sql.replace(part.getKey(), part.getValue());
        }
        exec(sql);
        // A programme grown out of a promoted experiment remembers where it came from.
        exec("""
                update initiative p set promoted_from_id = x.id
                  from (select id, row_number() over (order by id) as r from initiative
                         where id > @baseItem and stage = 'PROMOTED') x
                  join (select id, row_number() over (order by id) as r from initiative
                         where id > @baseItem and track = 'STRATEGIC' and stage <> 'IDEA') y on y.r = x.r
                 where p.id = y.id
                """);
        // Three in four open items are ranked, after the demo story's ranks, in a shuffled order.
        exec(ITEMS + """
                update initiative i set priority_rank = t.base + t.r
                  from (select g.id, row_number() over (partition by g.track order by %s) as r, b.base
                          from g join (select track, coalesce(max(priority_rank), 0) as base from initiative
                                        group by track) b on b.track = g.track
                         where g.stage in %s and %s %% 100 < 75) t
                 where i.id = t.id
                """.formatted(h("g.n", "order"), OPEN, h("g.n", "ranked")));
    }

    private void budgets() {
        exec(ITEMS
                + """
                insert into budget_line (initiative_id, quarter, planned, actual)
                select id, %s, planned,
                       case when q < @cur then round(planned * ratio, -2) when q = @cur then round(planned * ratio * 0.6, -2)
                            else 0 end
                  from (select g.id, q,
                               (case when g.track = 'PERSONAL' then 1000 + %s %% 14 * 1000
                                     else 20000 + %s %% 24 * 10000 end)::numeric as planned,
                               case when %s %% 100 < 8 then 1.15 + %s %% 35 / 100.0
                                    else 0.6 + %s %% 40 / 100.0 end as ratio
                          from g cross join lateral generate_series(g.s, g.e) q) b
                """.formatted(
                                q("q"),
                                h("n", "plan"),
                                h("n", "plan"),
                                h("n", "over"),
                                h("n", "overby"),
                                h("n, '/', q", "spend")));
        // Envelopes for every year with budget: the past as spent, this year and the next short of the open items'
        // plans, so the priorities have a cut line to show.
        exec("""
                insert into budget_envelope (track, year, amount)
                select i.track, split_part(b.quarter, '-Q', 1)::int,
                       round(coalesce(sum(b.planned) filter (where i.stage in %s), 0) * 0.75
                             + coalesce(sum(b.planned) filter (where i.stage not in %s), 0), -3)
                  from budget_line b join initiative i on i.id = b.initiative_id
                 group by 1, 2
                having sum(b.planned) filter (where i.stage in %s) is not null
                    or split_part(b.quarter, '-Q', 1)::int < @year
                on conflict (track, year) do update set amount = excluded.amount, version = budget_envelope.version + 1
                """.formatted(OPEN, OPEN, OPEN));
        exec("""
                insert into budget_envelope (track, year, amount)
                select i.track, split_part(b.quarter, '-Q', 1)::int, round(sum(b.planned), -3)
                  from budget_line b join initiative i on i.id = b.initiative_id
                 group by 1, 2
                on conflict (track, year) do nothing
                """);
    }

    /**
     * 16 to 35 updates per started item, evenly spread over its timebox; one in ten active items has gone quiet
     * (stale). One hash per update row, its digits read as several independent choices.
     */
    private void statusUpdates() {
        exec(ITEMS
                + """
                insert into status_update (initiative_id, author_id, rag, progress_pct, quarter, spend, summary, risks,
                       next_steps, created_at)
                select id, case when r % 5 = 0 then OTHER else owner_id end,
                       case when k = c then case when health < 10 then 'RED' when health < 30 then 'AMBER' else 'GREEN' end
                            when r / 5 % 100 < 7 then 'RED' when r / 5 % 100 < 25 then 'AMBER' else 'GREEN' end,
                       case when stage in ACTIVE then 85 * k / c else 100 * k / c end,
                       concat(extract(year from ts)::int, '-Q', extract(quarter from ts)::int),
                       case when k % 2 = 1 then case when track = 'PERSONAL' then 500 + r % 5000
                                                     else 10000 + r % 150000 end end,
                       SUMMARY, RISKS, NEXT, ts
                  from (select g.*, k, w.c, w.health, HASH_NK as r,
                               least(now(), w.t0 + (greatest(w.t0, w.t1) - w.t0) * (k::float8 / w.c)) as ts
                          from g cross join lateral (
                                 select 16 + x % 20 as c, x / 20 % 100 as health, QD_S + interval '7 days' as t0,
                                        case when g.stage in ACTIVE
                                             then now() - (case when x / 2000 % 100 < 10 then 46 + x / 200000 % 80
                                                                else x / 200000 % 20 end) * interval '1 day'
                                             else least(now(), QD_E1 - interval '3 days') end as t1
                                   from (select HASH_N as x) hx) w
                         cross join lateral generate_series(1, w.c) k
                         where g.stage not in ('PROPOSED', 'IDEA')) u
                 cross join POOLS
                """.replace("OTHER", member("owners", "r / 3"))
                        .replace("SUMMARY", pick(Vocabulary.SUMMARIES, "r / 500"))
                        .replace("RISKS", pick(Vocabulary.RISKS, "r / 6000"))
                        .replace("NEXT", pick(Vocabulary.NEXT_STEPS, "r / 42000"))
                        .replace("HASH_NK", h("g.n, '/', k", "update"))
                        .replace("HASH_N", h("g.n", "updates"))
                        .replace("QD_S", qd("g.s"))
                        .replace("QD_E1", qd("g.e + 1"))
                        .replace("ACTIVE", ACTIVE)
                        .replace("POOLS", POOLS));
    }

    private void assessments() {
        exec(ITEMS
                + """
                insert into principle_assessment (initiative_id, principle_id, result, note, assessed_by, assessed_at)
                select g.id, pr.id,
                       case when %1$s %% 100 < 3 then 'GAP' when %1$s %% 100 < 11 then 'NOT_APPLICABLE' else 'MEETS' end,
                       case when %1$s %% 100 < 3 then 'Nog niet aangetoond; actie voor de volgende review.' end,
                       %2$s, least(now(), g.created_at + (%1$s %% 90) * interval '1 day')
                  from g cross join principle pr cross join POOLS
                 where pr.active and ((g.track = 'STRATEGIC' and g.stage <> 'IDEA') or %3$s %% 100 < 66)
                """.formatted(
                                h("n, '/', pr.id", "result"),
                                member("owners", h("n, '/', pr.id", "by")),
                                h("n, '/', pr.id", "assessed"))
                        .replace("POOLS", POOLS));
    }

    private void risksAndComments() {
        exec(ITEMS
                + """
                insert into item_risk (initiative_id, description, likelihood, impact, mitigation, owner_name, status)
                select g.id, %1$s, (1 + %2$s %% 5)::smallint, (1 + %3$s %% 5)::smallint, %4$s, %5$s,
                       case when %6$s %% 100 < 45 then 'OPEN' when %6$s %% 100 < 70 then 'MITIGATED'
                            when %6$s %% 100 < 85 then 'ACCEPTED' else 'CLOSED' end
                  from generate_series(1, %7$d) x join g on g.n = 1 + %8$s %% @items
                """.formatted(
                                pick(Vocabulary.RISK_DESCRIPTIONS, h("x", "desc")),
                                h("x", "likelihood"),
                                h("x", "impact"),
                                pick(Vocabulary.MITIGATIONS, h("x", "mitigation")),
                                pick(Vocabulary.FIRST_NAMES, h("x", "of")) + " || ' ' || "
                                        + pick(Vocabulary.LAST_NAMES, h("x", "ol")),
                                h("x", "status"),
                                sizes.risks(),
                                h("x", "item")));
        exec(ITEMS
                + """
                insert into item_comment (initiative_id, author_id, body, created_at)
                select g.id, %1$s, %2$s, g.created_at + (now() - g.created_at) * (%3$s %% 1000 / 1000.0)
                  from generate_series(1, %4$d) x join g on g.n = 1 + %5$s %% @items
                 cross join POOLS
                """.formatted(
                                member("everyone", h("x", "author")),
                                pick(Vocabulary.COMMENTS, h("x", "body")),
                                h("x", "when"),
                                sizes.comments(),
                                h("x", "item"))
                        .replace("POOLS", POOLS));
    }

    /** Milestones along every programme's timebox and one KPI each. */
    private void plans() {
        exec(ITEMS + """
                insert into milestone (initiative_id, title, due_quarter, done)
                select g.id, %s, %s, m.due < @cur
                  from g cross join lateral (values (1, g.s), (2, (g.s + g.e) / 2), (3, g.e)) m (nr, due)
                 where g.track = 'STRATEGIC'
                """.formatted(pick(Vocabulary.MILESTONES, h("n, '/', m.nr", "milestone")), q("m.due")));
        exec(ITEMS + """
                insert into kpi (initiative_id, name, unit, baseline, target, actual)
                select g.id, 'Doorlooptijd', 'dagen', 10 + %1$s %% 10, 3 + %1$s %% 3,
                       case when g.stage <> 'IDEA' then 5 + %1$s %% 8 end
                  from g where g.track = 'STRATEGIC'
                """.formatted(h("n", "kpi")));
    }

    /**
     * 36 closed reviews, each with a decision for every item active in its quarter. A closed review's decisions are
     * final (a trigger refuses changes), so the reviews are written open, decided, and closed last.
     */
    private void reviews() {
        exec("""
                insert into review (quarter, status, opened_at)
                select %s, 'PLANNED', %s + interval '75 days' from generate_series(@first, @first + 35) q
                """.formatted(q("q"), qd("q")));
        exec(ITEMS
                + """
                insert into review_decision (review_id, initiative_id, decision, reason, conditions, learned, decided_by,
                       decided_at)
                select id, item, decision,
                       case decision when 'STOP' then 'Resultaten blijven achter; stoppen.'
                                     when 'PROMOTE' then 'Bewezen waarde; door als programma.'
                                     when 'SCALE' then 'Waarde aangetoond, opschalen.'
                                     when 'ADJUST' then 'Bijsturen op scope en budget.'
                                     else 'Op koers; door volgens plan.' end,
                       case when decision = 'ADJUST' then 'Scope halveren en over een kwartaal opnieuw bekijken.' end,
                       case when decision = 'STOP' then LEARNING end,
                       decided_by, decided_at
                  from (select r.id, g.id as item, g.n, r.opened_at + (%1$s %% 10) * interval '1 day' as decided_at,
                               %2$s as decided_by,
                               case when rq = g.e and g.stage = 'STOPPED' then 'STOP'
                                    when rq = g.e and g.stage = 'PROMOTED' then 'PROMOTE'
                                    when g.track = 'STRATEGIC' and rq < g.e and %1$s %% 100 < 8 then 'SCALE'
                                    when %1$s %% 100 < 15 then 'ADJUST' else 'CONTINUE' end as decision
                          from g join (select r.*, %3$s as rq from review r where r.id > @baseReview) r
                            on r.rq between g.s and g.e
                         cross join POOLS
                         where g.stage not in ('PROPOSED', 'IDEA')) d
                """.formatted(
                                h("g.n, '/', r.id", "decision"),
                                member("leaders", h("g.n, '/', r.id", "leader")),
                                qi("r.quarter"))
                        .replace("POOLS", POOLS)
                        .replace("LEARNING", pick(Vocabulary.LEARNINGS, h("n", "learn"))));
        exec("""
                update review set status = 'CLOSED', closed_at = opened_at + interval '14 days',
                       closed_by = (select min(r.user_id) from user_role r where r.role = 'LEADER'), version = version + 1
                 where id > @baseReview
                """);
    }

    /** What the app would have logged: every item proposed, comment, assessment, and status updates to the total. */
    private void auditTrail() {
        exec(ITEMS + """
                insert into audit_event (occurred_at, actor_id, actor_name, kind, entity_type, entity_id, initiative_id,
                       summary)
                select g.created_at, u.id, u.username, 'INITIATIVE_CREATED', 'initiative', g.id, g.id,
                       left(g.track || ' proposed: ' || g.title, 500)
                  from g join app_user u on u.id = g.owner_id
                """);
        exec("""
                insert into audit_event (occurred_at, actor_id, actor_name, kind, entity_type, entity_id, initiative_id,
                       summary)
                select c.created_at, u.id, u.username, 'COMMENT_ADDED', 'comment', c.id, c.initiative_id, 'Comment added'
                  from item_comment c join app_user u on u.id = c.author_id where c.initiative_id > @baseItem
                """);
        exec("""
                insert into audit_event (occurred_at, actor_id, actor_name, kind, entity_type, entity_id, initiative_id,
                       summary)
                select a.assessed_at, u.id, u.username, 'PRINCIPLE_ASSESSED', 'principle_assessment', a.id, a.initiative_id,
                       left(i.title || ' · ' || p.code || ': ' || a.result, 500)
                  from principle_assessment a join app_user u on u.id = a.assessed_by
                  join principle p on p.id = a.principle_id join initiative i on i.id = a.initiative_id
                 where a.initiative_id > @baseItem
                """);
        exec("""
                insert into audit_event (occurred_at, actor_id, actor_name, kind, entity_type, entity_id, initiative_id,
                       summary)
                select s.created_at, u.id, u.username, 'STATUS_POSTED', 'status_update', s.id, s.initiative_id,
                       left(i.title || ': ' || s.rag || ', ' || s.progress_pct || '%%', 500)
                  from status_update s join app_user u on u.id = s.author_id join initiative i on i.id = s.initiative_id
                 where s.initiative_id > @baseItem
                 order by s.id desc
                 limit greatest(0, %d - (select count(*) from audit_event where id > @baseAudit))
                """.formatted(sizes.auditEvents()));
        exec("""
                insert into audit_event (actor_name, kind, entity_type, summary)
                values ('system', '%s', 'system', 'Large portfolio loaded: %d initiatives')
                """.formatted(LargePortfolio.LOADED, sizes.initiatives()));
    }
}
