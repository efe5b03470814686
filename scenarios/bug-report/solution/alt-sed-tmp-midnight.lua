-- Valid alternative for bug-report (a play-test scored it 90 % and told the learner they claimed a
-- test that never happened): the repro is cut from the customer's file with head and grep, and
-- Leo's midnight case is tested on a copy made with `sed 's/,06:00,/,00:00,/' ... > /tmp/mid.csv`,
-- lowercase chat. The tool really ran on a /tmp file whose rows no command typed; the judge now
-- makes that file again by replaying the learner's commands on a copy (evidence.file_after) and
-- sees the 22:00-00:00 shift in it: 100 %.
return {
  { sh = "bin/timesheet --version; bin/timesheet samples/lena-week10.csv" },
  { sh = "head -n 1 samples/lena-week10.csv > bugs/repro.csv && grep ',22:00,06:00,' samples/lena-week10.csv >> bugs/repro.csv && bin/timesheet bugs/repro.csv" },
  { sh = "sed 's/,06:00,/,00:00,/' bugs/repro.csv > /tmp/mid.csv && bin/timesheet /tmp/mid.csv" },
  { sh = "ls bugs" },
  { say = "leo", text = "yes - a shift ending exactly at 00:00 is affected too, I tried it: 22:00-00:00 with a 45 min break gives -22.75 h" },
  { sh = [[cat > bugs/report.md <<'EOF'
# Negative hours for overnight shifts (end after midnight)

Severity: Major
Version: 1.4.2

## Steps to reproduce
1. run `bin/timesheet bugs/repro.csv` (Lena's 22:00-06:00 shift of 7 March, 45 min break)

## Expected
7.25 h for the shift and as TOTAL

## Actual
-16.75 h, on the shift line and as TOTAL

## Notes
shifts ending at exactly 00:00 go wrong as well
EOF]] },
  { submit = "report" },
  { say = "leo", text = "report is at bugs/report.md - overnight shifts go negative" },
  { finish = true },
}
