-- Alternative (play-test playB, a careful junior on another route): keeps the tool's output in a
-- file and reads it in the next command, as one does to paste it into the report:
-- `bin/timesheet bugs/midnight.csv > /tmp/midnight.out`, then `cat /tmp/midnight.out`, then
-- "tested it" with the figure to Leo. The lines the learner read are the tool's own for that
-- input: a real test, not a forged one. Must score 100.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.repro, {
  { sh = "printf 'date,start,end,break_min\\n2024-03-08,22:00,00:00,0\\n' > bugs/midnight.csv && bin/timesheet bugs/midnight.csv > /tmp/midnight.out" },
  { sh = "cat /tmp/midnight.out" },
  { say = "leo", text = "Yes, tested it: a shift ending exactly at 00:00 goes wrong too, 22:00-00:00 gives -22.00 h instead of 2.00 h." },
}, part.report, part.hand_over)
