-- Alternative (100 %): asks Jonas first and follows his pointer, finds the callers with grep -r,
-- fixes format_money with sed (scaleb and the registry, without to_decimal), adds no extra
-- test, puts the PR description in a DM to Dana and the impact in #billing-dev.
return {
  { say = "jonas", text = "Hi Jonas, I'm new and on BILL-231 (JPY invoice shows 137.50). Do you know why yen amounts would come out divided by 100 on invoices?" },
  { sh = "git show --stat HEAD~2" },
  { sh = "python3 -m pytest -x -q 2>&1 | tail -n 15" },
  { sh = "sed -n 1,12p kestrel/invoices/render.py; sed -n 1,12p kestrel/core/formatting.py" },
  { sh = "grep -rn 'format_money(' kestrel/" },
  { sh = [[sed -i 's|^from decimal import Decimal$|from decimal import Decimal\n\nfrom kestrel.core.currency import get_currency|' kestrel/core/formatting.py]] },
  { sh = [[sed -i 's|    amount = Decimal(int(minor)) / 100|    amount = Decimal(int(minor)).scaleb(-get_currency(currency).minor_units)|; s|    return f"{currency} {amount:,.2f}"|    return f"{currency} {amount:,}"|' kestrel/core/formatting.py]] },
  { sh = "python3 -m pytest && python3 scripts/send_reminders.py 2024-04-15 | head -n 12" },
  { sh = [[git commit -qam "Use the currency's minor units in format_money (BILL-231)" && git log --stat -1]] },
  { say = "dana", text = "Hi Dana, BILL-231 is ready for review. Cause: format_money (kestrel/core/formatting.py) always divided by 100 and printed two decimals, wrong for JPY/ISK (0) and KWD (3). Fix: it scales by the registry's minor_units. Only formatting.py changed. It also fixes the payment receipts and the overdue reminders, which call the same helper." },
  { submit = "fix" },
  { post = "#billing-dev", text = "Maya: BILL-231 found and fixed (in review). It wasn't only the invoice: receipts and overdue reminders for JPY, ISK and KWD customers showed the same wrong amounts. Those three document types need resending." },
  { finish = true },
}
