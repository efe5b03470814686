-- Valid route (round 6, blind play): `while python3 -m pytest -q -x > /tmp/r.log 2>&1; do :; done;
-- tail -5 /tmp/r.log`: runs the shuffled suite until it goes red and shows that run's end. The
-- line starts with `while`, which the line reader did not skip, so the real, traced pytest runs
-- were not taken for a run and the failure went uncredited: 90 %. `while`/`until`/`if` are read
-- as prefixes now and a command whose trace shows pytest runs counts as one; the file-order
-- replay of a loop that waits for red ends after 20 sessions, learning nothing: 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "while python3 -m pytest -q -x > /tmp/r.log 2>&1; do :; done; tail -5 /tmp/r.log" },
  { sh = "git log -p -1 -- shopcfg/settings.py | head -30" },
  { sh = "sed -i 's/    settings = load_defaults()$/    settings = dict(load_defaults())/' shopcfg/settings.py && git diff --stat" },
  { sh = "for s in 3 20 4029; do python3 -m pytest -q --seed $s | tail -1; done" },
  { sh = "git commit -qam 'Copy the cached defaults so one shop overrides no longer leak into others (QA-88)'" },
  { say = "sofia", text = "QA-88 fixed and committed. I reproduced it by running the shuffled suite over and over until it failed: it depends on the test order, the Swiss export test (CHF) running before test_default_shop_pays_in_euro. load_defaults() is lru_cached and settings_for() called update() on the cached dict itself, so the override leaked into every later shop. In production that means a shop could get another shop's currency in the same worker process. settings_for now copies the defaults; the cache stays." },
  { submit = "flaky" },
  { finish = true },
}
