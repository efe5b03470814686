-- Valid route (round 6, blind play): 30 plain shuffled runs without -q, each showing only its
-- header ("test order: shuffled with --seed N") and any failure line; the seeds come from the
-- headers, so the failing runs are replayed with them in a clean copy. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = [[for i in $(seq 30); do python3 -m pytest 2>&1 | grep -E "^test order|failed"; done]] },
  { sh = "git log -p -1 -- shopcfg/settings.py | head -30" },
  { sh = "sed -i 's/    settings = load_defaults()$/    settings = dict(load_defaults())/' shopcfg/settings.py && git diff --stat" },
  { sh = "for s in 3 20 4029; do python3 -m pytest -q --seed $s | tail -1; done" },
  { sh = "git commit -qam 'Copy the cached defaults so one shop overrides no longer leak into others (QA-88)'" },
  { say = "sofia", text = "QA-88 fixed and committed. I reproduced it by running the shuffled suite over and over until it failed: it depends on the test order, the Swiss export test (CHF) running before test_default_shop_pays_in_euro. load_defaults() is lru_cached and settings_for() called update() on the cached dict itself, so the override leaked into every later shop. In production that means a shop could get another shop's currency in the same worker process. settings_for now copies the defaults; the cache stays." },
  { submit = "flaky" },
  { finish = true },
}
