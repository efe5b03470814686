-- Valid route (play round 2026-12-06 fourth, vC): markdown messages with headings, the estimate
-- as "half a day" / "about a week for both"; work on a topic branch `exp-88-csv` in three small
-- commits (export, tests, backlog; the first amended once after the suite ran), fast-forwarded
-- into main before the submit; the report says the export "is merged" and how to run it.
-- Everything a careful junior does: must pass 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "sofia", text = "Hi Sofia! Quick question before I plan this: **what does Kowalski's finance team do with the report?** Do they work on the numbers in a spreadsheet, or print it out?" },
  { say = "sofia", text = "### Estimate\n- **CSV**: about 45 minutes including tests, done well before 14:45. Excel opens it directly.\n- **PDF / Excel (.xlsx)**: we only have the standard library, and a new package needs a security review. Doing them by hand is half a day each at best, more like a week for both with tests.\n\n### Proposal\nCSV for today's demo; PDF and Excel as follow-up tickets." },
  { say = "sofia", text = "I understand, but I'd still keep it to CSV: the export is a bare stub today, and rushing two hand-made file formats in means the demo could crash in front of the prospect. The CSV gives the finance team exactly what they need." },
  { sh = "git checkout -q -b exp-88-csv" },
}, part.export, {
  { sh = "python3 -m pytest -q 2>&1 | tail -n 1; git add expenses && git commit -q -m 'Add CSV export of the monthly report (EXP-88)' && git commit -q --amend -m 'Add CSV export of the monthly report; refuse pdf/xlsx for now (EXP-88)'" },
}, part.test, part.try, {
  { sh = [[git add tests/test_export.py && git commit -q -m 'Test the CSV export: header, rows, quoting, amounts'
sed -i 's/^| EXP-88 | Export the monthly report (CSV, PDF, Excel) | - | in progress |$/| EXP-88 | Export the monthly report as CSV | 1 h | done |\n| EXP-89 | Export as PDF (PDF library needs a security review) | 20 h | planned |\n| EXP-90 | Export as Excel .xlsx (openpyxl needs a security review) | 16 h | planned |/' BACKLOG.md
cat BACKLOG.md; git commit -qam 'Backlog: PDF and Excel exports as EXP-89 and EXP-90'
git checkout -q main && git merge -q --ff-only exp-88-csv && git log --oneline -n 4 && git status --short]] },
}, part.submit, {
  { say = "sofia", text = "## CSV export is merged :white_check_mark:\n\nRun `python3 -m expenses export --month 2024-05 --format csv -o kowalski-may.csv` and open the file in Excel; the amounts are plain numbers so they sum.\n\nPDF and Excel are in BACKLOG.md (EXP-89, EXP-90) with estimates." },
  { finish = true },
})
