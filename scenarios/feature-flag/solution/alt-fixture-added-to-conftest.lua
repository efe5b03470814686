-- Valid route (play round playff): the reference feature, with a new `flags_on` fixture added to
-- tests/conftest.py (use_flags left exactly as it is) and the new tests using it.
local part = require("parts.reference")
return part.script(nil, part.look, part.ask, part.suite, part.build, {
  { sh = [[python3 -c 'import json; d=json.load(open("config/flags.json")); d["free_shipping"]=False; open("config/flags.json","w").write(json.dumps(d, indent=2)+"\n")'
cat >> tests/conftest.py <<'PY'


@pytest.fixture
def flags_on(use_flags):
    """The free_shipping flag switched on (CHK-204)."""
    use_flags({"free_shipping": True})
    return use_flags
PY
cat >> tests/test_shipping.py <<'PY'


def test_free_shipping_off_keeps_rate(use_flags):
    use_flags({"free_shipping": False})
    assert shipping_cost(Decimal("60.00"), "DE") == Decimal("4.90")


def test_free_shipping_edge(flags_on):
    assert shipping_cost(Decimal("50.00"), "DE") == Decimal("0.00")
    assert shipping_cost(Decimal("49.99"), "DE") == Decimal("4.90")


def test_express_keeps_surcharge(flags_on):
    flags_on({"free_shipping": True, "express_delivery": True})
    assert shipping_cost(Decimal("60.00"), "DE", express=True) == Decimal("9.00")


def test_threshold_is_tunable(flags_on):
    flags_on({"free_shipping": True, "free_shipping_min_eur": 30})
    assert shipping_cost(Decimal("30.00"), "FR") == Decimal("0.00")
    assert shipping_cost(Decimal("29.99"), "FR") == Decimal("7.90")
PY
python3 -m pytest -q 2>&1 | tail -n 1]] },
}, part.commit_submit, part.handover)
