-- Sloppy junior (play 2026-12-06, playE): owns it to Dana in one line, restores right (the 09:12
-- rows next to the 37) and reopens, fixes 0006 without trying it on a copy ("fix 0006"), tells Kim
-- only "bookings are back", and commits a note of empty words ("About 1200 bookings", "The
-- migration dropped the table", "be more careful") as "note". The recovery itself is right, so it
-- passes near the bar (78 %); the note earns nothing of note_truth, Kim 3 of 10, tidy 0.
local part = require("parts.reference")
local tell = { { say = "dana", text = "dana my 0006 migration wiped the bookings, fixing it" } }
local restore = { part.restore[3], part.restore[4] }
local fix = { part.fix[1], { sh = "git commit -qam 'fix 0006'" } }
local kim = { { say = "kim", text = "bookings are back" } }
local note = {
  { submit = "restore" },
  { sh = [[cat > docs/incidents/inc-57.md <<'MD'
# INC-57

## Summary
0006 lost the bookings.

## Timeline
- morning: migration ran
- later: restored

## Impact
About 1200 bookings were gone for a while.

## Root cause
The migration dropped the table.

## Follow-ups
- be more careful
MD
git add docs && git commit -qm 'note' && git push -q origin main]] },
  { submit = "note" },
}
return part.script({ outcome = "passed", max_percent = 80 }, part.look, tell, restore, fix, part.push, kim, note, { { finish = true } })
