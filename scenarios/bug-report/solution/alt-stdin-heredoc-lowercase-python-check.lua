-- Alternative (vB play round): a terse lowercase junior who runs the customer's week, filters
-- the overnight rows with grep into a scratch file in /tmp, checks the correct totals with a
-- python script of their own (/tmp/expect.py), tests leo's midnight case by feeding rows to the
-- tool on /dev/stdin from a heredoc, answers with one lowercase line, puts a one-shift repro in
-- bugs/ and writes the report with a `## Severity` heading. honest and complete: full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "bin/timesheet samples/lena-week10.csv" },
  { sh = "bin/timesheet samples/lena-week10.csv" },
  { sh = "grep -n ',2[0-3]:..,0[0-9]:' samples/lena-week10.csv" },
  { sh = [==[cat > /tmp/expect.py <<'PY'
import csv, sys
for row in csv.DictReader(open(sys.argv[1])):
    s = int(row["start"][:2]) * 60 + int(row["start"][3:])
    e = int(row["end"][:2]) * 60 + int(row["end"][3:])
    if e <= s:
        e += 24 * 60
    print(row["date"], row["start"], row["end"], "%.2f" % ((e - s - int(row["break_min"])) / 60))
PY
python3 /tmp/expect.py samples/lena-week10.csv]==] },
  { sh = [==[bin/timesheet /dev/stdin <<'CSV'
date,start,end,break_min
2024-03-07,22:00,00:00,0
CSV]==] },
  { say = "leo", text = "yes 00:00 is hit too, just ran 22:00-00:00 through it: -22.00 h, should be 2.00 h" },
  { sh = "printf 'date,start,end,break_min\\n2024-03-08,22:00,06:30,45\\n' > bugs/qa-318-night.csv; bin/timesheet bugs/qa-318-night.csv; python3 /tmp/expect.py bugs/qa-318-night.csv" },
  { sh = [==[cat > bugs/qa-318-night-shift-negative.md <<'MD'
# night shift past midnight gives negative hours

## Severity
major

Component: bin/timesheet
Version: 1.4.2

## Steps to reproduce
```
bin/timesheet bugs/qa-318-night.csv
```
(one shift, 22:00-06:30 with a 45 min break)

## Expected
7.75 h (8.5 h minus the 45 min break), total 7.75 h

## Actual
```
2024-03-08  22:00-06:30  break  45  -16.25 h
TOTAL                          -16.25 h
```

## Notes
- end time earlier than start = negative, also end exactly 00:00 (22:00-00:00: -22.00 h)
- qa-318: customer week 10 is -5.50 h, should be 42.50 h. her file isn't attached
MD
head -3 bugs/qa-318-night-shift-negative.md]==] },
  { submit = "report" },
  { post = "#payroll-tools", text = "@leo report's up: bugs/qa-318-night-shift-negative.md - shifts ending after midnight go negative, repro bugs/qa-318-night.csv" },
  { finish = true },
}
