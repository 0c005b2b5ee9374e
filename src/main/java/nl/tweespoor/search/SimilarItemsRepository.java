package nl.tweespoor.search;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Items like a given one, in one bounded statement: a title like its title (trigram similarity over the folded
 * titles, V81's index), the same tool or use case (V71's keys), or any word of its title in their search document
 * (the title's words joined by "or", in Dutch and in English: each language's stop words, such as "voor" or "for",
 * are words of the other, so a match must hold in both). Other departments first, then the closest; LIMIT, and the count of other
 * departments among the candidates (at most 100 per way of being alike, other departments first).
 */
@Repository
class SimilarItemsRepository {

    /** The candidates and their ranking, after the CTE {@code x} that says what they must be like. */
    private static final String ALIKE = """
            candidates as (
                (select o.id from initiative o, x
                 where o.id is distinct from x.id and search_fold(o.title) % x.folded
                 order by o.department_id is distinct from x.department_id desc, similarity(search_fold(o.title), x.folded) desc
                 limit {2})
                union
                (select o.id from initiative o, x
                 where o.id is distinct from x.id and o.use_case_key = x.use_case_key
                 order by o.department_id is distinct from x.department_id desc, o.id
                 limit {2})
                union
                (select o.id from initiative o, x
                 where o.id is distinct from x.id and o.tool_key = x.tool_key
                 order by o.department_id is distinct from x.department_id desc, o.id
                 limit {2})
                union
                (select o.id from initiative o, x
                 where o.id is distinct from x.id and o.search_doc @@ x.nl and o.search_doc @@ x.en
                 order by o.department_id is distinct from x.department_id desc, o.id
                 limit {2})
            ),
            matches as (
                select o.id, o.track, o.title, o.department_id, o.department_id is distinct from x.department_id as other,
                       similarity(search_fold(o.title), x.folded)
                           + ts_rank(o.search_doc, x.nl || x.en)
                           + case when o.use_case_key = x.use_case_key then 0.4 else 0 end
                           + case when o.tool_key = x.tool_key then 0.2 else 0 end as score
                from candidates c
                join initiative o on o.id = c.id
                cross join x
            )
            select m.id, m.track, m.title, d.name, m.other,
                   (select count(distinct department_id) from matches where other) as departments
            from matches m
            join department d on d.id = m.department_id
            order by m.other desc, m.score desc, m.id
            limit {1}
            """;

    /**
     * Each way of being alike is its own branch on its own index (trigram on the folded title, the tool and use-case
     * keys, the search document), each capped at {@value #PER_BRANCH} and ordered other departments first: one
     * statement whose work does not grow with the portfolio. An OR of the four over every item made a programme's page
     * 290 ms on 10,000 items.
     */
    private static final String SQL = """
            with x as (
                select i.id, i.department_id, i.tool_key, i.use_case_key, search_fold(i.title) as folded,
                       replace(plainto_tsquery('public.tweespoor_nl', i.title)::text, '&', '|')::tsquery as nl,
                       replace(plainto_tsquery('public.tweespoor_en', i.title)::text, '&', '|')::tsquery as en
                from initiative i
                where i.id = {0}
            ),
            """ + ALIKE;

    /**
     * A draft in the proposal form is not a row yet: its keys are folded as the trigger of V71 and V86 folds an item's
     * (aliases kept by leaders resolved), and as it
     * has no id, "not itself" is "is distinct from" a null id. Its words are V86's telling title words (Dutch stems
     * of four letters or more, no stop words of either language), so a draft "… met AI" is not like every item with
     * "AI" in it. Binds: {0} department (may be null), {1} limit, {2} per
     * branch, {3} tool, {4} use case, {5} title, {6} the words for the search documents.
     */
    private static final String DRAFT_SQL = """
            with x as (
                select cast(null as bigint) as id, cast({0} as bigint) as department_id,
                       tool_key_of({3}) as tool_key,
                       nullif(lower(trim(regexp_replace({4}, '\\s+', ' ', 'g'))), '') as use_case_key,
                       search_fold({5}) as folded,
                       w.words as nl, w.words as en
                from (select coalesce(string_agg(quote_literal(word), ' | '), '')::tsquery as words
                      from unnest(title_words({6})) as word) as w
            ),
            """ + ALIKE;

    /** Candidates per branch: enough to rank the few shown and to count the departments among the closest. */
    private static final int PER_BRANCH = 100;

    private final DSLContext db;

    SimilarItemsRepository(DSLContext db) {
        this.db = db;
    }

    SimilarItems like(long initiativeId, int limit) {
        return similarItems(db.resultQuery(SQL, initiativeId, limit, PER_BRANCH).fetch());
    }

    /** Items like a draft that has no id yet: the same ways of being alike, in one bounded statement. */
    SimilarItems like(SimilarDraft draft, int limit) {
        return similarItems(db.resultQuery(
                        DRAFT_SQL,
                        DSL.val(draft.departmentId(), Long.class),
                        limit,
                        PER_BRANCH,
                        DSL.val(draft.tool()),
                        DSL.val(draft.useCase()),
                        DSL.val(draft.title()),
                        DSL.val(draft.words()))
                .fetch());
    }

    private static SimilarItems similarItems(Result<Record> rows) {
        List<SimilarItem> items = rows.map(row -> new SimilarItem(
                row.get("id", Long.class),
                row.get("track", INITIATIVE.TRACK.getConverter()),
                row.get("title", String.class),
                row.get("name", String.class),
                Boolean.TRUE.equals(row.get("other", Boolean.class))));
        int departments = rows.isEmpty() ? 0 : rows.getFirst().get("departments", Integer.class);
        return new SimilarItems(items, departments);
    }
}
