-- Mistake: trusts docs/money.md, which points at the v1 helper, and fixes kestrel/legacy,
-- which nothing imports. The invoice is as wrong as before.
return {
  expect = { outcome = "failed", max_percent = 30 },
  { sh = "cat docs/money.md" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("kestrel/legacy/money_utils.py")
s = p.read_text()
s = s.replace('''def fmt_amount(cents, currency="EUR"):
    """Amount for documents: fmt_amount(123450) -> 'EUR 1,234.50'."""
    return "%s %s" % (currency, "{:,.2f}".format(cents / 100.0))''', '''def fmt_amount(cents, currency="EUR"):
    """Amount for documents: fmt_amount(123450) -> 'EUR 1,234.50'."""
    from kestrel.core.currency import get_currency
    from kestrel.core.money import to_decimal
    places = get_currency(currency).minor_units
    return "%s %s" % (currency, format(to_decimal(cents, currency), ",.%df" % places))''')
p.write_text(s)
PY]] },
  { sh = [[git commit -qam "Format legacy document amounts with the currency's decimals (BILL-231)"]] },
  { post = "#billing-dev", text = "Dana: BILL-231, fmt_amount in kestrel/legacy/money_utils.py now uses the currency registry." },
  { submit = "fix" },
  { say = "maya", text = "BILL-231 fixed, it was the money formatting for invoices." },
  { finish = true },
}
