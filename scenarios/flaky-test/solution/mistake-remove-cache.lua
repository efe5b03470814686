-- Mistake in flaky-test: a correct diagnosis, but the fix reverts Malik's performance change
-- (the cache) instead of copying the cached defaults. Everything is right except the latency
-- the cache bought.
return {
  expect = { max_percent = 95 },
  { sh = "python3 -m pytest -q --seed 4029 | tail -n 2" },
  { sh = "git log -p -1 -- shopcfg/settings.py | cat" },
  { sh = "sed -i '/^@lru_cache(maxsize=None)$/d; /^from functools import lru_cache$/d' shopcfg/settings.py && for s in 2 3 4029; do python3 -m pytest -q --seed $s | tail -n 1; done" },
  { sh = "git commit -qam 'Do not cache the defaults: settings_for mutated the cached dict (QA-88)'" },
  { say = "sofia", text = "QA-88: order dependent. When the Swiss export test ran first, its CHF override was written into the lru_cache'd defaults by settings_for's update(), so later shops got CHF, in production too for other shops in the same process. I removed the cache." },
  { submit = "flaky" },
  { finish = true },
}
