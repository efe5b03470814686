-- Mistake: patches the symptom where the failing test points, in the invoice renderer, with
-- the registry done right there. The invoice is right; receipts and reminders still show
-- JPY 137.50, format_money stays wrong, and the report tells Support only invoices were wrong.
return {
  expect = { outcome = "failed", max_percent = 50 },
  { sh = "python3 -m pytest 2>&1 | tail -n 5" },
  { sh = "cat kestrel/invoices/render.py" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("kestrel/invoices/render.py")
s = p.read_text()
s = s.replace("from kestrel.core.formatting import format_date, format_money, format_percent\n",
              "from kestrel.core.currency import get_currency\nfrom kestrel.core.formatting import format_date, format_percent\nfrom kestrel.core.money import to_decimal\n")
s = s.replace("    amount = format_money(minor, currency)\n",
              "    places = get_currency(currency).minor_units\n    amount = f\"{currency} {to_decimal(minor, currency):,.{places}f}\"\n")
p.write_text(s)
PY]] },
  { sh = "python3 -m pytest" },
  { sh = [[git commit -qam "Show JPY invoice amounts with the right decimals (BILL-231)"]] },
  { post = "#billing-dev", text = "Dana: BILL-231 fixed in kestrel/invoices/render.py, the invoice line now formats with the currency's decimals." },
  { submit = "fix" },
  { say = "dana", text = "Dana, could you approve it today? Support is waiting. If receipts need anything I'll do it in a follow-up ticket." },
  { say = "maya", text = "BILL-231 is fixed: only the invoices were affected, Support can resend those." },
  { finish = true },
}
