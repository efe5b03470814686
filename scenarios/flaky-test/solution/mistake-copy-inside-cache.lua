-- Sloppy (play-test, round 6): reproduces it with the CI seed, reads the perf commit, then puts
-- the copy in the wrong layer: `return dict(json.load(f))` inside the lru_cached load_defaults,
-- so the cache still hands every caller the same (copied once) dict and settings_for still
-- updates it. Never re-runs the failing seed, commits "Copy the defaults so shop overrides do not
-- leak", and tells Sofia a full (true) story of the cause. The leak stays: stable and rootcause
-- fail (required), explained capped at 5: 35 %, failed.
return {
  { sh = "python3 -m pytest -q --seed 4029 2>&1 | tail -n 3" },
  { sh = "git log -p -1 -- shopcfg/settings.py | cat" },
  { sh = [[sed -i 's|        return json.load(f)$|        return dict(json.load(f))  # a copy, so callers cannot change the cache|' shopcfg/settings.py && git diff --stat]] },
  { sh = "git commit -qam 'Copy the defaults so shop overrides do not leak (QA-88)'" },
  { say = "sofia", text = "QA-88 fixed: it depended on the test order, the Swiss export test ran first and its CHF override changed the cached defaults dict, since settings_for updates it in place. In production other shops in the same process would inherit it. The defaults are copied now." },
  { submit = "flaky" },
  { finish = true },
  expect = { outcome = "failed", min_percent = 35, max_percent = 35 },
}
