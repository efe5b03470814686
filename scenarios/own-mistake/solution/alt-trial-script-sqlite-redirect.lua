-- Valid (round 10, pe10): the trial in a script file that feeds 0006 to sqlite3 with '<' (the shell
-- opens the file, so no program names it): the script's own line shows it. 72.4 % failed -> 100 %.
local part = require("parts.reference")
local fix = { part.fix[1],
  { sh = "cat > /tmp/trial.sh <<'EOF'\ncp backups/pre-migrate/app-v5-20240514T091203.db /tmp/try.db\nsqlite3 /tmp/try.db < migrations/0006_booking_channel.sql\nsqlite3 /tmp/try.db 'SELECT count(*) FROM bookings'\nEOF" },
  { sh = "bash /tmp/trial.sh" },
  part.fix[3] }
return part.script(nil, part.look, part.tell_dana, part.restore, fix, part.push, part.tell_kim, part.note, part.wrap_up)
