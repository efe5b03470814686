-- Alternative for bug-report (from a play-test that scored 70 %): filters the negative lines
-- with grep, builds the repro from the header + the 2nd overnight shift (head/echo), tests Leo's case with a 23:30-00:00 shift via tee,
-- answers in plain words without "yes", writes the report with tee and bold labels
-- ("**Severity**: Major", "**Version**: 1.4.2"), hands over in #payroll-tools. Markdown labels
-- and an answer that says "is affected" with the tested value are as good as "Severity:"/"yes".
return {
  { sh = "bin/timesheet --version && bin/timesheet samples/lena-week10.csv | grep -n -- ' -[0-9]'" },
  { sh = "head -n 1 samples/lena-week10.csv > bugs/qa-318-repro.csv && echo '2024-03-08,22:00,06:30,45' >> bugs/qa-318-repro.csv && cat bugs/qa-318-repro.csv && bin/timesheet bugs/qa-318-repro.csv" },
  { sh = "sed -n '/## Writing/,/## Handing/p' docs/QA.md" },
  { sh = "ls -l bugs/" },
  { sh = "printf 'date,start,end,break_min\\n2024-03-09,23:30,00:00,0\\n' | tee /tmp/zero.csv >/dev/null; bin/timesheet /tmp/zero.csv" },
  { say = "leo", text = "I checked it just now: a 23:30 to 00:00 shift comes out at -23.50 h, the correct value is 0.50 h. So a shift ending exactly at midnight is affected." },
  { sh = [[tee bugs/qa-318-overnight-negative.md >/dev/null <<'EOF'
# Weekly total goes negative when a shift ends on the following day

**Severity**: Major
**Component**: bin/timesheet
**Version**: 1.4.2

## Steps to reproduce
1. Attached input `bugs/qa-318-repro.csv`: one shift, 22:00 to 06:30 next morning, 45 min break.
2. Run `bin/timesheet bugs/qa-318-repro.csv`

## Expected
8 h 30 min minus the 45 min break = 7.75 h, so `TOTAL 7.75 h`.

## Actual
The shift and the total both print -16.25 h.

## Notes
Day shifts are computed correctly. Shifts ending at exactly 00:00 are also wrong (23:30-00:00 gives -23.50 h).
The customer's own export (QA-318) is not attached.
EOF
cat bugs/qa-318-overnight-negative.md]] },
  { submit = "report" },
  { post = "#payroll-tools", text = "@leo the write-up for QA-318 is at bugs/qa-318-overnight-negative.md: any shift that runs past midnight is counted as negative hours. Repro input: bugs/qa-318-repro.csv (7.75 h expected, -16.25 h printed)." },
  { finish = true },
}
