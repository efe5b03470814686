-- Lazy junior (play round playff): one plain shuffled run (green), the right fix, and an
-- explanation that names the Swiss shop and CHF but never why the test fails only sometimes
-- (no order, no test running before another). Before this round "swiss"/"chf" earned the order
-- part of `explained` (90 %); now that part is missed: 85 %, passes on the fix.
return {
  expect = { outcome = "passed", max_percent = 85 },
  { sh = "python3 -m pytest -q --no-shuffle 2>&1 | tail -n 1" },
  { sh = "cat shopcfg/settings.py" },
  { sh = "sed -i 's/    settings = load_defaults()$/    settings = dict(load_defaults())/' shopcfg/settings.py && python3 -m pytest -q 2>&1 | tail -n 1" },
  { sh = "git commit -qam 'Copy the cached defaults so shop overrides do not leak (QA-88)'" },
  { say = "sofia", text = "QA-88 is fixed: it was the Swiss shop with CHF. load_defaults is lru_cached and settings_for updated the cached dict, so in production later shops would get francs too. It copies the dict now." },
  { submit = "flaky" },
  { finish = true },
}
