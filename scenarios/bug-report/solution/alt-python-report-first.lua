-- Alternative solution for bug-report: reads the QA guide and the tool's usage first, builds
-- the repro with python (a shift ending at 00:30, another valid minimal case), tests Leo's
-- exact-midnight case before answering him in the channel, writes the report with bold field
-- labels and "Expected result"/"Actual result" headings, and hands it over by DM.
return {
  { sh = "sed -n '1,12p' bin/timesheet; sed -n '/Writing a bug report/,/Handing over/p' docs/QA.md" },
  { sh = "bin/timesheet samples/lena-week10.csv && bin/timesheet --version" },
  { sh = [[python3 - <<'PY'
import csv
with open("bugs/shift-past-midnight.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["date", "start", "end", "break_min"])
    w.writerow(["2024-03-09", "23:00", "00:30", "0"])
PY
bin/timesheet bugs/shift-past-midnight.csv]] },
  { sh = "printf 'date,start,end,break_min\\n2024-03-10,22:00,00:00,0\\n' > /tmp/exact.csv && bin/timesheet /tmp/exact.csv" },
  { post = "#payroll-tools", text = "@leo I tested your question: yes, a shift ending exactly at 00:00 is affected too (22:00-00:00 prints -22.00 h, should be 2.00 h)." },
  { sh = [[python3 - <<'PY'
report = """# Timesheet: shifts that end after midnight get negative hours

**Severity:** major
**Component:** bin/timesheet
**Version:** timesheet 1.4.2

## Steps to reproduce
1. `bin/timesheet bugs/shift-past-midnight.csv` (one shift, 23:00 to 00:30 the next day, no break)

## Expected result
1.50 h for the shift and as the total.

## Actual result
-22.50 h for the shift and as the total.

## Notes
Day shifts are correct. Ending at exactly 00:00 is affected as well. QA-318: the customer's week
shows -5.50 h instead of 42.50 h; her file is not attached (personal data).
"""
open("bugs/shifts-past-midnight.md", "w").write(report)
PY
cat bugs/shifts-past-midnight.md]] },
  { submit = "report" },
  { say = "leo", text = "QA-318 is written up in bugs/shifts-past-midnight.md: any shift ending after midnight (next day) gets negative hours; one-line repro attached (1.50 h expected, -22.50 h printed)." },
  { finish = true },
}
