-- Alternative wording (found by a review of the impact rubric): the reference's work, but the PR
-- description and the message to Maya, all lower-case, call the receipts "payment confirmation
-- e-mails" and the reminders "dunning letters" / "overdue notices": what kestrel/receipts/email.py
-- ("Payment received: ...") and kestrel/notifications/reminders.py really send. The impact rubric
-- knew only the word "receipt" and took 5 points. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "python3 -m pytest" },
  { sh = "python3 scripts/render_invoice.py INV-2024-0117" },
  { say = "maya", text = "Hi Maya, I'm on BILL-231. Reproduced it: the invoice text says JPY 137.50 for a JPY 13,750 payment. Digging into where the amount text comes from." },
  { sh = "grep -n import kestrel/invoices/render.py" },
  { sh = "cat kestrel/core/formatting.py" },
  { sh = "git grep -n format_money" },
  { sh = "git log --oneline -- kestrel/core/money.py kestrel/core/formatting.py" },
  { sh = "git log -1 --stat --grep PAY-311" },
  { say = "jonas", text = "Hi Jonas, a history question: PAY-311 moved the API and the CSV export to to_decimal. Was format_money left on / 100 on purpose, or was it just out of scope then?" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("kestrel/core/formatting.py")
s = p.read_text()
s = s.replace("from decimal import Decimal\n", "from decimal import Decimal\n\nfrom kestrel.core.currency import get_currency\nfrom kestrel.core.money import to_decimal\n", 1)
s = s.replace("""    amount = Decimal(int(minor)) / 100
    return f"{currency} {amount:,.2f}"
""", """    places = get_currency(currency).minor_units
    return f"{currency} {to_decimal(minor, currency):,.{places}f}"
""", 1)
p.write_text(s)
PY]] },
  { sh = [[cat >> tests/test_formatting.py <<'EOF'


def test_format_money_uses_the_currency_decimals():
    """BILL-231: yen have no minor unit, dinars have three."""
    assert format_money(13750, "JPY") == "JPY 13,750"
    assert format_money(204050, "KWD") == "KWD 204.050"
EOF]] },
  { sh = "python3 -m pytest" },
  { sh = "python3 scripts/render_invoice.py INV-2024-0117 && python3 scripts/send_reminders.py 2024-04-15" },
  { sh = "git diff --stat" },
  { sh = [[git add kestrel/core/formatting.py tests/test_formatting.py && git commit -q -m "Format document amounts with the currency's decimals (BILL-231)" -m "format_money divided every amount by 100, so JPY invoices showed 13750 yen as 137.50. It now uses to_decimal and the registry's minor_units, like the API since PAY-311."]] },
  { sh = "git status --short && git log --oneline -n 2" },
  { say = "dana", text = "hi dana, pr for bill-231 is up. cause: format_money (kestrel/core/formatting.py) always divided by 100, which only suits two-decimal currencies. changed kestrel/core/formatting.py to use to_decimal and the registry's minor units, plus a regression test in tests/test_formatting.py. impact: the payment confirmation e-mails and the dunning letters for overdue invoices format their amounts with the same helper, so they were wrong as well." },
  { submit = "fix" },
  { say = "maya", text = "hi maya, bill-231 is fixed and with dana for review. besides the invoices, two other kinds of customer e-mail showed the wrong amounts for JPY, ISK and KWD since the January launch: the payment confirmation e-mails (\"Payment received: ...\") and the overdue notices we send for unpaid invoices. support can resend those along with the invoices once it's deployed." },
  { finish = true },
}
