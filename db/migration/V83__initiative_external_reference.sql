-- Issue 14: an item imported from a spreadsheet may carry the reference the organisation's own list gives it, so a
-- later import of the same list updates the item instead of adding it again. Empty for items made in Tweespoor;
-- unique where set (an import matches on it).
alter table initiative add column external_ref varchar(100);
alter table initiative add constraint initiative_external_ref_uk unique (external_ref);
alter table initiative add constraint initiative_external_ref_ck check (char_length(trim(external_ref)) > 0);
-- No new grants: the app already reads and writes initiative's rows (V4's default privileges), a new column included.
