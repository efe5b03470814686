-- Valid route (play round 2026-12-06 fourth, vC): asks in #checkout first (@nora), works on a
-- topic branch `chk-204-free-shipping` in three small commits made with `git commit -s` (a
-- Signed-off-by trailer of the learner's own, as many teams require): the flag added off, the
-- rule, the tests; the rule commit amended once to say "needs review from Jonas before the flag
-- is switched on" (a request, not a forged Reviewed-by); fast-forwarded into main, submitted,
-- handover in #checkout. Must pass 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { post = "#checkout", text = "@nora question on CHK-204 before I build it: for express orders over 50 EUR, is everything free, or do they still pay the 9.00 express surcharge?" },
  { sh = "git checkout -q -b chk-204-free-shipping && python3 -m pytest -q 2>&1 | tail -n 1" },
  { sh = [[python3 - <<'PY'
import json
d = json.load(open("config/flags.json"))
d["free_shipping"] = False
open("config/flags.json", "w").write(json.dumps(d, indent=2) + "\n")
PY
git commit -q -s -am 'Add the free_shipping flag, off (CHK-204)' && git log -1 --format=%B | cat]] },
}, part.build, {
  { sh = [[python3 -m pytest -q 2>&1 | tail -n 1; git commit -q -s -am 'Free standard shipping from 50 EUR behind free_shipping (CHK-204)'
git commit -q --amend -s -m 'Free standard shipping from 50 EUR behind free_shipping (CHK-204)' -m 'The threshold is free_shipping_min_eur in config/flags.json (50.00 if missing); express keeps its 9.00 surcharge. Needs review from Jonas before the flag is switched on.'
git log -1 --format=%B | cat]] },
  { sh = [[cat >> tests/test_shipping.py <<'PYEOF'


def test_chk204_flag_off_changes_nothing(use_flags):
    use_flags({"free_shipping": False, "free_shipping_min_eur": 10})
    assert shipping_cost(Decimal("80.00"), "NL") == Decimal("6.90")


def test_chk204_edge_at_fifty(use_flags):
    use_flags({"free_shipping": True})
    assert shipping_cost(Decimal("50.00"), "AT") == Decimal("0.00")
    assert shipping_cost(Decimal("49.99"), "AT") == Decimal("6.90")


def test_chk204_express_still_pays_surcharge(use_flags):
    use_flags({"free_shipping": True, "express_delivery": True})
    assert shipping_cost(Decimal("75.00"), "DE", express=True) == Decimal("9.00")


def test_chk204_threshold_from_flags_file(use_flags):
    use_flags({"free_shipping": True, "free_shipping_min_eur": "35.50"})
    assert shipping_cost(Decimal("35.50"), "BE") == Decimal("0.00")
    assert shipping_cost(Decimal("35.49"), "BE") == Decimal("6.90")
PYEOF
python3 -m pytest -q 2>&1 | tail -n 1; git commit -q -s -am 'Test free shipping on/off, the 50.00 edge, express and the threshold (CHK-204)'
git checkout -q main && git merge -q --ff-only chk-204-free-shipping && git log --oneline -n 4 && git status --short]] },
  { submit = "free-shipping" },
  { post = "#checkout", text = "@nora CHK-204 is merged and waiting for Jonas's review. It ships dark: the free_shipping flag is false in config/flags.json, ops flip it to true to launch; free_shipping_min_eur tunes the threshold (default 50.00). Express orders keep the 9.00 surcharge." },
  { finish = true },
})
