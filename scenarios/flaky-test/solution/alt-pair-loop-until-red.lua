-- Careful junior (round 7, p7b): suspects the Swiss export test from the CI log, runs just the
-- two tests again and again (shuffled, -q, no seed) until the pair fails, reads the history of
-- settings.py, fixes settings_for with {**defaults, **overrides}, commits, explains in #dev. The
-- two node ids in file order fail in any honest shell too: a genuine reproduction.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "grep -n 'test_export\\|FAILED\\|seed' ci-logs/build-2291.log | head -20" },
  { sh = "n=0; while python3 -m pytest -q tests/test_export.py::test_export_swiss_shop_in_francs tests/test_checkout.py::test_default_shop_pays_in_euro > /tmp/pair.log 2>&1; do n=$((n+1)); done; echo \"passed $n times, then:\"; tail -3 /tmp/pair.log" },
  { sh = "git log --oneline -3 -- shopcfg/settings.py && git show HEAD~1 -- shopcfg/settings.py | head -30" },
  { sh = [[python3 - <<'PY'
p = "shopcfg/settings.py"
s = open(p).read()
s = s.replace('''    settings = load_defaults()
    settings.update(shop.get("overrides", {}))
    return settings''', '''    return {**load_defaults(), **shop.get("overrides", {})}''')
open(p, "w").write(s)
PY
git diff --stat; for i in 1 2 3 4 5 6; do python3 -m pytest -q | tail -1; done]] },
  { sh = "git commit -qam 'fix: settings_for no longer mutates the lru_cached defaults (QA-88)'" },
  { post = "#dev", text = "@sofia QA-88: the flaky euro test depends on test order. If test_export_swiss_shop_in_francs runs before it, the default shop is charged in CHF. Reason: load_defaults() is memoised with lru_cache and settings_for() used to .update() the cached dict, so the Swiss override stayed in the shared defaults. That's a real bug beyond tests: in production the next shops served by the same process would get CHF too. Fixed by building a new dict per shop; the cache stays. Committed." },
  { submit = "flaky" },
  { finish = true },
}
