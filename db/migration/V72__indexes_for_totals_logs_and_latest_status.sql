-- Issue 11 (scale): an index under every filter, join and sort of the budget totals, the logs and "latest status
-- per item". Index definitions only; the jOOQ code generator (H2 under DDLDatabase) needs none of them.
-- [jooq ignore start]

-- Foreign keys that item pages and the review agenda join on (review_decision's initiative_id: see the decision
-- log's per-item index below, which leads on it).
create index gate_override_initiative_ix on gate_override (initiative_id);
create index initiative_promoted_from_ix on initiative (promoted_from_id, id) where promoted_from_id is not null;

-- A year's budget totals read the year's lines only, index-only, never the whole table.
create index budget_line_quarter_ix on budget_line (quarter) include (initiative_id, planned, actual);

-- The latest status of an item is the first entry of this index for it (created_at and id both break ties).
drop index status_update_initiative_ix;
create index status_update_latest_ix on status_update (initiative_id, created_at desc, id desc);

-- The audit log is read newest first by key (occurred_at, id); each filter has that order under its column.
drop index audit_event_initiative_ix;
drop index audit_event_actor_ix;
create index audit_event_initiative_ix on audit_event (initiative_id, occurred_at desc, id desc);
create index audit_event_actor_ix on audit_event (actor_id, occurred_at desc, id desc);
create index audit_event_kind_ix on audit_event (kind, occurred_at desc, id desc);

-- The decision log is read newest first by key (decided_at, id), unfiltered or per item, review or decision.
create index review_decision_log_ix on review_decision (decided_at desc, id desc);
create index review_decision_item_log_ix on review_decision (initiative_id, decided_at desc, id desc);
create index review_decision_review_log_ix on review_decision (review_id, decided_at desc, id desc);
create index review_decision_kind_log_ix on review_decision (decision, decided_at desc, id desc);

-- [jooq ignore stop]
