-- parts/reference.lua: the reference route of bug-report cut into its stages (look, repro, the
-- midnight test and the answer to Leo, the report, the hand-over), so the action scripts that
-- change one stage share the rest. Not an action script itself: verify only plays solution/*.lua.
local M = {}

-- The template and the version; the customer's week, shift by shift.
M.look = {
  { sh = "cat docs/QA.md | head -n 30; bin/timesheet --version" },
  { sh = "bin/timesheet samples/lena-week10.csv" },
}

-- A one-shift repro of the night shift, run.
M.repro = {
  { sh = "printf 'date,start,end,break_min\\n2024-03-07,22:00,06:00,45\\n' > bugs/night-shift.csv && bin/timesheet bugs/night-shift.csv" },
}

-- Leo's case tested on a shift ending at 00:00, and answered with what the tool printed.
M.midnight = {
  { sh = "printf 'date,start,end,break_min\\n2024-03-07,22:00,00:00,0\\n' > /tmp/midnight.csv && bin/timesheet /tmp/midnight.csv" },
  { say = "leo", text = "Yes, it goes wrong at exactly 00:00 too: a 22:00-00:00 shift gives -22.00 h instead of 2.00 h. Any shift whose end time is earlier than or equal to its start is affected." },
}

-- The report from the template, submitted.
M.report = {
  { sh = [[cat > bugs/night-shift-negative-hours.md <<'EOF'
# Shifts that end after midnight get negative hours

Severity: major
Component: bin/timesheet
Version: timesheet 1.4.2

## Steps to reproduce
1. Use the attached one-shift file `bugs/night-shift.csv` (a night shift 22:00-06:00 with a 45 min break).
2. Run:
   ```
   bin/timesheet bugs/night-shift.csv
   ```

## Expected
The shift is 8 h minus a 45 min break: **7.25 h**, and `TOTAL 7.25 h`.

## Actual
```
2024-03-07  22:00-06:00  break  45  -16.75 h
TOTAL                          -16.75 h
```

## Notes
- Every shift whose end is on the next day is counted as negative; day shifts are correct.
- A shift ending exactly at 00:00 is affected too (22:00-00:00 gives -22.00 h instead of 2.00 h).
- Customer impact (QA-318): Lena's week 10 shows -5.50 h instead of 42.50 h. Her original file
  is not attached (personal data); the one-line repro shows the same defect.
EOF
cat bugs/night-shift-negative-hours.md | head -n 5]] },
  { submit = "report" },
}

-- Leo hears where it is and what goes wrong.
M.hand_over = {
  { say = "leo", text = "Bug report for QA-318 is in bugs/night-shift-negative-hours.md: shifts ending after midnight (next day) get negative hours, repro file bugs/night-shift.csv (expected 7.25 h, actual -16.75 h)." },
  { finish = true },
}

-- An action script of `expect` and the stages given, in order (scenarios/lib/stages.lua).
M.script = require("stages").script

return M
