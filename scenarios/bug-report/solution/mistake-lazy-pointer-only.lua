-- Lazy (play-test 2026-12-06, second session): the minimum that looks done: runs the customer's
-- file once, cuts a one-shift repro, writes a bare report without the version, never answers
-- Leo's question, and tells him only where the report is. The core (repro, exact values) is
-- right, so it passes, at 79 %: version, the summary to Leo and his answer are missing.
return {
  expect = { outcome = "passed", max_percent = 80 },
  { sh = "bin/timesheet samples/lena-week10.csv" },
  { sh = "head -n 1 samples/lena-week10.csv > bugs/r.csv && grep ',22:00,06:00,' samples/lena-week10.csv | head -n 1 >> bugs/r.csv && bin/timesheet bugs/r.csv" },
  { sh = "ls" },
  { sh = [[printf '# Night shifts go negative\n\nSeverity: major\n\n## Steps\nbin/timesheet bugs/r.csv\n\n## Expected\n7.25 h\n\n## Actual\n-16.75 h\n' > bugs/report.md]] },
  { submit = "report" },
  { say = "leo", text = "report is in bugs/report.md" },
  { finish = true },
}
