-- Issue 13: an experiment may name the programme it explores, beside (or instead of) the strategic goal it explores.
-- The link points at another row of the same table; the service lets only experiments name one, and only a programme
-- that exists and is not completed or stopped. A programme that experiments still explore cannot be deleted.
alter table initiative add column explores_programme_id bigint references initiative (id);
alter table initiative add constraint initiative_explores_other_ck check (explores_programme_id <> id);
create index initiative_explores_programme_ix on initiative (explores_programme_id);
-- No new grants: the app already reads and writes initiative's rows (V4's default privileges), a new column included.
