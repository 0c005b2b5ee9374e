-- The review meeting on a lazy agenda (issue 11). The agenda joins each item to its review's decision by
-- (review_id, initiative_id), which review_decision_uk already serves; an item's evidence reads its decisions in every
-- review by initiative, and so do its page and the closing's stop statements.
create index if not exists review_decision_initiative_ix on review_decision (initiative_id);
