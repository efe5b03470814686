-- parts/reference.lua: the reference route of feature-flag cut into its stages (look, ask Nora,
-- run the suite, build the rule, the flag switched off and the tests, commit, submit, hand over),
-- so the action scripts that change one stage share the rest. Not an action script itself:
-- verify only plays solution/*.lua.
local M = {}

-- The README, the flag helpers, shipping.py and the test fixture.
M.look = {
  { sh = "cat README.md shop/flags.py shop/shipping.py tests/conftest.py" },
}

-- The open question about express, before building.
M.ask = {
  { say = "nora", text = "Hi Nora, picking up CHK-204. The open question: with express delivery, is the whole shipping free, or only the standard parcel (so the 9.00 express surcharge is still paid)?" },
}

-- The suite is green and the history is short.
M.suite = {
  { sh = "python3 -m pytest -q && git log --oneline" },
}

-- The rule in shipping_cost: flag and threshold read per call, express keeps its surcharge.
M.build = {
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("shop/shipping.py")
s = p.read_text()
s = s.replace('EXPRESS_SURCHARGE = Decimal("9.00")\n', '''EXPRESS_SURCHARGE = Decimal("9.00")
# CHK-204: free standard shipping from this subtotal, behind the free_shipping flag.
FREE_SHIPPING_MIN_DEFAULT = Decimal("50.00")


def free_shipping_min() -> Decimal:
    """The free-shipping threshold: free_shipping_min_eur from the flags file, else 50.00."""
    return Decimal(str(flags.get("free_shipping_min_eur", FREE_SHIPPING_MIN_DEFAULT)))
''')
s = s.replace('''    cost = RATES[country]
''', '''    cost = RATES[country]
    if flags.is_enabled("free_shipping") and subtotal >= free_shipping_min():
        cost = Decimal("0.00")   # the parcel only: express still pays its surcharge
''')
p.write_text(s)
PY
git diff]] },
}

-- free_shipping added switched off; tests for both states, the edge, express and the threshold.
M.flag_and_tests = {
  { sh = [[python3 - <<'PY'
import json
p = "config/flags.json"
d = json.load(open(p))
d["free_shipping"] = False
open(p, "w").write(json.dumps(d, indent=2) + "\n")
PY
cat >> tests/test_shipping.py <<'PYEOF'


# CHK-204: free shipping from 50.00, behind the free_shipping flag
def test_free_shipping_off_keeps_rate(use_flags):
    use_flags({"free_shipping": False})
    assert shipping_cost(Decimal("60.00"), "DE") == Decimal("4.90")


def test_free_shipping_from_fifty(use_flags):
    use_flags({"free_shipping": True})
    assert shipping_cost(Decimal("50.00"), "DE") == Decimal("0.00")
    assert shipping_cost(Decimal("49.99"), "DE") == Decimal("4.90")


def test_free_shipping_keeps_express_surcharge(use_flags):
    use_flags({"free_shipping": True, "express_delivery": True})
    assert shipping_cost(Decimal("60.00"), "DE", express=True) == Decimal("9.00")


def test_free_shipping_threshold_is_tunable(use_flags):
    use_flags({"free_shipping": True, "free_shipping_min_eur": 30})
    assert shipping_cost(Decimal("30.00"), "FR") == Decimal("0.00")
    assert shipping_cost(Decimal("29.99"), "FR") == Decimal("7.90")
PYEOF
python3 -m pytest -q]] },
}

-- Commit, submit for Jonas's review.
M.commit_submit = {
  { sh = "git add shop tests config && git commit -q -m 'Free standard shipping from 50 EUR behind the free_shipping flag (CHK-204)' && git status --short && git log --oneline -n 2" },
  { submit = "free-shipping" },
}

-- Nora hears where it is and which flag ops switch on; the end of the run.
M.handover = {
  { say = "nora", text = "CHK-204 is done and in review with Jonas. It ships off: ops switch it on by setting free_shipping to true in config/flags.json; the threshold is free_shipping_min_eur (50.00 if missing). Express still pays the 9.00 surcharge, as you said." },
  { finish = true },
}

-- An action script of `expect` and the stages given, in order (scenarios/lib/stages.lua).
M.script = require("stages").script

return M
