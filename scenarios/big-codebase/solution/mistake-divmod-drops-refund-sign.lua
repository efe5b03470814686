-- Sloppy, wrong numbers (play round 2026-12-06, playbs): the reference's investigation, but
-- format_money is rewritten by hand with divmod on abs(minor) and the sign forgotten: invoices
-- and the ticket's yen are right, every refund or credit (a negative amount) is shown positive.
-- The callers check's unseen amounts include refunds: Dana cannot approve. Must fail.
local part = require("parts.reference")
local fix = {}
for i, a in ipairs(part.fix) do fix[i] = a end
fix[1] = { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("kestrel/core/formatting.py")
s = p.read_text()
s = s.replace("from decimal import Decimal\n", "from decimal import Decimal\n\nfrom kestrel.core.currency import get_currency\n", 1)
s = s.replace("""    amount = Decimal(int(minor)) / 100
    return f"{currency} {amount:,.2f}"
""", """    places = get_currency(currency).minor_units
    major, rest = divmod(abs(int(minor)), 10 ** places)
    if places == 0:
        return f"{currency} {major:,}"
    return f"{currency} {major:,}.{rest:0{places}d}"
""", 1)
p.write_text(s)
PY]] }
return part.reference_with({ outcome = "failed", max_percent = 80 }, { fix = fix })
