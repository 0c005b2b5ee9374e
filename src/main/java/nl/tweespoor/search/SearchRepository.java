package nl.tweespoor.search;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * The search itself, one statement for all kinds: full text on the documents V81 keeps (Dutch and English stems,
 * accents folded) and, for titles and names, word similarity over trigrams for typos. Each kind is ranked on its own
 * (ts_rank plus the title's similarity), its best few come back with their headlines, and every row carries its
 * kind's count. Only the rows returned are headlined; the counts come from the indexes' matches.
 */
@Repository
class SearchRepository {

    /** Options of ts_headline: the markers of {@link Marked}, short snippets of at most two fragments. */
    private static final String SNIPPET = "StartSel=" + Marked.START + ", StopSel=" + Marked.STOP
            + ", MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=\" … \"";

    private static final String TITLE = "StartSel=" + Marked.START + ", StopSel=" + Marked.STOP + ", HighlightAll=true";

    private static final String SQL = """
            with q as (select search_query({0}) as words, search_fold({0}) as folded),
            hits as (
                select case i.track when 'PERSONAL' then 'EXPERIMENT' else 'PROGRAMME' end as kind, i.id,
                       i.id as target_id, i.track, i.title,
                       concat_ws(' ', i.description, i.hypothesis, i.tool_vendor, i.use_case_category) as body,
                       null::text as context,
                       ts_rank(i.search_doc, q.words) + word_similarity(q.folded, search_fold(i.title)) as score
                from initiative i, q
                where i.search_doc @@ q.words or q.folded <% search_fold(i.title)
                union all
                select 'LEARNING', i.id, i.id, i.track, i.title, i.learnings, null, ts_rank(i.learnings_doc, q.words)
                from initiative i, q
                where i.learnings is not null and i.learnings_doc @@ q.words
                union all
                select 'GOAL', g.id, g.id, null, g.title, g.description, g.horizon_year::text,
                       ts_rank(g.search_doc, q.words) + word_similarity(q.folded, search_fold(g.title))
                from strategic_goal g, q
                where g.search_doc @@ q.words or q.folded <% search_fold(g.title)
                union all
                select 'JOURNEY', j.id, j.id, null, j.title, j.description, null,
                       ts_rank(j.search_doc, q.words) + word_similarity(q.folded, search_fold(j.title))
                from journey j, q
                where j.search_doc @@ q.words or q.folded <% search_fold(j.title)
                union all
                select 'DECISION', d.id, d.review_id, i.track, i.title,
                       concat_ws(' ', d.reason, d.conditions, d.learned), r.quarter, ts_rank(d.search_doc, q.words)
                from review_decision d
                join review r on r.id = d.review_id
                join initiative i on i.id = d.initiative_id, q
                where d.search_doc @@ q.words
                union all
                select 'STATUS_UPDATE', s.id, s.initiative_id, i.track, i.title,
                       concat_ws(' ', s.summary, s.risks, s.next_steps), s.quarter, ts_rank(s.search_doc, q.words)
                from status_update s
                join initiative i on i.id = s.initiative_id, q
                where s.search_doc @@ q.words
                union all
                select 'COMMENT', c.id, c.initiative_id, i.track, i.title, c.body, null, ts_rank(c.search_doc, q.words)
                from item_comment c
                join initiative i on i.id = c.initiative_id, q
                where c.search_doc @@ q.words
                union all
                select 'PRINCIPLE', p.id, p.id, null, p.code || ' ' || p.title, p.explanation, null,
                       ts_rank(p.search_doc, q.words) + word_similarity(q.folded, search_fold(p.title))
                from principle p, q
                where p.search_doc @@ q.words or q.folded <% search_fold(p.title)
            ),
            ranked as (
                select hits.*,
                       row_number() over (partition by kind order by score desc, id desc) as place,
                       count(*) over (partition by kind) as total
                from hits
            )
            select r.kind, r.id, r.target_id, r.track, r.context, r.total,
                   ts_headline(cast({4} as regconfig), r.title, q.words, {2}) as title,
                   ts_headline(cast({4} as regconfig), coalesce(r.body, ''), q.words, {3}) as snippet
            from ranked r, q
            where r.place <= {1}
            order by r.kind, r.place
            """;

    private final DSLContext db;

    SearchRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * The best {@code perKind} hits of every kind that matched {@code words}, with each kind's count. The words are
     * marked as the reader's language reads the text: the query holds the Dutch and the English stems, and a headline
     * parses the text in one configuration, so an English reader's "summaries" marks "summary" only when the text is
     * read as English.
     */
    List<SearchGroup> search(String words, int perKind, Locale language) {
        var configuration = "en".equals(language.getLanguage()) ? "public.tweespoor_en" : "public.tweespoor_nl";
        Map<SearchKind, List<SearchHit>> hits = new EnumMap<>(SearchKind.class);
        Map<SearchKind, Integer> totals = new EnumMap<>(SearchKind.class);
        for (Record row : db.resultQuery(SQL, words, perKind, TITLE, SNIPPET, configuration)) {
            var kind = SearchKind.valueOf(row.get("kind", String.class));
            hits.computeIfAbsent(kind, k -> new ArrayList<>())
                    .add(new SearchHit(
                            kind,
                            row.get("id", Long.class),
                            row.get("target_id", Long.class),
                            // plain SQL: the track (none for a principle) read through the column's converter
                            row.get("track", INITIATIVE.TRACK.getConverter()),
                            Marked.parse(row.get("title", String.class)),
                            Marked.parse(row.get("snippet", String.class)),
                            row.get("context", String.class)));
            totals.put(kind, row.get("total", Integer.class));
        }
        var groups = new ArrayList<SearchGroup>();
        hits.forEach(
                (kind, found) -> groups.add(new SearchGroup(kind, found, totals.getOrDefault(kind, found.size()))));
        return groups;
    }
}
