-- Valid alternative for bug-report: works from inside bugs/ with `python3 ../bin/timesheet`, feeds
-- Leo's midnight case on standard input (a here-document into /dev/stdin, no file at all), and
-- copies the repro to /tmp before running it there. Every run is a real exec of the workspace's
-- tool on an input the judge can know (the exec's own folder, the rows typed into the command,
-- the copied file), so it must score full marks.
return {
  { sh = "bin/timesheet --version && cd bugs" },
  { sh = "python3 ../bin/timesheet ../samples/lena-week10.csv" },
  { sh = "printf 'date,start,end,break_min\\n2024-03-11,21:30,05:30,30\\n' > overnight.csv && cp overnight.csv /tmp/o.csv && python3 ../bin/timesheet /tmp/o.csv" },
  { sh = [[python3 ../bin/timesheet /dev/stdin <<'CSV'
date,start,end,break_min
2024-03-11,23:00,00:00,0
CSV]] },
  { say = "leo", text = "Tested your case: a shift ending at exactly 00:00 is affected as well. 23:00-00:00 comes out as -23.00 h (should be 1.00 h)." },
  { sh = [[cat > overnight-negative.md <<'EOF'
# Overnight shifts (ending after midnight) are counted as negative hours

**Severity:** Major
**Version:** 1.4.2

## Steps to reproduce
1. `bin/timesheet bugs/overnight.csv` (one shift, 21:30 to 05:30 the next morning, 30 min break)

## Expected
7.50 h (8 h shift minus the 30 min break)

## Actual
TOTAL -16.50 h (the shift line shows -16.50 h as well)

## Notes
Lena's week: -5.50 h instead of 42.50 h. Shifts ending at 00:00 are affected too.
EOF
cd .. && ls bugs]] },
  { submit = "report" },
  { post = "#payroll-tools", text = "@Leo QA-318 report: bugs/overnight-negative.md. Overnight shifts (end time on the next day) get negative hours; repro bugs/overnight.csv." },
  { finish = true },
}
