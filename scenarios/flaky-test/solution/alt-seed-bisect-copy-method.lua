-- Alternative for flaky-test: a careful learner on another route: reproduces with the CI seed,
-- replays the suspect pair with --no-shuffle, fixes settings_for with
-- .copy() (same effect as dict(...)) via python instead of sed, adds the regression test in
-- the existing-style file, proves it over several seeds and reports to Sofia in British English.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "grep -n -i 'seed\\|FAILED' ci-logs/build-2291.log | head; python3 -m pytest -q --seed 4029 | tail -3" },
  { sh = "python3 -m pytest -q --no-shuffle tests/test_export.py::test_export_swiss_shop_in_francs tests/test_checkout.py::test_default_shop_pays_in_euro | tail -2" },
  { sh = "cat shopcfg/settings.py; git log -p -2 --stat -- shopcfg/settings.py | head -40" },
  { sh = [[python3 - <<'PY'
p = "shopcfg/settings.py"
s = open(p).read()
s = s.replace("    settings = load_defaults()\n", "    settings = load_defaults().copy()  # never mutate the cached defaults\n", 1)
open(p, "w").write(s)
PY
git diff]] },
  { sh = [[cat > tests/test_settings_cache.py <<'PY'
from shopcfg.settings import load_defaults, settings_for


def test_overrides_do_not_change_the_cached_defaults():
    settings_for({"id": "ch", "overrides": {"currency": "CHF"}})
    assert load_defaults()["currency"] == "EUR"
    assert settings_for({"id": "de"})["currency"] == "EUR"
PY
for s in 1 7 42 4029 9999; do python3 -m pytest -q --seed $s | tail -1; done]] },
  { sh = "git add shopcfg/settings.py tests/test_settings_cache.py && git commit -q -m 'Stop shop overrides from mutating the cached defaults in settings_for (QA-88)' && git status --short" },
  { say = "sofia", text = "QA-88 is sorted and committed. The failure was order-dependent: when the Swiss export test (CHF override) ran before test_default_shop_pays_in_euro, the default shop was priced in CHF. The cause is the lru_cache added to load_defaults() in the perf change: settings_for() called .update() on the cached dict itself, so one shop's overrides changed the defaults for every later shop. That is a genuine production bug as well, not just a test problem: within one worker process a shop's currency could leak into other shops' requests. settings_for now works on a copy (the cache stays), and there is a regression test; green across several seeds including 4029." },
  { submit = "flaky" },
  { finish = true },
}
