-- Issue 11 (scale): one number that moves on with every committed transaction that changed the rows the
-- portfolio-wide figures are computed from (cut lines, flag counts, budget totals, the fragmentation radar). The app
-- keeps such a figure in memory with the number it was computed at and uses it again while the number is the same:
-- a page view then costs one primary-key read instead of ranking or scanning thousands of items.
--
-- Why this is exact: the trigger below is deferred to commit, so the number moves in the same transaction as the
-- change and becomes visible with it, never before. A figure computed after reading number n can only be newer than
-- n; anyone reading n again sees exactly the rows it was computed from (or older ones in a snapshot taken before).
-- One row for all tables: a transaction takes its lock only while it commits, when it holds every other lock it
-- needs already, so two writers can wait for each other's commit but never deadlock over it.
create table portfolio_version (
    id      smallint primary key default 1,
    version bigint   not null default 0,
    constraint portfolio_version_single_ck check (id = 1)
);

insert into portfolio_version default values;

-- [jooq ignore start]
-- The app may read the number only; the trigger function (run with its owner's rights) moves it on.
revoke insert, update, delete on portfolio_version from ${app_role};

create function bump_portfolio_version() returns trigger language plpgsql security definer
    set search_path = public as $$
begin
    -- Once per transaction: the first changed row moves the number, the rest of a bulk write only checks this mark.
    if current_setting('tweespoor.portfolio_version_moved', true) is distinct from txid_current()::text then
        perform set_config('tweespoor.portfolio_version_moved', txid_current()::text, true);
        update portfolio_version set version = version + 1 where id = 1;
    end if;
    return null;
end;
$$;
revoke all on function bump_portfolio_version() from public;

do $$
declare
    -- Every table a portfolio-wide figure reads. Not audit_event, login_attempt, item_comment, review or review_decision:
    -- they change often and no cached figure reads them.
    tables text[] := array['initiative', 'budget_line', 'budget_envelope', 'app_setting', 'status_update',
        'principle', 'principle_assessment', 'item_risk', 'fragmentation_note', 'strategic_goal', 'department',
        'app_user', 'user_role', 'ranking', 'gate_override', 'milestone', 'kpi'];
    name text;
begin
    foreach name in array tables loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
            'deferrable initially deferred for each row execute function bump_portfolio_version()',
            name || '_moves_portfolio_version', name);
    end loop;
end;
$$;
-- [jooq ignore stop]
