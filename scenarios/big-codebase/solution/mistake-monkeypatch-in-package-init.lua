-- Mistake (play round 7, blind, p7c): instead of changing format_money, the junior replaces it at
-- import time from kestrel/__init__.py (a patch of the helper from outside). Every document is
-- right, but the fix is not where the cause is and changes a file BILL-231 does not need: scope
-- 0, Dana requests changes, the task is never done: fails (87 %).
return {
  expect = { outcome = "failed" },
  { sh = "cat README.md CONTRIBUTING.md | head -60; python3 -m pytest -q tests/test_invoices.py 2>&1 | tail -5" },
  { sh = "python3 scripts/render_invoice.py INV-2024-0117 | tail -4; grep -n import kestrel/invoices/render.py" },
  { sh = "cat kestrel/core/formatting.py; grep -rn 'format_money' kestrel scripts" },
  { sh = "git log --oneline | head -12; git log -p -1 -- kestrel/core/money.py | head -60" },
  { post = "#billing-dev", text = "ok thanks all, quick one jonas: why did PAY-311 fix the api and csv export but not the invoices" },
  { sh = [[cat >> kestrel/__init__.py <<'EOF2'


# BILL-231: documents must use the currency's decimals
def _patch_format_money():
    from kestrel.core import formatting
    from kestrel.core.currency import get_currency
    from kestrel.core.money import to_decimal

    def format_money(minor, currency):
        places = get_currency(currency).minor_units
        return f"{currency} {to_decimal(minor, currency):,.{places}f}"
    formatting.format_money = format_money


_patch_format_money()
EOF2
python3 -m pytest -q 2>&1 | tail -2]] },
  { sh = [[cat >> tests/test_formatting.py <<'EOF2'


def test_format_money_uses_the_currency_decimals():
    # BILL-231: yen have no minor unit, dinars have three
    assert format_money(1375000 // 100, "JPY") == "JPY 13,750"
    assert format_money(204050, "KWD") == "KWD 204.050"
EOF2
make test 2>&1 | tail -3]] },
  { sh = "python3 scripts/render_invoice.py INV-2024-0117 | tail -2; python3 scripts/render_invoice.py INV-2024-0121 | tail -1" },
  { sh = [[printf 'Format document amounts with the currency decimals (BILL-231)\n\nformat_money divided every amount by 100, so JPY/ISK (0 decimals) and KWD (3)\nwere wrong on invoices, receipts and reminders. Use the registry via to_decimal.\n' > /tmp/msg && git add kestrel/__init__.py tests/test_formatting.py && git commit -q -F /tmp/msg && git status --short && git log --oneline -1]] },
  { submit = "fix" },
  { post = "#billing-dev", text = "**PR for BILL-231** (for @dana)\n- **Cause:** `format_money` in `kestrel/core/formatting.py` always divided by 100 and printed 2 decimals, so zero-decimal (JPY, ISK) and three-decimal (KWD) currencies came out wrong. PAY-311 fixed the API/CSV with `to_decimal` but not this helper.\n- **Files:** `kestrel/core/formatting.py` (now uses `to_decimal` + `minor_units` from the registry), `tests/test_formatting.py` (regression test).\n- **Also affects:** every customer document using the helper: invoices, payment receipts, payment reminders." },
  { say = "maya", text = "Hi Maya, the affected customer documents are invoices, payment receipts and payment reminder e-mails, for anything billed in JPY, ISK or KWD. Fix is submitted to Dana for review." },
  { finish = true },
}
