-- Mistake for feature-flag: never asks the open question, assumes express ships free too,
-- tests only an easy 100.00 case, and asks Nora about express only after submitting.
-- The clarified rule is broken and the tests catch nothing subtle: must fail.
return {
  expect = { outcome = "failed", max_percent = 65 },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("shop/shipping.py")
s = p.read_text()
s = s.replace("    return cost\n", "    if flags.is_enabled(\"free_shipping\") and subtotal >= Decimal(str(flags.get(\"free_shipping_min_eur\", \"50.00\"))):\n        cost = Decimal(\"0.00\")\n    return cost\n")
p.write_text(s)
PY
sed -i 's/^  "gift_wrap": false,$/  "gift_wrap": false,\n  "free_shipping": false,/' config/flags.json
cat >> tests/test_shipping.py <<'PYEOF'


def test_free_shipping(use_flags):
    use_flags({"free_shipping": True})
    assert shipping_cost(Decimal("100.00"), "DE") == Decimal("0.00")
PYEOF
python3 -m pytest -q]] },
  { sh = "git add -A && git commit -qm 'Free shipping from 50 EUR behind a flag (CHK-204)'" },
  { submit = "free-shipping" },
  { say = "nora", text = "Done! Quick question though: what about express, is that free too?" },
  { say = "nora", text = "CHK-204 is ready for review, ops can switch free_shipping on Monday." },
  { finish = true },
}
