-- Issue 15, evidence kept: closing a review stores, in the same transaction, each agenda item's evidence as it stood
-- (last status and RAG trend, budget of the year, outcomes, flags, open high risks, the principles' state, earlier
-- decisions), and the review's own figures the board pack shows (organisation, budget per track against its envelope,
-- redesign share before and after, the ambition mirror). A closed review's page, its board pack and the item pages
-- read these rows, never today's data. Like the decisions they are kept for good: the app may add and read them, the
-- database refuses any change or removal, and adds only while the review is being closed (still IN_PROGRESS).
create table review_item_evidence (
    review_id     bigint  not null references review (id),
    initiative_id bigint  not null references initiative (id),
    -- the agenda's order at closing (flagged first, then track and title)
    position      integer not null,
    evidence      jsonb   not null,
    primary key (review_id, initiative_id)
);
create index review_item_evidence_position_ix on review_item_evidence (review_id, position);
create index review_item_evidence_initiative_ix on review_item_evidence (initiative_id);

create table review_pack_evidence (
    review_id bigint      not null primary key references review (id),
    summary   jsonb       not null,
    kept_at   timestamptz not null default current_timestamp
);

-- Reviews closed before this migration have no evidence kept; the app says so, naming this moment.
create table evidence_kept_since (
    id    integer     not null primary key,
    since timestamptz not null default current_timestamp,
    constraint evidence_kept_since_single_row_ck check (id = 1)
);
insert into evidence_kept_since (id) values (1);

-- [jooq ignore start]
create function refuse_kept_evidence_change() returns trigger language plpgsql as $$
declare
    review_status varchar;
begin
    if tg_op <> 'INSERT' then
        raise exception 'the evidence kept at closing cannot change' using errcode = 'P0001';
    end if;
    select status into review_status from review where id = new.review_id for share;
    if review_status is distinct from 'IN_PROGRESS' then
        raise exception 'evidence is kept only while its review is being closed' using errcode = 'P0001';
    end if;
    return new;
end;
$$;

create trigger review_item_evidence_is_kept
    before insert or update or delete on review_item_evidence
    for each row execute function refuse_kept_evidence_change();
create trigger review_item_evidence_no_truncate
    before truncate on review_item_evidence
    for each statement execute function refuse_review_truncate();
create trigger review_pack_evidence_is_kept
    before insert or update or delete on review_pack_evidence
    for each row execute function refuse_kept_evidence_change();
create trigger review_pack_evidence_no_truncate
    before truncate on review_pack_evidence
    for each statement execute function refuse_review_truncate();

-- The app adds and reads kept evidence, nothing more (the default privileges of V4 granted it all four).
revoke update, delete on review_item_evidence, review_pack_evidence from ${app_role};
revoke insert, update, delete on evidence_kept_since from ${app_role};
-- [jooq ignore stop]
