-- Valid route (play round 2026-12-06 fourth, vC): asks by stating an assumption and asking to
-- confirm it ("I'll assume express still pays its surcharge. Is that right?"), tries the rule in
-- a scratch script `try_ship.py` (deleted before the commit), edits shipping.py with sed, writes
-- tests in a new file that set SHOP_FLAGS themselves through monkeypatch and tmp_path (not the
-- fixture), runs the suite after every step, one commit "CHK-204: add free_shipping flag (off
-- by default)", and a British-English markdown handover. Must pass 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, {
  { sh = "cat shop/flags.py shop/shipping.py; sed -n 1,40p tests/test_shipping.py; python3 -m pytest -q 2>&1 | tail -n 1" },
  { say = "nora", text = "Hi Nora, about CHK-204: I'll assume express orders still pay the 9.00 express surcharge and only the standard parcel becomes free. Is that right?" },
  { sh = [==[sed -i 's/^EXPRESS_SURCHARGE = Decimal("9.00")$/EXPRESS_SURCHARGE = Decimal("9.00")\nFREE_SHIPPING_THRESHOLD = Decimal("50.00")  # CHK-204 default; free_shipping_min_eur overrides it/' shop/shipping.py
sed -i 's/^    cost = RATES\[country\]$/    cost = RATES[country]\n    if flags.is_enabled("free_shipping"):\n        minimum = Decimal(str(flags.get("free_shipping_min_eur", FREE_SHIPPING_THRESHOLD)))\n        if subtotal >= minimum:\n            cost = Decimal("0.00")/' shop/shipping.py
git diff; python3 -m pytest -q 2>&1 | tail -n 1]==] },
  { sh = [==[printf 'import json, os, tempfile\nfrom decimal import Decimal\nf = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)\njson.dump({"free_shipping": True}, f); f.close()\nos.environ["SHOP_FLAGS"] = f.name\nfrom shop.shipping import shipping_cost\nfor s in ("49.99", "50.00", "120.00"):\n    print(s, shipping_cost(Decimal(s), "FR"))\n' > try_ship.py && python3 try_ship.py; rm try_ship.py]==] },
  { sh = [==[python3 - <<'PY'
import json
d = json.load(open("config/flags.json"))
d["free_shipping"] = False
json.dump(d, open("config/flags.json", "w"), indent=2)
open("config/flags.json", "a").write("\n")
PY
cat > tests/test_free_shipping.py <<'PYEOF'
import json
from decimal import Decimal

from shop.shipping import shipping_cost


def set_flags(tmp_path, monkeypatch, **values):
    path = tmp_path / "flags.json"
    path.write_text(json.dumps(values))
    monkeypatch.setenv("SHOP_FLAGS", str(path))


def test_off_by_default_rates_unchanged(tmp_path, monkeypatch):
    set_flags(tmp_path, monkeypatch, free_shipping=False)
    assert shipping_cost(Decimal("200.00"), "FR") == Decimal("7.90")


def test_on_free_from_fifty_not_below(tmp_path, monkeypatch):
    set_flags(tmp_path, monkeypatch, free_shipping=True)
    assert shipping_cost(Decimal("50.00"), "DE") == Decimal("0.00")
    assert shipping_cost(Decimal("49.99"), "DE") == Decimal("4.90")


def test_express_surcharge_still_charged(tmp_path, monkeypatch):
    set_flags(tmp_path, monkeypatch, free_shipping=True, express_delivery=True)
    assert shipping_cost(Decimal("60.00"), "DE", express=True) == Decimal("9.00")
    assert shipping_cost(Decimal("20.00"), "DE", express=True) == Decimal("13.90")


def test_threshold_read_from_flags(tmp_path, monkeypatch):
    set_flags(tmp_path, monkeypatch, free_shipping=True, free_shipping_min_eur=30)
    assert shipping_cost(Decimal("30.00"), "NL") == Decimal("0.00")
    assert shipping_cost(Decimal("29.99"), "NL") == Decimal("6.90")
PYEOF
python3 -m pytest -q 2>&1 | tail -n 1; git status --short]==] },
  { sh = "git add -A && git commit -q -m 'CHK-204: add free_shipping flag (off by default)' -m 'Free standard shipping from free_shipping_min_eur (50.00 by default); the express surcharge is still charged.' && git status --short" },
  { submit = "free-shipping" },
  { say = "nora", text = "### CHK-204\nFinished and with Jonas for review.\n\n- The behaviour sits behind the **free_shipping** flag, which is *off* in `config/flags.json`; switching it to `true` launches it.\n- The threshold is `free_shipping_min_eur` (50.00 if it's not set).\n- Express orders still pay the 9.00 surcharge, as agreed." },
  { finish = true },
})
