-- Iterative (round 8, blind play): greps Lena's overnight line into bugs/night.csv, writes a
-- report without a Version line and submits; adds "Version: 1.4.2" with sed after
-- `bin/timesheet --version`, tests a 20:00-00:00 shift, resubmits, then hands over in lowercase
-- with the midnight answer in the same message. A failed first submit costs nothing here: 100 %.
return {
  { say = "sara", text = "hi sara, on QA-318" },
  { sh = "bin/timesheet samples/lena-week10.csv" },
  { sh = "head -1 samples/lena-week10.csv > bugs/night.csv && grep '22:00,06:00' samples/lena-week10.csv >> bugs/night.csv && bin/timesheet bugs/night.csv" },
  { sh = [[cat > bugs/night-shift.md <<'EOF2'
# Night shift crossing midnight shows negative hours

Severity: major
Component: timesheet

## Steps to reproduce
1. `bin/timesheet bugs/night.csv`

## Expected
7.25 h

## Actual
-16.75 h
EOF2]] },
  { submit = "report" },
  { sh = "bin/timesheet --version && sed -i 's/^Component: timesheet$/Component: timesheet\\nVersion: 1.4.2/' bugs/night-shift.md && cat bugs/night-shift.md" },
  { sh = "printf 'date,start,end,break_min\\n2024-03-07,20:00,00:00,0\\n' > /tmp/mid.csv; bin/timesheet /tmp/mid.csv" },
  { submit = "report" },
  { say = "leo", text = "leo: bug report for QA-318 is bugs/night-shift.md - any shift ending after midnight (end < start) comes out 24h short, e.g. 22:00-06:00 with 45 min break = -16.75 h instead of 7.25 h. and yes, ending at 00:00 is also wrong: 20:00-00:00 gave -20.00 h, should be 4.00 h" },
  { finish = true },
}
