package nl.tweespoor.search;

import java.util.List;
import nl.tweespoor.base.Track;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Items like a given one, in one bounded statement: a title like its title (trigram similarity over the folded
 * titles, V81's index), the same tool or use case (V71's keys), or any word of its title in their search document
 * (the title's words joined by "or", in Dutch and in English: each language's stop words, such as "voor" or "for",
 * are words of the other, so a match must hold in both). Other departments first, then the closest; LIMIT, and the count of other
 * departments among all matches.
 */
@Repository
class SimilarItemsRepository {

    private static final String SQL = """
            with x as (
                select i.id, i.department_id, i.tool_key, i.use_case_key, search_fold(i.title) as folded,
                       replace(plainto_tsquery('public.tweespoor_nl', i.title)::text, '&', '|')::tsquery as nl,
                       replace(plainto_tsquery('public.tweespoor_en', i.title)::text, '&', '|')::tsquery as en
                from initiative i
                where i.id = {0}
            ),
            matches as (
                select o.id, o.track, o.title, o.department_id, o.department_id <> x.department_id as other,
                       similarity(search_fold(o.title), x.folded)
                           + ts_rank(o.search_doc, x.nl || x.en)
                           + case when o.use_case_key = x.use_case_key then 0.4 else 0 end
                           + case when o.tool_key = x.tool_key then 0.2 else 0 end as score
                from initiative o, x
                where o.id <> x.id
                  and (search_fold(o.title) % x.folded or o.use_case_key = x.use_case_key
                       or o.tool_key = x.tool_key or (o.search_doc @@ x.nl and o.search_doc @@ x.en))
            )
            select m.id, m.track, m.title, d.name, m.other,
                   (select count(distinct department_id) from matches where other) as departments
            from matches m
            join department d on d.id = m.department_id
            order by m.other desc, m.score desc, m.id
            limit {1}
            """;

    private final DSLContext db;

    SimilarItemsRepository(DSLContext db) {
        this.db = db;
    }

    SimilarItems like(long initiativeId, int limit) {
        var rows = db.resultQuery(SQL, initiativeId, limit).fetch();
        List<SimilarItem> items = rows.map(row -> new SimilarItem(
                row.get("id", Long.class),
                Track.valueOf(row.get("track", String.class)),
                row.get("title", String.class),
                row.get("name", String.class),
                Boolean.TRUE.equals(row.get("other", Boolean.class))));
        int departments = rows.isEmpty() ? 0 : rows.getFirst().get("departments", Integer.class);
        return new SimilarItems(items, departments);
    }
}
