-- Alternative solution for feature-flag: asks Nora by DM with a plain question, adds a small
-- decimal getter to shop/flags.py (a legitimate place for it), changes shipping_cost with an
-- ed-style python edit, tests everything in a NEW file with pytest.mark.parametrize, commits
-- with the ticket id only in the body (-F message file), and hands over in #checkout.
return {
  { sh = "cat shop/shipping.py tests/conftest.py && git log --oneline | cat" },
  { say = "nora", text = "Hi Nora! Before I build CHK-204: how should express delivery work with free shipping, is the 9.00 express surcharge still charged?" },
  { sh = [[cat >> shop/flags.py <<'PYEOF'


def get_decimal(name, default):
    """A tunable money setting as a Decimal (JSON numbers go through str to stay exact)."""
    from decimal import Decimal
    return Decimal(str(get(name, default)))
PYEOF
python3 - <<'PY'
import pathlib
p = pathlib.Path("shop/shipping.py")
s = p.read_text()
s = s.replace('''    cost = RATES[country]
    if express''', '''    cost = RATES[country]
    if flags.is_enabled("free_shipping") and subtotal >= flags.get_decimal("free_shipping_min_eur", "50.00"):
        cost = Decimal("0.00")  # CHK-204: the parcel is free, express keeps its surcharge
    if express''')
p.write_text(s)
PY
python3 - <<'PY'
import json
d = json.load(open("config/flags.json"))
d["free_shipping"] = False
json.dump(d, open("config/flags.json", "w"), indent=2)
open("config/flags.json", "a").write("\n")
PY
cat > tests/test_free_shipping_campaign.py <<'PYEOF'
from decimal import Decimal

import pytest

from shop.shipping import shipping_cost


@pytest.mark.parametrize("subtotal,country,expected", [
    ("60.00", "DE", "4.90"), ("50.00", "FR", "7.90"),
])
def test_flag_off_changes_nothing(use_flags, subtotal, country, expected):
    use_flags({"free_shipping": False})
    assert shipping_cost(Decimal(subtotal), country) == Decimal(expected)


@pytest.mark.parametrize("subtotal,expected", [("49.99", "4.90"), ("50.00", "0.00"), ("50.01", "0.00")])
def test_flag_on_threshold(use_flags, subtotal, expected):
    use_flags({"free_shipping": True})
    assert shipping_cost(Decimal(subtotal), "DE") == Decimal(expected)


def test_express_keeps_surcharge(use_flags):
    use_flags({"free_shipping": True, "express_delivery": True})
    assert shipping_cost(Decimal("70.00"), "AT", express=True) == Decimal("9.00")


def test_threshold_tunable(use_flags):
    use_flags({"free_shipping": True, "free_shipping_min_eur": 40})
    assert shipping_cost(Decimal("40.00"), "NL") == Decimal("0.00")
    assert shipping_cost(Decimal("39.99"), "NL") == Decimal("6.90")
PYEOF
python3 -m pytest -q]] },
  { sh = [[printf 'Free standard shipping behind a feature flag\n\nCHK-204: free_shipping (off), threshold free_shipping_min_eur (default 50.00).\nExpress keeps its 9.00 surcharge.\n' > /tmp/msg && git add shop tests config && git commit -q -F /tmp/msg && git status --short]] },
  { submit = "free-shipping" },
  { post = "#checkout", text = "@nora CHK-204 is submitted for Jonas's review. It ships dark: flip free_shipping to true in config/flags.json on Monday; free_shipping_min_eur changes the threshold." },
  { finish = true },
}
