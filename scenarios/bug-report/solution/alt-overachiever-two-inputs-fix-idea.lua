-- Over-achiever (round 8, blind play): reproduces, attaches TWO minimal inputs (the overnight
-- shift the report's steps use, and a shift ending exactly at 00:00 named in Notes), checks a day
-- shift is right, suggests a fix in Notes, hands over in a DM and answers Leo's midnight question
-- from its own run. Every file in bugs/ is named by the report: 100 %.
return {
  { post = "#payroll-tools", text = "Taking QA-318 (negative weekly hours), reproducing now." },
  { sh = "bin/timesheet samples/lena-week10.csv && bin/timesheet --version" },
  { sh = "printf 'date,start,end,break_min\\n2024-03-07,22:00,06:00,45\\n' > bugs/qa-318-overnight.csv && bin/timesheet bugs/qa-318-overnight.csv" },
  { sh = "printf 'date,start,end,break_min\\n2024-03-06,16:00,00:00,30\\n' > bugs/qa-318-ends-midnight.csv && bin/timesheet bugs/qa-318-ends-midnight.csv" },
  { sh = "printf 'date,start,end,break_min\\n2024-03-06,14:00,22:00,30\\n' > /tmp/day.csv && bin/timesheet /tmp/day.csv" },
  { sh = [[cat > bugs/qa-318-overnight-shift-negative-hours.md <<'EOF2'
# Overnight shifts (end time earlier than start time) get negative paid hours

Severity: major
Component: bin/timesheet
Version: timesheet 1.4.2

## Steps to reproduce
1. Use the attached one-line file `bugs/qa-318-overnight.csv` (a 22:00-06:00 shift, 45 min break).
2. Run:

```sh
bin/timesheet bugs/qa-318-overnight.csv
```

## Expected
The shift is paid 7.25 h (8 h from 22:00 to 06:00 minus 45 min break): `TOTAL 7.25 h`.

## Actual
The shift's line says `-16.75 h` and the last line `TOTAL -16.75 h`.

## Notes
- Any shift that crosses midnight (end earlier than start) goes wrong: the end is taken on the same day, so 24 h are missing.
- A shift ending exactly at 00:00 goes wrong too: `bugs/qa-318-ends-midnight.csv` (16:00-00:00, 30 min break) gives -16.50 h instead of 7.50 h.
- Day shifts are fine (14:00-22:00 gives 7.50 h).
- Lena's week: -5.50 h instead of 42.50 h.
- Possible fix: when end <= start, add 24 h to the end.
EOF2]] },
  { sh = "ls bugs && bin/timesheet bugs/qa-318-ends-midnight.csv | tail -1" },
  { submit = "report" },
  { say = "leo", text = "Hi Leo, QA-318 is in bugs/qa-318-overnight-shift-negative-hours.md: shifts crossing midnight lose 24 h (22:00-06:00 with 45 min break shows -16.75 h, should be 7.25 h). Yes, ending exactly at 00:00 is broken too: 16:00-00:00 with 30 min break gives -16.50 h instead of 7.50 h, I ran it (bugs/qa-318-ends-midnight.csv)." },
  { finish = true },
}
