-- Mistake for feature-flag: asks the right question and gets express right, but ignores the
-- follow-up (threshold hard-coded), tests only one comfortable case per state (the 50.00 edge
-- untested), and commits with a "wip" subject. Must not pass.
return {
  expect = { outcome = "failed", max_percent = 70 },
  { say = "nora", text = "Hi Nora, is the express surcharge still paid when shipping is free?" },
  { sh = "cat shop/shipping.py; ls; git status" },
  { sh = [[sed -i 's/^    cost = RATES\[country\]$/    cost = RATES[country]\n    if flags.is_enabled("free_shipping") and subtotal >= Decimal("50.00"):\n        cost = Decimal("0.00")/' shop/shipping.py
sed -i 's/^  "gift_wrap": false,$/  "gift_wrap": false,\n  "free_shipping": false,/' config/flags.json
cat >> tests/test_shipping.py <<'PYEOF'


def test_free_shipping_on(use_flags):
    use_flags({"free_shipping": True})
    assert shipping_cost(Decimal("100.00"), "DE") == Decimal("0.00")


def test_free_shipping_off(use_flags):
    assert shipping_cost(Decimal("100.00"), "DE") == Decimal("4.90")
PYEOF
python3 -m pytest -q]] },
  { sh = "git add -A && git commit -qm wip" },
  { submit = "free-shipping" },
  { say = "nora", text = "CHK-204 done and in review; switch free_shipping on when you're ready." },
  { finish = true },
}
