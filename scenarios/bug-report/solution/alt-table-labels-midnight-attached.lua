-- Valid route (play-test 2026-12-06, second session): works from inside bugs/, writes both repro
-- files with python's csv module, keeps the at-midnight repro for Leo beside the night-shift one
-- (named in the report's notes), puts the labels in a markdown table, writes in lowercase British
-- English, and answers Leo with the figure the tool printed. bugs/ holds the report and its two
-- inputs: must pass with 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "bin/timesheet --version && bin/timesheet samples/lena-week10.csv && cd bugs" },
  { sh = [[python3 -c "import csv,sys; w=csv.writer(open('overnight.csv','w',newline='')); w.writerow(['date','start','end','break_min']); w.writerow(['2024-03-05','22:00','06:30',30])" && ../bin/timesheet overnight.csv]] },
  { sh = [[python3 -c "import csv; w=csv.writer(open('ends-at-midnight.csv','w',newline='')); w.writerow(['date','start','end','break_min']); w.writerow(['2024-03-06','18:00','00:00',15])" && ../bin/timesheet ends-at-midnight.csv]] },
  { say = "leo", text = "hi leo, yes: a shift ending exactly at 00:00 is affected as well. 18:00-00:00 with a 15 min break prints -18.25 h, it should be 5.75 h." },
  { sh = [[cat > overnight-shift-negative-total.md <<'EOF'
# overnight shifts (ending after midnight) are totalled as negative hours

| field | value |
|---|---|
| severity | major |
| component | bin/timesheet |
| version | 1.4.2 |

## steps to reproduce
1. from the workspace: `bin/timesheet bugs/overnight.csv` (one shift, 22:00-06:30, 30 min break)

## expected
8.50 h minus the 30 min break: **8.00 h** (TOTAL 8.00 h)

## actual
`TOTAL -16.00 h`

## notes
- behaviour: any shift whose end time is on the next day is counted as end minus start, hence negative.
- a shift ending at exactly 00:00 is affected too: `bugs/ends-at-midnight.csv` gives -18.25 h instead of 5.75 h.
- the customer's file is not attached (personal data).
EOF
cd .. && ls bugs]] },
  { submit = "report" },
  { post = "#payroll-tools", text = "@leo qa-318 is written up in bugs/overnight-shift-negative-total.md: shifts that end after midnight are totalled as negative hours. repro files are beside it." },
  { finish = true },
}
