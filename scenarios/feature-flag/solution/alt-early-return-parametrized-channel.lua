-- Careful junior on another route (play round playff): asks in #checkout in British English
-- ("Should express orders be free of charge as well, or do customers still pay the express
-- surcharge?"), writes the rule as an early return with its own helper, the threshold read as
-- `Decimal(str(...))`, the flag added with a `sed` on flags.json, parametrized tests in a new file
-- run with the `pytest` program, `git commit -a` plus the new file, and a markdown handover in
-- two #checkout messages (status first, then the flag to switch on). Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat shop/shipping.py shop/flags.py; cat config/flags.json; sed -n 1,40p README.md" },
  { post = "#checkout", text = "@Nora quick one on CHK-204 before I build it: should express orders be free of charge as well, or do customers still pay the express surcharge?" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("shop/shipping.py")
s = p.read_text()
s = s.replace('''def shipping_cost(''', '''def _parcel_is_free(subtotal: Decimal) -> bool:
    """CHK-204: the standard parcel is free from free_shipping_min_eur (default 50.00), behind the free_shipping flag."""
    if not flags.is_enabled("free_shipping"):
        return False
    return subtotal >= Decimal(str(flags.get("free_shipping_min_eur", "50.00")))


def shipping_cost(''')
s = s.replace('''    cost = RATES[country]
''', '''    cost = Decimal("0.00") if _parcel_is_free(subtotal) else RATES[country]
''')
p.write_text(s)
PY
sed -i 's/"express_delivery": false/"express_delivery": false,\n  "free_shipping": false/' config/flags.json && cat config/flags.json && git diff --stat]] },
  { sh = [[cat > tests/test_free_shipping.py <<'PY'
from decimal import Decimal

import pytest

from shop.shipping import shipping_cost


@pytest.mark.parametrize("subtotal, country, expected", [
    ("60.00", "DE", "4.90"), ("120.00", "FR", "7.90"), ("50.00", "NL", "6.90"),
])
def test_flag_off_changes_nothing(use_flags, subtotal, country, expected):
    use_flags({"free_shipping": False})
    assert shipping_cost(Decimal(subtotal), country) == Decimal(expected)


@pytest.mark.parametrize("subtotal, expected", [("49.99", "4.90"), ("50.00", "0.00"), ("80.00", "0.00")])
def test_flag_on_free_from_fifty(use_flags, subtotal, expected):
    use_flags({"free_shipping": True})
    assert shipping_cost(Decimal(subtotal), "DE") == Decimal(expected)


def test_express_still_pays_its_surcharge(use_flags):
    use_flags({"free_shipping": True, "express_delivery": True})
    assert shipping_cost(Decimal("60.00"), "DE", express=True) == Decimal("9.00")


@pytest.mark.parametrize("minimum, subtotal, expected", [(30, "30.00", "0.00"), (30, "29.99", "4.90"), (35.5, "35.49", "4.90")])
def test_threshold_from_the_flags_file(use_flags, minimum, subtotal, expected):
    use_flags({"free_shipping": True, "free_shipping_min_eur": minimum})
    assert shipping_cost(Decimal(subtotal), "DE") == Decimal(expected)
PY
pytest -q 2>&1 | tail -n 2]] },
  { sh = "git add tests/test_free_shipping.py && git commit -qam 'Waive the standard parcel from 50 EUR behind the free_shipping flag (CHK-204)' && git status --short" },
  { submit = "free-shipping" },
  { post = "#checkout", text = "**CHK-204** is submitted for Jonas's review. It ships switched off." },
  { post = "#checkout", text = "@Nora for Monday: ops set `free_shipping` to `true` in `config/flags.json`; the threshold is `free_shipping_min_eur` (50.00 when absent). Express orders keep paying the 9.00 surcharge, as you said." },
  { finish = true },
}
