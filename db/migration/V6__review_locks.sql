-- Reviews final under concurrency (issue 10).
--
-- The decision rule reads its review's status with FOR SHARE. That lock conflicts with the UPDATE that closes the
-- review (FOR KEY SHARE, which the foreign key takes, does not conflict with a non-key UPDATE): a decision written
-- while the review is being closed waits for the closing to end and then sees the review closed. The function runs
-- with the rights of whoever writes the decision (not SECURITY DEFINER): the app role may SELECT and UPDATE review,
-- which is all FOR SHARE needs, and a definer function would run as the owner for no gain.
--
-- TRUNCATE skips row triggers, so statement triggers refuse it on review and review_decision. The app role has no
-- TRUNCATE privilege at all; these keep the owner (a migration, a hand-typed command) from wiping them too.

-- [jooq ignore start]
create or replace function refuse_closed_decision_change() returns trigger language plpgsql as $$
declare
    review_status varchar;
begin
    select status into review_status from review
     where id = case when tg_op = 'DELETE' then old.review_id else new.review_id end
       for share;
    if review_status = 'CLOSED' then
        raise exception 'decisions of a closed review cannot change' using errcode = 'P0001';
    end if;
    if tg_op = 'UPDATE' and old.review_id <> new.review_id then
        select status into review_status from review where id = old.review_id for share;
        if review_status = 'CLOSED' then
            raise exception 'decisions of a closed review cannot change' using errcode = 'P0001';
        end if;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create function refuse_review_truncate() returns trigger language plpgsql as $$
begin
    raise exception '% cannot be truncated: closed reviews and their decisions are final', tg_table_name
        using errcode = 'P0001';
end;
$$;

create trigger review_no_truncate
    before truncate on review
    for each statement execute function refuse_review_truncate();

create trigger review_decision_no_truncate
    before truncate on review_decision
    for each statement execute function refuse_review_truncate();
-- [jooq ignore stop]
