-- Mistake for bug-report: a good report, but Leo's midnight question is answered at once from
-- intuition ("probably yes") without running the tool on such a shift. Right by luck: QA
-- answers by testing, so only part of those points.
return {
  expect = { min_percent = 85, max_percent = 96 },
  { sh = "bin/timesheet --version; bin/timesheet samples/lena-week10.csv" },
  { sh = "printf 'date,start,end,break_min\\n2024-03-07,22:00,06:00,45\\n' > bugs/night.csv && bin/timesheet bugs/night.csv" },
  { sh = "cat docs/QA.md | head -n 5" },
  { sh = "ls bugs" },
  { say = "leo", text = "Yes, probably midnight (00:00) is affected as well, same thing." },
  { sh = [[cat > bugs/night-shift.md <<'EOF'
# Night shifts that end after midnight are counted as negative hours

Severity: major
Version: timesheet 1.4.2

## Steps to reproduce
1. `bin/timesheet bugs/night.csv` (one shift 22:00-06:00, 45 min break)

## Expected
7.25 h

## Actual
-16.75 h
EOF]] },
  { submit = "report" },
  { say = "leo", text = "Report for QA-318: bugs/night-shift.md. Shifts ending after midnight get negative hours; repro bugs/night.csv." },
  { finish = true },
}
