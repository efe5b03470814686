-- Alternative (vB play round): a junior who mistypes the tool's name and corrects it on the
-- next line, saves the customer's run with tee, cuts the repro from the customer's file with
-- head and sed (header + Thursday's night shift), tests the midnight case by copying the repro
-- to /tmp and appending a shift ending at 00:00 with echo >> (a two-shift test file), asks Sara
-- a question first, answers Leo as markdown bullets in the channel, and writes a report whose
-- Actual is only the TOTAL line copied from a tee'd file. Honest and complete: full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "sara", text = "Quick question before I start: should the report go against 1.4.2 or is there a newer build I should test?" },
  { sh = "bin/timesheeet samples/lena-week10.csv" },
  { sh = "bin/timesheet samples/lena-week10.csv | tee /tmp/week10.out" },
  { sh = "bin/timesheet --version" },
  { sh = "(head -n 1 samples/lena-week10.csv; sed -n '5p' samples/lena-week10.csv) > bugs/thursday-night.csv; cat bugs/thursday-night.csv; bin/timesheet bugs/thursday-night.csv | tee /tmp/thursday.out" },
  { sh = "cp bugs/thursday-night.csv /tmp/mid.csv && echo '2024-03-10,20:00,00:00,30' >> /tmp/mid.csv && bin/timesheet /tmp/mid.csv" },
  { post = "#payroll-tools", text = "@leo re 00:00:\n- tested 20:00-00:00 (30 min break): the tool says **-20.50 h**, should be 3.50 h\n- so yes, a shift ending exactly at midnight is affected as well" },
  { sh = [==[{
echo '# Negative hours for shifts that end after midnight'
echo
echo '- Severity: major'
echo '- Component: bin/timesheet'
echo '- Version: 1.4.2'
echo
echo '## Steps to reproduce'
echo '1. `bin/timesheet bugs/thursday-night.csv` (header + one night shift 22:00-06:00, 45 min break)'
echo
echo '## Expected'
echo 'TOTAL 7.25 h'
echo
echo '## Actual'
tail -n 1 /tmp/thursday.out
echo
echo '## Notes'
echo 'Shifts ending at 00:00 are affected too (20:00-00:00 with 30 min break: -20.50 h instead of 3.50 h).'
} > bugs/negative-hours-after-midnight.md; cat bugs/negative-hours-after-midnight.md]==] },
  { submit = "report" },
  { post = "#payroll-tools", text = "@leo QA-318 report: bugs/negative-hours-after-midnight.md. Shifts that end after midnight get negative hours; repro bugs/thursday-night.csv (7.25 h expected, -16.75 h actual)." },
  { finish = true },
}
