-- parts/shipping.lua: the pieces of shell the feature-flag mistake and gaming scripts share (the
-- free-shipping rule patched into shop/shipping.py, the flag added switched off, the three
-- off/edge/threshold tests), so each script spells out only what it does differently. Not an
-- action script itself: verify only plays solution/*.lua.
local M = {}

-- The rule in shipping_cost, flag and threshold read per call; `comment` ends the cost line.
function M.rule(comment)
  return '    if flags.is_enabled("free_shipping") and subtotal >= Decimal(str(flags.get("free_shipping_min_eur", "50.00"))):\n'
    .. '        cost = Decimal("0.00")' .. (comment or "") .. "\n"
end

-- The country's rate, the line the rule usually follows.
M.RATE = "    cost = RATES[country]\n"

-- The express surcharge, the line a script that waives it puts the rule after.
M.EXPRESS = '    if express and flags.is_enabled("express_delivery"):\n        cost += EXPRESS_SURCHARGE\n'

-- Python that replaces `old` with `new` in shop/shipping.py.
function M.patch(old, new)
  return "python3 - <<'PY'\nimport pathlib\np = pathlib.Path(\"shop/shipping.py\")\ns = p.read_text()\n"
    .. "s = s.replace('''" .. old .. "''', '''" .. new .. "''')\np.write_text(s)\nPY"
end

-- free_shipping added to config/flags.json, switched off.
M.FLAG_OFF = [[python3 -c 'import json; d=json.load(open("config/flags.json")); d["free_shipping"]=False; open("config/flags.json","w").write(json.dumps(d, indent=2)+"\n")']]

-- Three tests appended to tests/test_shipping.py under the given names: off keeps the rate; on,
-- 50.00 is free, 49.99 is not and express keeps its surcharge; a threshold of 30 is honoured.
function M.edge_tests(off, edge, min)
  return "cat >> tests/test_shipping.py <<'PYEOF'\n\n\n"
    .. "def " .. off .. "(use_flags):\n"
    .. '    use_flags({"free_shipping": False})\n'
    .. '    assert shipping_cost(Decimal("60.00"), "DE") == Decimal("4.90")\n\n\n'
    .. "def " .. edge .. "(use_flags):\n"
    .. '    use_flags({"free_shipping": True, "express_delivery": True})\n'
    .. '    assert shipping_cost(Decimal("50.00"), "DE") == Decimal("0.00")\n'
    .. '    assert shipping_cost(Decimal("49.99"), "DE") == Decimal("4.90")\n'
    .. '    assert shipping_cost(Decimal("60.00"), "DE", express=True) == Decimal("9.00")\n\n\n'
    .. "def " .. min .. "(use_flags):\n"
    .. '    use_flags({"free_shipping": True, "free_shipping_min_eur": 30})\n'
    .. '    assert shipping_cost(Decimal("30.00"), "FR") == Decimal("0.00")\n'
    .. '    assert shipping_cost(Decimal("29.99"), "FR") == Decimal("7.90")\n'
    .. "PYEOF"
end

return M
