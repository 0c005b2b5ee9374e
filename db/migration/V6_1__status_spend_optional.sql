-- A status update's spend is what the author reported for the quarter, or null when they left it empty. An empty
-- spend no longer means 0: it leaves the quarter's actual as it was (issue 10). Earlier updates keep their amounts.
alter table status_update alter column spend drop default;
alter table status_update alter column spend drop not null;
