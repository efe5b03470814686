-- Valid route (play round playff): the reference feature, with the new tests in
-- tests/free_shipping_test.py (pytest collects *_test.py as well as test_*.py) and a handover in
-- #checkout. A test file named the other pytest way is a test file: must score 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.ask, part.suite, part.build, {
  { sh = [[python3 -c 'import json; d=json.load(open("config/flags.json")); d["free_shipping"]=False; open("config/flags.json","w").write(json.dumps(d, indent=2)+"\n")'
cat > tests/free_shipping_test.py <<'PY'
from decimal import Decimal

from shop.shipping import shipping_cost


def test_off_keeps_the_rate(use_flags):
    use_flags({"free_shipping": False})
    assert shipping_cost(Decimal("60.00"), "DE") == Decimal("4.90")


def test_on_from_fifty(use_flags):
    use_flags({"free_shipping": True})
    assert shipping_cost(Decimal("50.00"), "DE") == Decimal("0.00")
    assert shipping_cost(Decimal("49.99"), "DE") == Decimal("4.90")


def test_express_keeps_its_surcharge(use_flags):
    use_flags({"free_shipping": True, "express_delivery": True})
    assert shipping_cost(Decimal("60.00"), "DE", express=True) == Decimal("9.00")


def test_threshold_from_flags(use_flags):
    use_flags({"free_shipping": True, "free_shipping_min_eur": 30})
    assert shipping_cost(Decimal("30.00"), "FR") == Decimal("0.00")
    assert shipping_cost(Decimal("29.99"), "FR") == Decimal("7.90")
PY
python3 -m pytest -q 2>&1 | tail -n 1]] },
}, part.commit_submit, part.handover)
