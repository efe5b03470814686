-- Alternative (vB play round): a junior who reads the workspace README and QA guide first,
-- runs the tool as `python3 bin/timesheet`, keeps the customer's output in /tmp and reads it
-- with tail, writes a two-shift repro (a day shift and a night shift) with a heredoc, tests
-- Leo's question with a small helper script of their own (/tmp/try.sh writes a one-shift file
-- for an end time and runs the tool on it; called once per command, alt-helper-loop-end-times
-- calls it in a loop), answers Leo in two short British-spelt messages,
-- and writes the report with bold labels and a markdown table. Honest and complete: full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat README.md; cat docs/QA.md" },
  { sh = "python3 bin/timesheet --version; python3 bin/timesheet samples/lena-week10.csv > /tmp/lena.txt; tail -n 4 /tmp/lena.txt" },
  { sh = [==[cat > bugs/overnight-repro.csv <<'CSV'
date,start,end,break_min
2024-03-06,14:00,22:00,30
2024-03-07,22:00,06:00,45
CSV
python3 bin/timesheet bugs/overnight-repro.csv]==] },
  { sh = [==[cat > /tmp/try.sh <<'SH'
#!/bin/sh
# try.sh END: one shift from 22:00 to END, no break, through the tool
printf 'date,start,end,break_min\n2024-03-07,22:00,%s,0\n' "$1" > /tmp/try-$1.csv
python3 bin/timesheet /tmp/try-$1.csv
SH
chmod +x /tmp/try.sh; /tmp/try.sh 23:30]==] },
  { sh = "/tmp/try.sh 00:00" },
  { say = "leo", text = "Hi Leo, I've just tried it: yes, a shift finishing exactly at 00:00 is affected as well." },
  { say = "leo", text = "22:00-00:00 comes out as -22.00 h rather than 2.00 h; 22:00-23:30 is fine (1.50 h)." },
  { sh = [==[cat > bugs/overnight-shifts-negative.md <<'MD'
# Overnight shifts (ending after midnight) are counted as negative hours

**Severity:** Major
**Component:** bin/timesheet
**Version:** 1.4.2

## Steps to reproduce
1. Take the attached two-shift file `bugs/overnight-repro.csv` (one afternoon shift, one night shift).
2. Run:

       python3 bin/timesheet bugs/overnight-repro.csv

## Expected
| shift | hours |
|---|---|
| 14:00-22:00, 30 min break | 7.50 h |
| 22:00-06:00, 45 min break | 7.25 h |

`TOTAL 14.75 h`

## Actual
```
2024-03-06  14:00-22:00  break  30    7.50 h
2024-03-07  22:00-06:00  break  45  -16.75 h
TOTAL                                -9.25 h
```

## Notes
- Only shifts whose end time is on the next day go wrong; the afternoon shift is right.
- A shift ending at exactly 00:00 is affected too (22:00-00:00 gives -22.00 h).
- Customer's file (QA-318) not attached: personal data.
MD
python3 bin/timesheet bugs/overnight-repro.csv]==] },
  { submit = "report" },
  { say = "leo", text = "The report is in bugs/overnight-shifts-negative.md: night shifts that finish after midnight are counted negative (repro bugs/overnight-repro.csv, expected 14.75 h, actual -9.25 h)." },
  { finish = true },
}
