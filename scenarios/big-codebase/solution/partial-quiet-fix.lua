-- A careful but silent learner: finds the callers, fixes format_money once with the registry,
-- commits well, but writes no PR description beyond the commit subject and never tells Maya
-- which documents were affected. Passes on the engineering, loses the communication points.
return {
  expect = { outcome = "passed", min_percent = 70, max_percent = 85 },
  { sh = "python3 -m pytest tests/test_invoices.py 2>&1 | tail -n 4" },
  { sh = "grep -rn format_money kestrel" },
  { sh = "git log --oneline | head" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("kestrel/core/formatting.py")
s = p.read_text()
s = s.replace("from decimal import Decimal\n", "from decimal import Decimal\n\nfrom kestrel.core.currency import get_currency\n", 1)
s = s.replace("    amount = Decimal(int(minor)) / 100\n", "    amount = Decimal(int(minor)).scaleb(-get_currency(currency).minor_units)\n", 1)
s = s.replace('    return f"{currency} {amount:,.2f}"\n', '    return f"{currency} {amount:,}"\n', 1)
p.write_text(s)
PY
python3 -m pytest]] },
  { sh = [[git commit -qam "Show document amounts with each currency's decimals (BILL-231)"]] },
  { submit = "fix" },
  { finish = true },
}
