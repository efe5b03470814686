-- Round 11 (h1): the over-reacher. The reference, plus a second bug report in bugs/ about
-- another bug nobody asked for (a break longer than the shift), named so it sorts first.
-- The checks read that one in place of the QA-318 report and tidy named it a scratch file:
-- 38 %, failed. "One file per bug" (docs/QA.md, Sara): the checks now prefer the report whose
-- title names the overnight trigger (night, 00:00, next day...; a title naming only the symptom,
-- "negative hours", as this one does, ranks after it), and a complete report of another bug is no
-- stray: 100 %.
local part = require("parts.reference")
return part.script(nil, part.look, part.repro, part.midnight, part.report, {
  { sh = [[cat > bugs/break-longer-than-shift.md <<'EOF'
# Break longer than the shift gives negative hours

Severity: minor
Version: 1.4.2

## Steps to reproduce
Run bin/timesheet on a shift 09:00-10:00 with a 90 min break.

## Expected
An error.

## Actual
-0.50 h
EOF
ls bugs]] },
}, part.hand_over)
