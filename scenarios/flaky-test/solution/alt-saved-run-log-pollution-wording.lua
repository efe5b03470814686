-- Careful junior on another route (play round playff): saves the CI-order run to a file and reads
-- the failure from it afterwards (`> run.log`, then grep), bisects with node ids, fixes with
-- `.copy()`, commits only shopcfg and tests (run.log stays out), and explains by DM in other
-- words: "test pollution ... leaves CHF behind in the cached defaults", "live traffic". Must
-- score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "python3 -m pytest --seed 4029 -q -p no:cacheprovider tests/ > run.log 2>&1; echo \"pytest exit $?\"" },
  { sh = "grep -n 'FAILED\\|failed\\|seed' run.log | head -5" },
  { sh = "python3 -m pytest -q --no-shuffle tests/test_export.py::test_export_swiss_shop_in_francs tests/test_checkout.py::test_default_shop_pays_in_euro 2>&1 | tail -n 2; git log --oneline -4 -- shopcfg" },
  { sh = "sed -i 's/    settings = load_defaults()$/    settings = load_defaults().copy()/' shopcfg/settings.py && git diff --stat" },
  { sh = [[cat > tests/test_no_leak.py <<'PY'
from shopcfg.settings import settings_for


def test_a_swiss_shop_leaves_nothing_behind():
    settings_for({"id": "ch", "overrides": {"currency": "CHF"}})
    assert settings_for({"id": "de"})["currency"] == "EUR"
PY
for s in 3 20 4029; do python3 -m pytest -q --seed $s 2>&1 | tail -n 1; done]] },
  { sh = "git add shopcfg tests && git commit -q -m 'Copy the cached defaults in settings_for (QA-88)' -m 'Overrides were written into the lru_cache dict and leaked into later shops.' && git status --short" },
  { say = "sofia", text = "Hi Sofia, QA-88 was test pollution: the Swiss export test leaves CHF behind in the cached defaults, so whichever test comes after it with a plain shop sees francs. load_defaults() is lru_cached and settings_for() updated that one dict in place. Outside the tests it's the same in live traffic: after a Swiss request, later shops in that worker get CHF. Fixed with a copy in settings_for (cache kept), committed with a regression test." },
  { submit = "flaky" },
  { finish = true },
}
