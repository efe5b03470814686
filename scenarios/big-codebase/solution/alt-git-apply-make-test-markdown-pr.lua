-- Valid (play round 7, blind, p7c): reads README/CONTRIBUTING, follows render's import, greps the
-- callers, reads PAY-311 with git log -p, asks Jonas in #billing-dev without a '?' ("ok thanks
-- all, quick one jonas: why did PAY-311 ..."), fixes format_money with a hand-written diff and
-- `git apply`, runs the suite with `make test`, commits with `git commit -F`, posts a markdown
-- PR description and tells Maya the three kinds of documents. 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat README.md CONTRIBUTING.md | head -60; python3 -m pytest -q tests/test_invoices.py 2>&1 | tail -5" },
  { sh = "python3 scripts/render_invoice.py INV-2024-0117 | tail -4; grep -n import kestrel/invoices/render.py" },
  { sh = "cat kestrel/core/formatting.py; grep -rn 'format_money' kestrel scripts" },
  { sh = "git log --oneline | head -12; git log -p -1 -- kestrel/core/money.py | head -60" },
  { post = "#billing-dev", text = "ok thanks all, quick one jonas: why did PAY-311 fix the api and csv export but not the invoices" },
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
  { sh = [[cat >> tests/test_formatting.py <<'EOF2'


def test_format_money_uses_the_currency_decimals():
    # BILL-231: yen have no minor unit, dinars have three
    assert format_money(1375000 // 100, "JPY") == "JPY 13,750"
    assert format_money(204050, "KWD") == "KWD 204.050"
EOF2
make test 2>&1 | tail -3]] },
  { sh = "python3 scripts/render_invoice.py INV-2024-0117 | tail -2; python3 scripts/render_invoice.py INV-2024-0121 | tail -1" },
  { sh = [[printf 'Format document amounts with the currency decimals (BILL-231)\n\nformat_money divided every amount by 100, so JPY/ISK (0 decimals) and KWD (3)\nwere wrong on invoices, receipts and reminders. Use the registry via to_decimal.\n' > /tmp/msg && git add kestrel/core/formatting.py tests/test_formatting.py && git commit -q -F /tmp/msg && git status --short && git log --oneline -1]] },
  { submit = "fix" },
  { post = "#billing-dev", text = "**PR for BILL-231** (for @dana)\n- **Cause:** `format_money` in `kestrel/core/formatting.py` always divided by 100 and printed 2 decimals, so zero-decimal (JPY, ISK) and three-decimal (KWD) currencies came out wrong. PAY-311 fixed the API/CSV with `to_decimal` but not this helper.\n- **Files:** `kestrel/core/formatting.py` (now uses `to_decimal` + `minor_units` from the registry), `tests/test_formatting.py` (regression test).\n- **Also affects:** every customer document using the helper: invoices, payment receipts, payment reminders." },
  { say = "maya", text = "Hi Maya, the affected customer documents are invoices, payment receipts and payment reminder e-mails, for anything billed in JPY, ISK or KWD. Fix is submitted to Dana for review." },
  { finish = true },
}
