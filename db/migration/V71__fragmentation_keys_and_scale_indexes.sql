-- Branch gov (issue 11, scale): what /governance, /roadmap and an item's page query, indexed.

-- The fragmentation key of an item's tool and of its use case (PRODUCT.md §4): trimmed, inner white space
-- collapsed, lower case, so "  Microsoft  COPILOT " and "microsoft copilot" are one tool; null when blank. Kept by
-- PostgreSQL (the trigger below), so the radar groups on plain columns instead of running a regular expression over
-- every active item per page view. (A generated column would say the same, but jOOQ's DDL parser cannot read one.)
alter table initiative add column tool_key varchar(120);
alter table initiative add column use_case_key varchar(120);

-- [jooq ignore start]
create function initiative_fragmentation_keys() returns trigger language plpgsql as $$
begin
    new.tool_key := nullif(lower(trim(regexp_replace(new.tool_vendor, '\s+', ' ', 'g'))), '');
    new.use_case_key := nullif(lower(trim(regexp_replace(new.use_case_category, '\s+', ' ', 'g'))), '');
    return new;
end;
$$;
create trigger initiative_fragmentation_keys before insert or update on initiative
    for each row execute function initiative_fragmentation_keys();
update initiative set tool_key = null;
-- [jooq ignore stop]

-- An item's page looks up the items that share its tool or use case.
create index initiative_tool_key_ix on initiative (tool_key);
create index initiative_use_case_key_ix on initiative (use_case_key);

-- The risk portfolio lists HIGH and PROHIBITED items and counts them per class.
create index initiative_risk_class_ix on initiative (risk_class, stage);

-- The roadmap keeps items whose timebox overlaps the quarters in view: those that end (or, without an end, start) at
-- or after the first quarter shown, which leaves out the years of history.
-- [jooq ignore start]
create index initiative_timebox_end_ix on initiative ((coalesce(end_quarter, start_quarter)));
-- [jooq ignore stop]

-- Checked with EXPLAIN ANALYZE on 10,000 grown items (about 9,000 active, 47,000 assessments): the radar's summary
-- and page are hash joins and aggregates over the active items' memberships; the item page's groups and the risk list
-- use the indexes above (the roadmap scanned, as every grown item fell in the quarters shown); the item page's status
-- updates and comments use those of V1.
