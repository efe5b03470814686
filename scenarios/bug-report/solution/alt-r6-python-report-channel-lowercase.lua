-- Valid (play-test round 6, blind): a junior who scripts everything in Python: one python3
-- heredoc writes the one-shift repro (the 22:00-06:30 shift), runs the tool on it with
-- subprocess, and writes the report with the output pasted in from that run; then checks the file
-- with the tool by hand, and posts in #payroll-tools in lowercase British English.
return { expect = { outcome = "passed", min_percent = 95 },
  { sh = "bin/timesheet samples/lena-week10.csv | grep -- '-'" },
  { sh = [==[python3 - <<'PY'
import subprocess
csv_path = "bugs/overnight-0630.csv"
with open(csv_path, "w") as f:
    f.write("date,start,end,break_min\n2024-03-08,22:00,06:30,45\n")
out = subprocess.run(["bin/timesheet", csv_path], capture_output=True, text=True).stdout
ver = subprocess.run(["bin/timesheet", "--version"], capture_output=True, text=True).stdout.strip()
report = f"""# Overnight shifts (ending after midnight) are counted as negative hours

Severity: major
Component: timesheet
Version: {ver}

## Steps to reproduce
1. Attached minimal input: `{csv_path}` (one shift, 22:00-06:30, 45 min break)
2. `bin/timesheet {csv_path}`

## Expected
7.75 h for the shift (8.5 h minus 0.75 h break), TOTAL 7.75 h

## Actual
```
{out.rstrip()}
```

## Notes
Only shifts that cross midnight are wrong; the day shifts in the customer's week are fine.
"""
open("bugs/overnight-shifts-negative.md", "w").write(report)
print(out)
PY]==] },
  { sh = "bin/timesheet bugs/overnight-0630.csv && cat bugs/overnight-shifts-negative.md" },
  { post = "#payroll-tools", text = "@leo qa-318 written up in bugs/overnight-shifts-negative.md - any shift that finishes after midnight is totalled as negative (22:00-06:30 with a 45 min break shows -16.25 h, should be 7.75 h). minimal csv is bugs/overnight-0630.csv." },
  { sh = "printf 'date,start,end,break_min\\n2024-03-12,20:00,00:00,30\\n' > /tmp/mid.csv; bin/timesheet /tmp/mid.csv" },
  { post = "#payroll-tools", text = "@leo and a shift finishing at exactly midnight is hit as well: 20:00-00:00 with 30 min break gives -20.50 h, it should be 3.50 h." },
  { submit = "report" },
  { finish = true },
}
