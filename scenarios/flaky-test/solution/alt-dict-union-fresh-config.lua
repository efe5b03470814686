-- Careful junior on another route (play-test, round 6): replays seed 20, then builds each shop's
-- settings with the dict union operator (`load_defaults() | overrides`, a new dict every call,
-- the cache untouched), proves it over a seed loop and commits as "Give every shop a fresh config
-- (QA-88)": the fix in its own words, none of which the subject rule knew (committed 0, refused
-- in review: 95 %, failed). config/fresh/every shop name the fix now: 100 %.
return {
  { sh = "python3 -m pytest -q --seed 20 2>&1 | tail -n 3" },
  { sh = "git show --stat HEAD~1 | cat; grep -n 'update\\|lru_cache' shopcfg/settings.py" },
  { sh = [[python3 - <<'PY'
p = "shopcfg/settings.py"
s = open(p).read()
s = s.replace('''    settings = load_defaults()
    settings.update(shop.get("overrides", {}))
    return settings
''', '''    return load_defaults() | shop.get("overrides", {})   # a new dict: the cached defaults stay as read
''')
open(p, "w").write(s)
PY
for s in 3 20 4029 77; do python3 -m pytest -q --seed $s 2>&1 | tail -n 1; done]] },
  { sh = "git commit -qam 'Give every shop a fresh config (QA-88)' && git log --oneline -n 1" },
  { post = "#dev", text = "@sofia QA-88: it's order-dependent. Whenever the Swiss export test runs first, the CHF override lands in the cached defaults, because settings_for() wrote the overrides into the very dict load_defaults() memoises. Outside the tests that means any later shop in the same process inherits another shop's currency. Now each call builds a new dict (defaults | overrides); fixed and committed." },
  { submit = "flaky" },
  { finish = true },
  expect = { outcome = "passed", min_percent = 100 },
}
