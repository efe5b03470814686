-- parts/git_apply.lua: the route of alt-git-apply-make-test-markdown-pr (play round 7, blind) cut
-- into stages, so the scripts that change one stage (another fix, no word with Jonas, a line more
-- in the PR description) share the rest. Not an action script itself: verify only plays solution/*.lua.
local M = {}

-- README/CONTRIBUTING, the failing test, render's imports, the callers, PAY-311's diff.
M.look = {
  { sh = "cat README.md CONTRIBUTING.md | head -60; python3 -m pytest -q tests/test_invoices.py 2>&1 | tail -5" },
  { sh = "python3 scripts/render_invoice.py INV-2024-0117 | tail -4; grep -n import kestrel/invoices/render.py" },
  { sh = "cat kestrel/core/formatting.py; grep -rn 'format_money' kestrel scripts" },
  { sh = "git log --oneline | head -12; git log -p -1 -- kestrel/core/money.py | head -60" },
}

-- A question to Jonas in #billing-dev, no '?'.
M.ask_jonas = {
  { post = "#billing-dev", text = "ok thanks all, quick one jonas: why did PAY-311 fix the api and csv export but not the invoices" },
}

-- format_money fixed with a hand-written diff and `git apply`.
M.fix = {
  { sh = [[cat > /tmp/fix.patch <<'EOF2'
--- a/kestrel/core/formatting.py
+++ b/kestrel/core/formatting.py
@@ -1,11 +1,15 @@
 """Formatting for customer documents (invoices, receipts, payment reminders): amounts, rates, dates."""
 from decimal import Decimal
 
+from kestrel.core.currency import get_currency
+from kestrel.core.money import to_decimal
+
 
 def format_money(minor, currency):
-    """An amount in minor units as customers read it: 123450 EUR -> 'EUR 1,234.50'."""
-    amount = Decimal(int(minor)) / 100
-    return f"{currency} {amount:,.2f}"
+    """An amount in minor units as customers read it, with the currency's decimals from the
+    registry: 123450 EUR -> 'EUR 1,234.50', 13750 JPY -> 'JPY 13,750', 204050 KWD -> 'KWD 204.050'."""
+    places = get_currency(currency).minor_units
+    return f"{currency} {to_decimal(minor, currency):,.{places}f}"
 
 
 def format_percent(rate):
EOF2
git apply --check /tmp/fix.patch && git apply /tmp/fix.patch && git diff --stat]] },
}

-- A regression test, `make test`, the invoices rendered again.
M.test = {
  { sh = [[cat >> tests/test_formatting.py <<'EOF2'


def test_format_money_uses_the_currency_decimals():
    # BILL-231: yen have no minor unit, dinars have three
    assert format_money(1375000 // 100, "JPY") == "JPY 13,750"
    assert format_money(204050, "KWD") == "KWD 204.050"
EOF2
make test 2>&1 | tail -3]] },
  { sh = "python3 scripts/render_invoice.py INV-2024-0117 | tail -2; python3 scripts/render_invoice.py INV-2024-0121 | tail -1" },
}

-- `git commit -F` of `files` (the fix's by default), the submit.
function M.commit(files)
  files = files or "kestrel/core/formatting.py tests/test_formatting.py"
  return {
    { sh = [[printf 'Format document amounts with the currency decimals (BILL-231)\n\nformat_money divided every amount by 100, so JPY/ISK (0 decimals) and KWD (3)\nwere wrong on invoices, receipts and reminders. Use the registry via to_decimal.\n' > /tmp/msg && git add ]] .. files .. [[ && git commit -q -F /tmp/msg && git status --short && git log --oneline -1]] },
    { submit = "fix" },
  }
end

-- The markdown PR description in #billing-dev (`extra` after it), Maya told, the end of the run.
function M.report(extra)
  return {
    { post = "#billing-dev", text = "**PR for BILL-231** (for @dana)\n- **Cause:** `format_money` in `kestrel/core/formatting.py` always divided by 100 and printed 2 decimals, so zero-decimal (JPY, ISK) and three-decimal (KWD) currencies came out wrong. PAY-311 fixed the API/CSV with `to_decimal` but not this helper.\n- **Files:** `kestrel/core/formatting.py` (now uses `to_decimal` + `minor_units` from the registry), `tests/test_formatting.py` (regression test).\n- **Also affects:** every customer document using the helper: invoices, payment receipts, payment reminders." .. (extra or "") },
    { say = "maya", text = "Hi Maya, the affected customer documents are invoices, payment receipts and payment reminder e-mails, for anything billed in JPY, ISK or KWD. Fix is submitted to Dana for review." },
    { finish = true },
  }
end

M.script = require("stages").script

return M
