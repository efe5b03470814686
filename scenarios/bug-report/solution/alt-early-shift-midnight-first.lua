-- Valid alternative for bug-report: a careful learner who answers Leo's midnight question FIRST
-- (tests 21:00-00:00 with a 30 min break in a file under bugs/), then builds a different one-shift
-- repro (23:00-07:00, 60 min break) with echo instead of printf, writes the report with British
-- spelling and lowercase labels and hands it over. Every fact is tested and exact, only the
-- order, tools and numbers differ from the reference: must pass with 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "bin/timesheet --version && sed -n '1,30p' docs/QA.md" },
  { sh = "bin/timesheet samples/lena-week10.csv" },
  { sh = "echo 'date,start,end,break_min' > bugs/midnight.csv && echo '2024-03-08,21:00,00:00,30' >> bugs/midnight.csv && bin/timesheet bugs/midnight.csv" },
  { say = "leo", text = "i tried it: a shift ending at exactly 00:00 is wrong as well - 21:00-00:00 with a 30 min break shows -21.50 h, should be 2.50 h" },
  { sh = "echo 'date,start,end,break_min' > bugs/overnight.csv && echo '2024-03-07,23:00,07:00,60' >> bugs/overnight.csv && bin/timesheet bugs/overnight.csv" },
  { sh = [[cat > bugs/overnight-hours.md <<'EOF'
# Overnight shift (end on the next day) is totalled as negative hours

severity: major
version: timesheet 1.4.2

## steps to reproduce
1. run `bin/timesheet bugs/overnight.csv` (one shift, 23:00-07:00, 60 min break)

## expected
8 h minus the 60 min break: 7.00 h for the shift and TOTAL 7.00 h

## actual
-17.00 h on the shift line and TOTAL -17.00 h

## notes
behaviour is the same for a shift finishing at exactly 00:00 (bugs/midnight.csv: -21.50 h instead of 2.50 h).
day shifts are totalled correctly. customer case: QA-318.
EOF]] },
  { submit = "report" },
  { say = "leo", text = "Leo, QA-318 report is in bugs/overnight-hours.md - shifts past midnight are totalled negative, repro bugs/overnight.csv gives -17.00 h instead of 7.00 h." },
  { finish = true },
}
