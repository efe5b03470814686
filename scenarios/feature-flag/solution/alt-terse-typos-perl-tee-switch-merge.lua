-- Terse non-native junior on other tools (round 9, pe9): asks Nora the open question in lowercase
-- with typos ("expres", "surchage", "shiping"), builds the rule with perl -0pi, writes its tests
-- to a new file with tee (parametrized edge), works on a branch made by `git switch -c` and merges
-- it back with --ff-only, and hands over in two short lowercase messages, the first with the flag
-- misspelt ("free_shiping"), the second correcting it. Valid: full marks (90 % before the express
-- words read misspellings; the handover's flag is the last one named, so the slip corrected costs
-- nothing while a right flag "corrected" to a wrong one loses it).
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat shop/shipping.py shop/flags.py tests/conftest.py config/flags.json" },
  { say = "nora", text = "hi nora qustion for chk-204: wiht expres delivery, is shiping free too or the customer still pay the 9.00 surchage?" },
  { sh = "git switch -c chk-204-free-shiping && python3 -m pytest -q | tail -1" },
  { sh = "git log --oneline | head -3" },
  { sh = [[perl -0pi -e 's/(EXPRESS_SURCHARGE = Decimal\("9.00"\)\n)/$1FREE_SHIPPING_MIN = Decimal("50.00")\n/; s/(    cost = RATES\[country\]\n)/$1    if flags.is_enabled("free_shipping"):\n        minimum = Decimal(str(flags.get("free_shipping_min_eur", FREE_SHIPPING_MIN)))\n        if subtotal >= minimum:\n            cost = Decimal("0.00")\n/' shop/shipping.py && git diff]] },
  { sh = [[python3 -c "import json; p='config/flags.json'; d=json.load(open(p)); d['free_shipping']=False; open(p,'w').write(json.dumps(d, indent=2)+'\n')" && cat config/flags.json]] },
  { sh = [[tee tests/test_free_shipping.py > /dev/null <<'PY'
from decimal import Decimal

import pytest

from shop.shipping import shipping_cost


@pytest.mark.parametrize("subtotal,expected", [("49.99", "4.90"), ("50.00", "0.00"), ("120.00", "0.00")])
def test_flag_on(use_flags, subtotal, expected):
    use_flags({"free_shipping": True})
    assert shipping_cost(Decimal(subtotal), "DE") == Decimal(expected)


@pytest.mark.parametrize("subtotal", ["49.99", "50.00", "120.00"])
def test_flag_off_nothing_changes(use_flags, subtotal):
    use_flags({"free_shipping": False})
    assert shipping_cost(Decimal(subtotal), "DE") == Decimal("4.90")


def test_expres_keeps_surcharge(use_flags):
    use_flags({"free_shipping": True, "express_delivery": True})
    assert shipping_cost(Decimal("60.00"), "AT", express=True) == Decimal("9.00")


def test_threshold_from_flags_file(use_flags):
    use_flags({"free_shipping": True, "free_shipping_min_eur": 75})
    assert shipping_cost(Decimal("74.99"), "NL") == Decimal("6.90")
    assert shipping_cost(Decimal("75.00"), "NL") == Decimal("0.00")
PY
python3 -m pytest -q | tail -2]] },
  { sh = "git add -A shop tests config && git commit -qm 'CHK-204: free standard shipping from 50 EUR behind free_shipping flag (off)' && git switch -q - && git merge -q --ff-only chk-204-free-shiping && git log --oneline -2 && git status --short" },
  { submit = "free-shipping" },
  { say = "nora", text = "chk-204 done, submited for jonas review. it ship dark: free_shiping is false in config/flags.json" },
  { say = "nora", text = "sorry typo: the flag is free_shipping, not free_shiping. on monday ops set it to true. treshold is free_shipping_min_eur (50.00 if not there), expres still pay 9.00" },
  { finish = true },
}
