-- Issue 16: global search and similar initiatives. PostgreSQL full-text search with Dutch and English stemming that
-- ignores accents (unaccent), and typo-tolerant matching of titles and names (pg_trgm). Both extensions are trusted:
-- the owner role that Flyway migrates as may create them in its own database (the embedded PostgreSQL creates them as
-- its superuser first, for data folders whose database the owner does not own). The app role reads the search
-- columns through its row privileges (V4); it gets nothing new here: the functions and dictionaries are usable by all.
-- Nothing here is for jOOQ's DDL parser (it knows neither extensions nor tsvector); SearchQueries names the columns.
-- [jooq ignore start]
create extension if not exists unaccent schema public;
create extension if not exists pg_trgm schema public;

-- unaccent() is only STABLE (its dictionary could change); an index expression needs an IMMUTABLE function, so a
-- wrapper that names the dictionary, schema-qualified, as PostgreSQL's documentation advises.
create function search_fold(value text) returns text
    language sql immutable parallel safe strict
    return lower(public.unaccent('public.unaccent'::regdictionary, value));

-- Dutch and English stemming after unaccent: "Überprüfung" and "uberprufung" are one word, "chatbots" is "chatbot".
create text search configuration tweespoor_nl (copy = pg_catalog.dutch);
alter text search configuration tweespoor_nl
    alter mapping for hword, hword_part, word with public.unaccent, dutch_stem;
create text search configuration tweespoor_en (copy = pg_catalog.english);
alter text search configuration tweespoor_en
    alter mapping for hword, hword_part, word with public.unaccent, english_stem;

-- A search document: the heading (weight A) and the body (weight C), each stemmed in both languages, so a Dutch or an
-- English query matches either text. search_query() is the query side of the same pair.
create function search_document(heading text, body text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('public.tweespoor_nl', coalesce(heading, '')), 'A')
        || setweight(to_tsvector('public.tweespoor_en', coalesce(heading, '')), 'A')
        || setweight(to_tsvector('public.tweespoor_nl', coalesce(body, '')), 'C')
        || setweight(to_tsvector('public.tweespoor_en', coalesce(body, '')), 'C');

create function search_query(words text) returns tsquery
    language sql immutable parallel safe strict
    return websearch_to_tsquery('public.tweespoor_nl', words) || websearch_to_tsquery('public.tweespoor_en', words);

-- One document per kind, kept by PostgreSQL (stored generated columns: written with the row, never by the app; the
-- backup leaves generated columns out and the restore computes them again). Texts are joined with || (concat_ws is
-- not immutable). The audit log is not indexed: only leaders and admins read it.
alter table initiative add column search_doc tsvector generated always as (search_document(
    title,
    coalesce(description, '') || ' ' || coalesce(hypothesis, '') || ' ' || coalesce(tool_vendor, '') || ' '
        || coalesce(use_case_category, '') || ' ' || coalesce(sponsor, '') || ' ' || coalesce(lead_name, ''))) stored;
alter table initiative add column learnings_doc tsvector generated always as (search_document(null, learnings)) stored;
alter table strategic_goal add column search_doc tsvector generated always as (search_document(title, description))
    stored;
alter table journey add column search_doc tsvector generated always as (search_document(title, description)) stored;
alter table review_decision add column search_doc tsvector generated always as (search_document(
    null, coalesce(reason, '') || ' ' || coalesce(conditions, '') || ' ' || coalesce(learned, ''))) stored;
alter table status_update add column search_doc tsvector generated always as (search_document(
    null, coalesce(summary, '') || ' ' || coalesce(risks, '') || ' ' || coalesce(next_steps, ''))) stored;
alter table item_comment add column search_doc tsvector generated always as (search_document(null, body)) stored;
alter table principle add column search_doc tsvector generated always as (search_document(
    code || ' ' || title, explanation)) stored;

create index initiative_search_ix on initiative using gin (search_doc);
create index initiative_learnings_search_ix on initiative using gin (learnings_doc) where learnings is not null;
create index strategic_goal_search_ix on strategic_goal using gin (search_doc);
create index journey_search_ix on journey using gin (search_doc);
create index review_decision_search_ix on review_decision using gin (search_doc);
create index status_update_search_ix on status_update using gin (search_doc);
create index item_comment_search_ix on item_comment using gin (search_doc);
create index principle_search_ix on principle using gin (search_doc);

-- Typos in titles and names: trigram indexes over the folded text (word similarity, the <% operator).
create index initiative_title_trgm_ix on initiative using gin (search_fold(title) gin_trgm_ops);
create index strategic_goal_title_trgm_ix on strategic_goal using gin (search_fold(title) gin_trgm_ops);
create index journey_title_trgm_ix on journey using gin (search_fold(title) gin_trgm_ops);
create index principle_title_trgm_ix on principle using gin (search_fold(title) gin_trgm_ops);
-- [jooq ignore stop]
