-- Branch prio (issue 11): moving an item in a ranking changes that item's rank only. The rank becomes a decimal, so
-- an item moved between two neighbours gets a rank between theirs (3 and 4 give 3.5; 3 and 3.5 give 3.3) and no
-- other row is written. Why numeric rather than bigint with gaps: a bigint gap runs out after a handful of moves into
-- the same place and then needs a renumbering of a window of neighbours, with its own rules; a decimal keeps room for
-- about thirty moves into one and the same gap (one digit per three or so) before the ten decimals are used up, and
-- only then is the track renumbered 1, 2, 3… in one set-based statement (PriorityService). The rank shown to people
-- is the position (row_number), never this value.
alter table initiative drop constraint initiative_rank_ck;
alter table initiative alter column priority_rank type numeric(20, 10);
alter table initiative add constraint initiative_rank_ck check (priority_rank is null or priority_rank > 0);

-- A track's open items in ranking order, and the neighbours of a rank when an item moves.
create index initiative_track_rank_ix on initiative (track, priority_rank);

