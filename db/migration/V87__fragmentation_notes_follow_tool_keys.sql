-- Issue 16: V86 folds a tool's name further (accents and punctuation too, aliases resolved), so a tool group's key
-- changed where its name held punctuation or accents ("TOOL:microsoft-365 copilot" is now "TOOL:microsoft 365
-- copilot"). A leader's note (accepted, or to consolidate) is kept under its group's key: carry each note over to the
-- key its group has now, so no decision a leader took falls back to "undecided". Where two old notes meet on one new
-- key, the newest is carried over and the other stays under its old key, where no group shows it (nothing is lost).
-- [jooq ignore start]
with carried as (
    select id,
           'TOOL:' || tool_key_of(substr(group_key, 6)) as new_key,
           row_number() over (partition by tool_key_of(substr(group_key, 6)) order by created_at desc, id desc) as rank
    from fragmentation_note
    where group_key like 'TOOL:%'
      and tool_key_of(substr(group_key, 6)) is not null
      and 'TOOL:' || tool_key_of(substr(group_key, 6)) <> group_key
)
update fragmentation_note n
set group_key = c.new_key,
    version   = n.version + 1
from carried c
where n.id = c.id
  and c.rank = 1
  and not exists (select 1 from fragmentation_note taken where taken.group_key = c.new_key);
-- [jooq ignore stop]
