-- Over-achiever and undoer (round 8, blind play): merges origin/main, writes invoice.py whole
-- but still prints the fee as "EUR" by hand, strips the markers of the test file with sed and
-- commits the merge; then adds its own tests for a GBP and a USD late fee, sees the GBP one
-- fail, fixes the fee line with sed (format_money in the invoice's currency), documents late
-- fees in README.md and folds it all into the merge with `git commit --amend` (the merge keeps
-- both parents); pushes and submits at once, before Ravi's BILL-63 is in (iterative: Helen
-- requests changes, not up to date), merges BILL-63, pushes, submits again (this scenario
-- charges nothing for a second submit), then tells Ravi in a British DM that says what it did
-- NOT do ("I haven't tested it against real statements, only the test suite"). The end state is
-- the reference's plus tests and docs, the history honest: must score 100 %.
-- Built from parts/resolution.lua: the invoice.py it writes, with the fee line in euros first.
local part = require("parts.resolution")
local written = part.resolve[5].sh
local invoice = written:sub(1, written:find("cat > tests/test_invoice.py", 1, true) - 1)
local at = invoice:find('        line += " (incl. late fee %s)" % format_money(fee, currency)', 1, true)
local first_attempt = invoice:sub(1, at - 1) .. '        line += " (incl. late fee %d.%02d EUR)" % (fee // 100, fee % 100)'
  .. invoice:sub(at + #'        line += " (incl. late fee %s)" % format_money(fee, currency)')
  .. "sed -i -e '/^<<<<<<< /d' -e '/^=======/d' -e '/^>>>>>>> /d' tests/test_invoice.py\n"
  .. "sed -i 's/^from billing.invoice import invoice_total, summary$//' tests/test_invoice.py\n"
  .. "head -5 tests/test_invoice.py; python3 -m pytest -q"
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git fetch --all && git merge origin/main" },
  { sh = "git diff" },
  -- first attempt: the reference's invoice.py, but the fee still printed in euros by hand; the
  -- test file's markers dropped with sed (both sides kept), Ravi's import line removed
  { sh = first_attempt },
  { sh = "git commit -am 'Merge origin/main into feature/late-fee'" },
  -- notices the ticket's GBP example, adds a test, it fails, fixes and amends
  { sh = [[cat >> tests/test_invoice.py <<'EOF2'


def test_late_fee_shown_in_invoice_currency():
    invoice = {"number": "2024-0201", "currency": "GBP", "days_overdue": 45, "lines": [(1, 10000)]}
    assert summary(invoice) == "Invoice 2024-0201: 102.00 GBP (incl. late fee 2.00 GBP)"


def test_late_fee_in_dollars():
    invoice = {"number": "2024-0202", "currency": "USD", "days_overdue": 31, "lines": [(1, 5000)]}
    assert summary(invoice) == "Invoice 2024-0202: 51.00 USD (incl. late fee 1.00 USD)"
EOF2
python3 -m pytest -q | tail -3]] },
  { sh = [[sed -i 's/    line += " (incl. late fee %d.%02d EUR)" % (fee \/\/ 100, fee % 100)/    line += " (incl. late fee %s)" % format_money(fee, currency)/' billing/invoice.py && python3 -m pytest -q]] },
  { sh = [[printf '\n## Late fees\n\nInvoices more than 30 days overdue get a 2%% late fee, shown in the invoice currency.\n' >> README.md && git add -A && git commit --amend --no-edit && git log --oneline --graph -5]] },
  { sh = "git push origin feature/late-fee" },
  { submit = "conflict" },
  { sh = "git fetch && git merge --no-edit origin/main && python3 -m pytest -q && git push" },
  { submit = "conflict" },
  { say = "ravi", text = "Hi Ravi, I've merged main (BILL-58 and your yen fix BILL-63) into feature/late-fee and pushed. The late fee now goes through format_money in the invoice's currency, and I've kept all your tests and added two for a GBP and a USD fee. I haven't tested it against real statements, only the test suite." },
  { finish = true },
}
