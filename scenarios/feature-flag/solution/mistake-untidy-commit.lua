-- Mistake (play-test): the feature and its tests are right, but a debug print in shipping.py and a
-- scratch file are committed as "stuff" without CHK-204, the question is vague and the handover
-- names no flag. Untidy commits cost hygiene (5, Jonas's remark), not the approval: 90 %, passed
-- (as a check, hygiene made Jonas refuse: 85 %, failed, handover 0).
return {
  expect = { outcome = "passed", min_percent = 90, max_percent = 90 },
  { say = "nora", text = "hey what about express?" },
  { sh = "cat shop/flags.py > /dev/null; echo 'try 49.99 vs 50' > scratch.txt" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("shop/shipping.py")
s = p.read_text()
s = s.replace('''    cost = RATES[country]
''', '''    cost = RATES[country]
    print("DEBUG", subtotal, country)
    if flags.is_enabled("free_shipping") and subtotal >= Decimal(str(flags.get("free_shipping_min_eur", "50.00"))):
        cost = Decimal("0.00")
''')
p.write_text(s)
PY
python3 -c 'import json; d=json.load(open("config/flags.json")); d["free_shipping"]=False; open("config/flags.json","w").write(json.dumps(d, indent=2)+"\n")'
cat >> tests/test_shipping.py <<'PYEOF'


def test_fs_off(use_flags):
    use_flags({"free_shipping": False})
    assert shipping_cost(Decimal("60.00"), "DE") == Decimal("4.90")


def test_fs_on(use_flags):
    use_flags({"free_shipping": True, "express_delivery": True})
    assert shipping_cost(Decimal("50.00"), "DE") == Decimal("0.00")
    assert shipping_cost(Decimal("49.99"), "DE") == Decimal("4.90")
    assert shipping_cost(Decimal("60.00"), "DE", express=True) == Decimal("9.00")


def test_fs_min(use_flags):
    use_flags({"free_shipping": True, "free_shipping_min_eur": 30})
    assert shipping_cost(Decimal("30.00"), "FR") == Decimal("0.00")
    assert shipping_cost(Decimal("29.99"), "FR") == Decimal("7.90")
PYEOF
python3 -m pytest -q 2>&1 | tail -n 1]] },
  { sh = "git add -A && git commit -qm stuff" },
  { submit = "free-shipping" },
  { say = "nora", text = "done, it's with jonas" },
  { finish = true },
}
