-- Mistake (sloppy): the right fix in the right place, found by luck, but with a debug print, a
-- scratch file and a "wip" commit, no search for other callers, no PR description, no word to Maya.
return {
  expect = { outcome = "failed", max_percent = 69 },
  { sh = "python3 -m pytest 2>&1 | tail -n 3" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("kestrel/core/formatting.py")
s = p.read_text()
s = s.replace("from decimal import Decimal\n", "from decimal import Decimal\n\nfrom kestrel.core.money import to_decimal\nfrom kestrel.core.currency import get_currency\n", 1)
s = s.replace("""    amount = Decimal(int(minor)) / 100
    return f"{currency} {amount:,.2f}"
""", """    print("DEBUG", minor, currency)
    places = get_currency(currency).minor_units
    return f"{currency} {to_decimal(minor, currency):,.{places}f}"
""", 1)
p.write_text(s)
PY
python3 scripts/render_invoice.py INV-2024-0117 > out.txt; python3 -m pytest | tail -n 2]] },
  { sh = "git add -A && git commit -qm wip" },
  { submit = "fix" },
  { finish = true },
}
