-- When an experiment started running. Adoption counts an experiment as "ran" only if it did, so one stopped straight
-- from PROPOSED no longer counts. Existing stopped experiments cannot tell; they keep counting as before.
alter table initiative add column started_at timestamp with time zone;
update initiative set started_at = created_at
    where track = 'PERSONAL' and stage in ('RUNNING', 'CONCLUDED', 'PROMOTED', 'STOPPED');
