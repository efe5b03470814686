-- Valid route (play round 2026-12-06 fourth, vC): everything in #expenses-team with @sofia, terse
-- and lowercase: first a question about the customer, the estimate as "csv ~1h. pdf/xlsx 3+ days
-- each", a proposal, a hold; the export module with `csv.writer` and amounts formatted with
-- format(amount, '.2f'); tests run after each edit; PDF and Excel recorded in BACKLOG.md as a new
-- "## Follow-ups" bullet list (not table rows); the report in three short posts ("ready",
-- the command, where the rest went). Must pass 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { post = "#expenses-team", text = "@sofia quick q on exp-88: what does kowalski's finance team do with the report? sum it in a spreadsheet, or print it?" },
  { post = "#expenses-team", text = "@sofia ok. estimate: csv ~1h incl tests, ready before 14:45. pdf/xlsx 3+ days each since we only have the stdlib and new packages need a security review. proposal: csv for the demo, pdf + excel as follow-ups" },
  { post = "#expenses-team", text = "@sofia i'd keep it at csv: the export is a stub that raises today, and two hand-written file formats in 3h would be untested and could break live in the demo. excel opens the csv fine" },
}, part.export, { { sh = "python3 -m pytest -q 2>&1 | tail -n 1" } }, part.test, part.try, {
  { sh = [[printf '\n## Follow-ups from EXP-88\n\n- EXP-89: PDF export of the monthly report (needs a PDF library and its security review), about 3 days\n- EXP-90: Excel .xlsx export (needs openpyxl and its security review), about 3 days\n' >> BACKLOG.md
python3 -m pytest -q 2>&1 | tail -n 1
git add expenses tests BACKLOG.md && git commit -q -m 'csv export for the monthly report, pdf/xlsx refused for now (EXP-88)' && git status --short]] },
}, part.submit, {
  { post = "#expenses-team", text = "@sofia csv export ready" },
  { post = "#expenses-team", text = "@sofia run: python3 -m expenses export --month 2024-05 --format csv -o may.csv, then open may.csv in excel" },
  { post = "#expenses-team", text = "@sofia pdf + excel are in BACKLOG.md as EXP-89 / EXP-90" },
  { finish = true },
})
