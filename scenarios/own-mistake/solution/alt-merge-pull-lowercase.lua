-- Valid route (play-test 2026-12-06, second session): the reference's restore and fix, but a
-- lowercase commit subject, `git pull --no-rebase` (a merge commit with git's own subject) instead
-- of a rebase, and the double bookings to Kim as a markdown list. Tidy commits that say what they
-- do and every fact right: must pass with 100 %.
local part = require("parts.reference")
local fix = {
  part.fix[1], part.fix[2],
  { sh = "git add migrations/0006_booking_channel.sql && git commit -q -m 'copy the booking rows in migration 0006 before the old table is dropped (inc-57)'" },
}
local push = {
  { sh = "git pull --no-rebase --no-edit origin main && git push origin main && git log --oneline --graph -4" },
}
local kim = {
  { say = "kim", text = "**kim**, customers can see their bookings again and the site is open :white_check_mark:\n\ndouble-booked this morning (new booking / the earlier one it clashes with):\n- BK-8F1C5D / BK-041A23\n- BK-7662BF / BK-48EB09\n- BK-10FDB0 / BK-114C9F\n- BK-9A7AE7 / BK-42CC12\n- BK-E93491 / BK-002CDF\n- BK-E21696 / BK-826E44\n\ni haven't changed any of them." },
}
return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.tell_dana, part.restore, fix, push, kim,
  part.note, part.wrap_up)
