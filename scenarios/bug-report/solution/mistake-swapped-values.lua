-- Mistake for bug-report: finds the right condition and a minimal repro, but writes the tool's
-- output under Expected and the correct value under Actual, and rates it minor.
return {
  expect = { outcome = "failed", max_percent = 69 },
  { sh = "bin/timesheet samples/lena-week10.csv; bin/timesheet --version" },
  { sh = "printf 'date,start,end,break_min\\n2024-03-07,22:00,06:00,45\\n' > bugs/night.csv && bin/timesheet bugs/night.csv" },
  { sh = "printf 'date,start,end,break_min\\n2024-03-08,22:00,00:00,0\\n' > /tmp/m.csv && bin/timesheet /tmp/m.csv" },
  { sh = "ls bugs" },
  { say = "leo", text = "Yes: a shift ending exactly at midnight (22:00-00:00) shows -22.00 h too, I tried it." },
  { sh = [[cat > bugs/overnight.md <<'EOF'
# Shifts ending after midnight show negative hours

Severity: minor
Version: timesheet 1.4.2

## Steps to reproduce
1. bin/timesheet bugs/night.csv

## Expected
-16.75 h

## Actual
7.25 h
EOF]] },
  { submit = "report" },
  { say = "leo", text = "QA-318 report is in bugs/overnight.md: overnight shifts (ending after midnight) get negative hours." },
  { finish = true },
}
