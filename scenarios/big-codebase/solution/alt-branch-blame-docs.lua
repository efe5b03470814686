-- Alternative (100 %): works on a feature branch, reads the history with git blame and
-- git log -S, edits with perl, adds the regression test at a second caller (the receipt),
-- corrects the stale docs/money.md, and writes the PR description into the commit message.
return {
  { post = "#billing-dev", text = "Taking BILL-231. Starting with the failing test and the history of the money code." },
  { sh = "git switch -q -c bill-231 && python3 -m pytest tests/test_invoices.py" },
  { sh = "cat docs/architecture.md | head -n 30" },
  { sh = "git blame -L '/def format_money/,+4' kestrel/core/formatting.py" },
  { sh = "git log -S to_decimal --oneline" },
  { sh = "grep -rln 'formatting import' kestrel scripts" },
  { say = "jonas", text = "Jonas, is kestrel/legacy/money_utils still used anywhere? docs/money.md says documents go through it." },
  { sh = [[perl -0pi -e 's/from decimal import Decimal\n/from decimal import Decimal\n\nfrom kestrel.core.currency import get_currency\nfrom kestrel.core.money import to_decimal\n/; s/    amount = Decimal\(int\(minor\)\) \/ 100\n    return f"\{currency\} \{amount:,.2f\}"/    decimals = get_currency(currency).minor_units\n    return f"{currency} {to_decimal(minor, currency):,.{decimals}f}"/' kestrel/core/formatting.py && git diff]] },
  { sh = [[cat >> tests/test_receipts.py <<'EOF'


def test_receipt_in_dinars_has_three_decimals():
    pay = Payment("P-3", "INV-2024-0121", 100000, "KWD", date(2024, 3, 20), "wire")
    assert receipt_email(pay, "Al-Sabah Trading Co.")[0] == "Payment received: KWD 100.000 for INV-2024-0121"
EOF]] },
  { sh = [[cat > docs/money.md <<'EOF'
# Money in Kestrel

Amounts are ints in the currency's minor unit (ADR 0003): cents for EUR, whole yen for JPY,
fils for KWD. The decimals come from the currency registry (`config/currencies.json`).

- Major units: `kestrel.core.money.to_decimal(minor, currency)`.
- Documents: `kestrel.core.formatting.format_money(minor, currency)`.
- Typed amounts: `kestrel.core.money.to_minor(text, currency)`.

`kestrel/legacy` is v1 code and is not used by the service.
EOF]] },
  { sh = "python3 -m pytest" },
  { sh = [[git add -A && git commit -q -F - <<'EOF'
Format document amounts with the currency's minor units (BILL-231)

Cause: format_money in kestrel/core/formatting.py divided by 100 and printed two
decimals for every currency, so JPY invoices showed 13750 yen as 137.50 and KWD
amounts were off by ten. It now uses to_decimal and the registry's minor_units.

Also affects the payment receipts and the overdue reminders, which use the same
helper. Adds a KWD receipt test and brings docs/money.md up to date (it still
pointed at kestrel/legacy).
EOF]] },
  { sh = "git status --short; git log --oneline -3" },
  { say = "dana", text = "Dana, BILL-231 is on branch bill-231, one commit; the PR description is in the commit message. Submitting now." },
  { submit = "fix" },
  { say = "maya", text = "Maya, for Support: the wrong amounts were on invoices, payment receipts and overdue reminders for JPY, ISK and KWD customers. The fix is in review with Dana." },
  { finish = true },
}
