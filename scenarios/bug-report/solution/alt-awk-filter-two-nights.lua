-- Valid (play-test round 7, a junior who lets awk isolate the condition): runs the tool on the
-- customer's file, keeps the header and every shift whose end is before its start with awk (the
-- two night shifts) as the repro, runs the tool on it, writes the report with a python heredoc,
-- tests Leo's 00:00 case on a file in /tmp and answers in #payroll-tools in lowercase.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "bin/timesheet samples/lena-week10.csv; bin/timesheet --version" },
  { sh = "awk -F, 'NR==1 || $3 < $2' samples/lena-week10.csv > bugs/overnight-shifts.csv; cat bugs/overnight-shifts.csv" },
  { sh = "bin/timesheet bugs/overnight-shifts.csv" },
  { sh = [==[python3 - <<'PY'
open("bugs/overnight-shifts-negative.md", "w").write("""# Shifts that end after midnight count negative hours

Severity: major
Component: bin/timesheet
Version: 1.4.2

## Steps to reproduce
1. `bin/timesheet bugs/overnight-shifts.csv` (the two night shifts of the customer's week)

## Expected
7.25 h and 7.75 h, TOTAL 15.00 h

## Actual
-16.75 h and -16.25 h, TOTAL -33.00 h

## Notes
Day shifts are fine. The end time is taken as the same day as the start.
""")
PY]==] },
  { sh = "printf 'date,start,end,break_min\\n2024-03-07,16:00,00:00,30\\n' > /tmp/mid.csv && bin/timesheet /tmp/mid.csv" },
  { post = "#payroll-tools", text = "@leo bug report is in bugs/overnight-shifts-negative.md: any shift that ends after midnight comes out negative (repro bugs/overnight-shifts.csv). and yes, a shift ending exactly at 00:00 breaks too: i tried 16:00-00:00 with a 30 min break and got -16.50 h instead of 7.50 h." },
  { submit = "report" },
  { finish = true },
}
