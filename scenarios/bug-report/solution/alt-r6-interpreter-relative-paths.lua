-- Valid (play-test round 6, blind): a careful junior who runs the tool through its interpreter
-- (`python3 bin/timesheet ...`) and from inside bugs/ by a relative path (`../bin/timesheet
-- night-shift.csv`), writes the one-shift repro and the report with heredocs, and tells Leo by
-- DM; then tests a shift ending exactly at midnight and gives him that result too.
return { expect = { outcome = "passed", min_percent = 95 },
  { sh = "python3 bin/timesheet samples/lena-week10.csv" },
  { sh = "python3 bin/timesheet --version" },
  { sh = "cat > bugs/night-shift.csv <<'EOF'\ndate,start,end,break_min\n2024-03-07,22:00,06:00,45\nEOF" },
  { sh = "cd bugs && ../bin/timesheet night-shift.csv; cd .." },
  { sh = [==[cat > bugs/night-shift-negative-hours.md <<'EOF'
# Shifts that end after midnight get negative hours

Severity: major
Component: bin/timesheet
Version: timesheet 1.4.2

## Steps to reproduce
1. Use the attached one-shift file `bugs/night-shift.csv` (22:00 to 06:00, 45 min break).
2. Run:
```
bin/timesheet bugs/night-shift.csv
```

## Expected
The shift is paid 7.25 h (8 h from 22:00 to 06:00 next day, minus the 45 min break), TOTAL 7.25 h.

## Actual
```
2024-03-07  22:00-06:00  break  45  -16.75 h
TOTAL                           -16.75 h
```

## Notes
Every shift whose end time is earlier than its start (it ends the next day) is negative; day
shifts are right. Lena's week (samples/lena-week10.csv) shows -5.50 h instead of 42.50 h because
of her two night shifts.
EOF]==] },
  { sh = "printf 'date,start,end,break_min\\n2024-03-11,22:00,00:00,0\\n' > /tmp/midnight.csv && python3 bin/timesheet /tmp/midnight.csv" },
  { say = "leo", text = "Hi Leo, QA-318 is in bugs/night-shift-negative-hours.md: shifts that end after midnight (end time earlier than the start) come out negative, e.g. 22:00-06:00 with 45 min break gives -16.75 h instead of 7.25 h. Repro file attached in bugs/night-shift.csv." },
  { say = "leo", text = "Also tested a shift ending exactly at midnight: 22:00-00:00 with no break prints -22.00 h, expected 2.00 h, so midnight itself is affected too." },
  { submit = "report" },
  { finish = true },
}
