-- Partial (play-test): shows the mechanism with a python one-liner but never sees the flaky test
-- fail before fixing (reproduced 0); fix, commit and explanation are right. Passes at 90 %.
-- Play round playff: it tells Sofia "depends on the order" without ever running the tests in an
-- order of its choosing (one shuffled run after the fix): that part is a guess now, 85 %.
return {
  expect = { outcome = "passed", max_percent = 90 },
  { sh = "cat shopcfg/settings.py tests/test_checkout.py | head -60" },
  { sh = [[python3 -c "from shopcfg.settings import settings_for; settings_for({'id': 's', 'overrides': {'currency': 'CHF'}}); print(settings_for({'id': 'p'})['currency'])"]] },
  { sh = "sed -i 's/    settings = load_defaults()$/    settings = dict(load_defaults())/' shopcfg/settings.py && python3 -m pytest -q | tail -1" },
  { sh = "git commit -qam 'Copy the cached defaults so one shop override cannot leak (QA-88)'" },
  { submit = "flaky" },
  { say = "sofia", text = "QA-88 fixed and committed: depends on the order, when the Swiss (CHF) export test runs before the euro test. load_defaults is lru_cached and settings_for updated that cached dict in place, so in production the next shops in the same process would inherit CHF. settings_for copies it now." },
  { finish = true },
}
