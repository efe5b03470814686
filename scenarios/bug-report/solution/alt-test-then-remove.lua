-- Valid alternative for bug-report: tests Leo's midnight case on a file in bugs/ and removes it in
-- the same command (`... && bin/timesheet bugs/mid.csv && rm bugs/mid.csv`), then writes a short
-- report with printf. The file the tool read is gone when the judge looks; the rows the command
-- typed into it are what the tool ran on: 100 %.
return {
  { sh = "bin/timesheet --version; bin/timesheet samples/lena-week10.csv" },
  { sh = "printf 'date,start,end,break_min\\n2024-03-07,22:00,06:00,45\\n' > bugs/night.csv && bin/timesheet bugs/night.csv" },
  { sh = "printf 'date,start,end,break_min\\n2024-03-07,22:00,00:00,0\\n' > bugs/mid.csv && bin/timesheet bugs/mid.csv && rm bugs/mid.csv" },
  { sh = "ls bugs" },
  { say = "leo", text = "Checked your midnight case: yes, a 22:00-00:00 shift comes out as -22.00 h." },
  { sh = [[printf '# Overnight shifts get negative hours\n\nSeverity: major\nVersion: 1.4.2\n\n## Steps to reproduce\nbin/timesheet bugs/night.csv\n\n## Expected\n7.25 h\n\n## Actual\n-16.75 h\n' > bugs/overnight.md]] },
  { submit = "report" },
  { say = "leo", text = "QA-318 report: bugs/overnight.md (overnight shifts are negative)." },
  { finish = true },
}
