-- Alternative solution for bug-report: ask the QA lead about severity first, find the failing
-- rows with awk (end earlier than start) and cut the repro straight out of the customer's
-- file (header + the first failing row, no retyping), write the report with a different
-- layout (numbered steps, bold values, only the TOTAL line as Actual), hand it over in
-- #payroll-tools and answer Leo's question there.
return {
  { say = "sara", text = "Hi Sara, for QA-318: what severity do we use when pay totals are wrong for every night shift?" },
  { sh = "bin/timesheet samples/lena-week10.csv | awk '$NF == \"h\" && $(NF-1) < 0'" },
  { sh = [[awk -F, 'NR == 1 || ($3 < $2 && !done++)' samples/lena-week10.csv > bugs/overnight-repro.csv && cat bugs/overnight-repro.csv && bin/timesheet bugs/overnight-repro.csv | tail -n 1]] },
  { sh = [[printf 'date,start,end,break_min\n2024-03-11,22:00,00:00,0\n' > /tmp/m.csv && bin/timesheet /tmp/m.csv | tail -n 1; bin/timesheet --version]] },
  { post = "#payroll-tools", text = "@leo confirmed by testing: yes, a shift ending exactly at 00:00 is affected too, 22:00-00:00 shows -22.00 h (should be 2.00 h)." },
  { sh = [[{
echo '# Overnight shifts (end time after midnight) are counted as negative hours'
echo
echo 'Severity: Major'
echo 'Component: bin/timesheet'
echo 'Version: 1.4.2'
echo
echo '## Steps to reproduce'
echo
echo '1. Attached input: `bugs/overnight-repro.csv`, one shift from 22:00 to 06:00 with a 45-minute break.'
echo '2. Run `bin/timesheet bugs/overnight-repro.csv`.'
echo
echo '## Expected result'
echo
echo 'TOTAL **7.25 h** (22:00 to 06:00 the next morning is 8 h, minus 45 min break).'
echo
echo '## Actual result'
echo
echo "\`$(bin/timesheet bugs/overnight-repro.csv | tail -n 1 | tr -s ' ')\`"
echo
echo '## Notes'
echo
echo 'Day shifts are fine. Ends at exactly 00:00 fail too (22:00-00:00: -22.00 h).'
} > bugs/overnight-negative.md && cat bugs/overnight-negative.md]] },
  { post = "#payroll-tools", text = "@leo QA-318 report: bugs/overnight-negative.md. Any shift that ends after midnight gets negative hours (22:00-06:00 shows -16.75 h instead of 7.25 h). Minimal repro attached; I didn't touch the tool." },
  { submit = "report" },
  { finish = true },
}
