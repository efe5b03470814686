-- Undoer (round 11, h3): replays the CI seed, first puts the copy inside the cached
-- load_defaults() and commits it, sees the CI seed still red (the cache still hands out one dict
-- that settings_for updates), undoes that commit with git revert, fixes settings_for with python,
-- adds a regression test, commits and tells Sofia what went wrong first. Valid: 100 %.
return {
  { sh = "python3 -m pytest -q --seed 4029 2>&1 | tail -3" },
  { sh = "python3 -m pytest -q --no-shuffle tests/test_export.py::test_export_swiss_shop_in_francs tests/test_checkout.py::test_default_shop_pays_in_euro 2>&1 | tail -2" },
  { sh = "cat shopcfg/settings.py; git log --oneline -- shopcfg/settings.py" },
  { sh = "sed -i 's/        return json.load(f)/        return dict(json.load(f))/' shopcfg/settings.py && git commit -qam 'Copy the defaults when loading them (QA-88)' && python3 -m pytest -q --seed 4029 2>&1 | tail -1" },
  { sh = "git revert --no-edit HEAD && git log --oneline -3" },
  { sh = [[python3 - <<'PY'
p = "shopcfg/settings.py"
s = open(p).read()
s = s.replace("    settings = load_defaults()\n", "    settings = dict(load_defaults())  # own copy, the cached dict stays untouched\n")
open(p, "w").write(s)
PY
git diff]] },
  { sh = [[cat > tests/test_no_leak.py <<'PY'
from shopcfg.settings import settings_for


def test_swiss_override_stays_with_the_swiss_shop():
    settings_for({"id": "zurich", "overrides": {"currency": "CHF"}})
    assert settings_for({"id": "plain"})["currency"] == "EUR"
PY
for s in 3 20 4029; do python3 -m pytest -q --seed $s 2>&1 | tail -1; done]] },
  { sh = "git add -A && git commit -qm 'settings_for: copy the cached defaults before applying overrides (QA-88)' && git status --short && git log --oneline -4" },
  { say = "sofia", text = "QA-88 is fixed and committed. The euro test failed only when test_export_swiss_shop_in_francs ran before it (test order dependence, seed 4029 shows it). load_defaults() is lru_cached since the perf commit and settings_for() called update() on the cached dict, so the CHF override changed the defaults of every later shop. In production one worker would serve later shops in CHF too. My first attempt copied inside load_defaults, which does nothing against that (the cache still returns the same dict), so I reverted that commit; the real fix copies in settings_for, cache kept, plus a regression test." },
  { submit = "flaky" },
  { finish = true },
}
