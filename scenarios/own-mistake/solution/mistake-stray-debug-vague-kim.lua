-- Sloppy for own-mistake: does the work (restore, fix, push, note) but commits a stray debug.txt
-- with the fix under the subject "wip", and tells Kim only "a few bookings might clash, sorry"
-- (no refs). The work is done, so it may pass, but the Kim message carries none of the facts
-- Support needs: it must lose the support credit (scored below the reference). The stray
-- debug.txt and the "wip" subject cost the tidy item (5 of 145): 92 % (95 % before it was graded).
local part = require("parts.reference")
local fix_wip = {
  part.fix[1], part.fix[2],
  { sh = "echo 'rows=1238 ok?' > debug.txt && git add -A migrations debug.txt && git commit -q -m 'wip'" },
}
return part.script({ outcome = "passed", max_percent = 92 }, part.look, part.tell_dana, part.restore, fix_wip,
  part.push, { { say = "kim", text = "hey, site's back. a few bookings might clash, sorry" } }, part.note, part.wrap_up)
