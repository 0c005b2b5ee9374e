-- Each track's ranking has a version: a reorder names the version it saw, and a stale one is refused instead of
-- silently overwriting someone else's order (issue 10). The order itself stays in initiative.priority_rank.
create table ranking (
    track   varchar(10) primary key,
    version integer     not null default 1,
    constraint ranking_track_ck check (track in ('PERSONAL', 'STRATEGIC'))
);

insert into ranking (track) values ('PERSONAL');
insert into ranking (track) values ('STRATEGIC');

-- The app only moves a version on; the two rows are seeded here (V4's default privileges grant the rest).
-- [jooq ignore start]
revoke insert, delete on ranking from ${app_role};
-- [jooq ignore stop]
