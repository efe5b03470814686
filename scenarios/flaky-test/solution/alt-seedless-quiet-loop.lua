-- Valid route (round 6, blind play): reproduces with plain shuffled runs and no seed at all, a
-- loop of 25 `python3 -m pytest -q | tail -1` (about one in four fails; under -q no header shows
-- the seed, so the failing order cannot be replayed), then the copy fix, three seeds, commit, an
-- explanation that says how it was reproduced. The failure is the project's own: a replay of the
-- learner's commands with the suite kept in file order (where the unchanged suite passes) shows
-- no failure, so it came from the order. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "for i in $(seq 25); do python3 -m pytest -q 2>&1 | tail -1; done" },
  { sh = "git log -p -1 -- shopcfg/settings.py | head -30" },
  { sh = "sed -i 's/    settings = load_defaults()$/    settings = dict(load_defaults())/' shopcfg/settings.py && git diff --stat" },
  { sh = "for s in 3 20 4029; do python3 -m pytest -q --seed $s | tail -1; done" },
  { sh = "git commit -qam 'Copy the cached defaults so one shop overrides no longer leak into others (QA-88)'" },
  { say = "sofia", text = "QA-88 fixed and committed. I reproduced it by running the shuffled suite over and over until it failed: it depends on the test order, the Swiss export test (CHF) running before test_default_shop_pays_in_euro. load_defaults() is lru_cached and settings_for() called update() on the cached dict itself, so the override leaked into every later shop. In production that means a shop could get another shop's currency in the same worker process. settings_for now copies the defaults; the cache stays." },
  { submit = "flaky" },
  { finish = true },
}
