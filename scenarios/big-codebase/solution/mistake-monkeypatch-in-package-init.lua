-- Mistake (play round 7, blind, p7c): instead of changing format_money, the junior replaces it at
-- import time from kestrel/__init__.py (a patch of the helper from outside). Every document is
-- right, but the fix is not where the cause is and changes a file BILL-231 does not need: scope
-- 0, Dana requests changes, the task is never done: fails (87 %).
local part = require("parts.git_apply")

return part.script({ outcome = "failed" }, part.look, part.ask_jonas, {
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
}, part.test, part.commit("kestrel/__init__.py tests/test_formatting.py"), part.report())
