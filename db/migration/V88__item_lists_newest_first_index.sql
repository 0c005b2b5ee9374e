-- Issue 11: the experiments and programmes lists open newest change first (updated_at desc, id desc) within a track.
-- Without an index on that order PostgreSQL read and sorted all 8,000 experiments for the first 50 rows (17 ms on
-- the large portfolio); with it the first page is the index's first entries (0.5 ms).
create index initiative_track_updated_ix on initiative (track, updated_at desc, id desc);
