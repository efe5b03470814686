-- Lazy explanation (play round playff): a careful reproduction and the right fix, then only
-- "Delivered the QA-88 fix: a copy is in place now, so the test order no longer matters." to
-- Sofia. Nothing of the mechanism (what changed the cached defaults) or of production: "in place"
-- here is the fix being there, and "delivered" holds "live" only as letters. Before this round
-- it earned all of `explained` (100 %); now only the order part: 90 %.
return {
  expect = { outcome = "passed", max_percent = 90 },
  { sh = "python3 -m pytest -q --seed 4029 2>&1 | tail -n 2" },
  { sh = "python3 -m pytest -q --no-shuffle tests/test_export.py tests/test_checkout.py 2>&1 | tail -n 2" },
  { sh = "sed -i 's/    settings = load_defaults()$/    settings = dict(load_defaults())/' shopcfg/settings.py && python3 -m pytest -q --seed 4029 2>&1 | tail -n 1" },
  { sh = "git commit -qam 'Copy the cached defaults so shop overrides do not leak (QA-88)'" },
  { say = "sofia", text = "Delivered the QA-88 fix: a copy is in place now, so the test order no longer matters." },
  { submit = "flaky" },
  { finish = true },
}
