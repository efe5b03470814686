-- parts/split_handover.lua: the round-9 splitter's route of bug-report (the repro cut from the
-- customer's file with head + grep, the 00:00 case tried in /tmp, the report written with a
-- heredoc, the handover in three short lowercase messages to Leo with comma decimals), shared by
-- the scripts that add one message to it. Not an action script itself: verify only plays
-- solution/*.lua.
local M = {}

M.REPORT = [==[cat > bugs/qa-318.md <<'EOF2'
# shift that ends after midnight is counted negative

Severity: major
Component: bin/timesheet
Version: timesheet 1.4.2

## Steps to reproduce
```
bin/timesheet bugs/qa-318.csv
```
input is bugs/qa-318.csv (one shift, 22:00-06:00, break 45)

## Expected
7.25 h for the shift, TOTAL 7.25 h

## Actual
-16.75 h for the shift, TOTAL -16.75 h

## Notes
day shifts are fine. same with 22:00-00:00 (end exactly midnight): -22.00 h
EOF2]==]

-- Reproduce, isolate, test 00:00, write the report, hand it over, answer Leo.
M.route = {
  { sh = "bin/timesheet samples/lena-week10.csv" },
  { sh = "bin/timesheet --version; cat docs/QA.md | head -30" },
  { sh = "head -1 samples/lena-week10.csv > bugs/qa-318.csv && grep 2024-03-07 samples/lena-week10.csv >> bugs/qa-318.csv && bin/timesheet bugs/qa-318.csv" },
  { sh = "printf 'date,start,end,break_min\\n2024-03-07,22:00,00:00,0\\n' > /tmp/mid.csv && bin/timesheet /tmp/mid.csv" },
  { sh = M.REPORT },
  { sh = "ls bugs/" },
  { say = "leo", text = "hi leo, report for qa-318 is in bugs/qa-318.md (repro file bugs/qa-318.csv)" },
  { say = "leo", text = "short version: every shift that go over midnight is counted negative, 22:00-06:00 with 45 min break gives -16,75 h instead 7,25 h" },
  { say = "leo", text = "and yes about your question, ending exactly 00:00 is also broken: 22:00-00:00 give -22,00 h, should be 2,00 h. i tested it" },
}

-- The route, then `extra` (messages after the answer), the submit and the end; with `expect`.
function M.script(expect, extra)
  return require("stages").script(expect, M.route, extra or {}, { { submit = "report" }, { finish = true } })
end

return M
