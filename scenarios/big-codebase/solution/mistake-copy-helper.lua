-- Mistake: copies format_money into a new module, fixes the copy and points the invoice and the
-- receipt at it, forgetting the reminders. Two helpers now, one still wrong.
return {
  expect = { outcome = "failed", max_percent = 55 },
  { sh = "grep -rn format_money kestrel | head" },
  { sh = [[cat > kestrel/core/money_format.py <<'EOF'
"""Amounts for documents with the currency's decimals."""
from kestrel.core.currency import get_currency
from kestrel.core.money import to_decimal


def format_money(minor, currency):
    places = get_currency(currency).minor_units
    return f"{currency} {to_decimal(minor, currency):,.{places}f}"
EOF
sed -i 's|from kestrel.core.formatting import format_date, format_money, format_percent|from kestrel.core.formatting import format_date, format_percent\nfrom kestrel.core.money_format import format_money|' kestrel/invoices/render.py
sed -i 's|from kestrel.core.formatting import format_date, format_money|from kestrel.core.formatting import format_date\nfrom kestrel.core.money_format import format_money|' kestrel/receipts/email.py]] },
  { sh = "python3 -m pytest" },
  { sh = [[git add -A && git commit -qm "Add a currency-aware money formatter for invoices and receipts (BILL-231)"]] },
  { say = "dana", text = "BILL-231: added kestrel/core/money_format.py with a format_money that uses the registry, used by render.py and email.py." },
  { submit = "fix" },
  { say = "maya", text = "Fixed BILL-231: invoices and receipts were affected." },
  { finish = true },
}
