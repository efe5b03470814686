-- Sloppy junior (play 2026-12-06, playE): never asks about express, adds the rule with a hard
-- `subtotal >= 50` (no tunable threshold), leaves free_shipping out of flags.json ("absent means
-- off"), one test with the flag on at 60.00, commits as "free shipping", tells Nora "done". Must fail.
return { expect = { outcome = "failed", max_percent = 55 },
  { sh = "cat shop/shipping.py" },
  { sh = "sed -i 's/^    cost = RATES\\[country\\]$/    cost = RATES[country]\\n    if flags.is_enabled(\"free_shipping\") and subtotal >= 50:\\n        cost = Decimal(\"0\")/' shop/shipping.py && cat >> tests/test_shipping.py <<'EOF'\n\n\ndef test_free(use_flags):\n    use_flags({\"free_shipping\": True})\n    assert shipping_cost(Decimal(\"60.00\"), \"DE\") == 0\nEOF\npython3 -m pytest -q" },
  { sh = "git commit -qam 'free shipping'" },
  { submit = "free-shipping" },
  { say = "nora", text = "done" },
  { finish = true },
}
