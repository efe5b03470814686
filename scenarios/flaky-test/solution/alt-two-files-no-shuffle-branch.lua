-- Careful junior on another route (play round vA, fourth session): asks Sofia first when the
-- flakiness started, first tries the export file before the checkout file with --no-shuffle
-- (green: a later export test sets EUR again), then reproduces with the CI seed and -x, confirms
-- the pair with the Swiss test and the whole checkout file in that order, reads the history, writes the failing regression test first and
-- commits it on a topic branch, then fixes settings_for with ed (a dict() copy of the cached
-- defaults), runs several seeds, commits the fix, merges the branch back into main and explains
-- in #dev as British markdown bullets. Must pass with full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "sofia", text = "Hi Sofia, before I dig into QA-88: do you know roughly when the euro test started failing?" },
  { sh = "git status; git log --oneline | head -n 8" },
  { sh = "head -n 40 ci-logs/build-2291.log" },
  { sh = "python3 -m pytest -q --no-shuffle tests/test_export.py tests/test_checkout.py | tail -n 5" },
  { sh = "python3 -m pytest -q --seed 4029 -x --tb=line 2>&1 | tail -n 6" },
  { sh = "python3 -m pytest -q --no-shuffle tests/test_export.py::test_export_swiss_shop_in_francs tests/test_checkout.py | tail -n 4" },
  { sh = "sed -n '1,40p' shopcfg/settings.py && git log --stat -3 -- shopcfg/" },
  { sh = [[git switch -c qa-88-settings-leak && cat > tests/test_override_leak.py <<'EOF'
from shopcfg.settings import load_defaults, settings_for


def test_one_shops_override_stays_with_that_shop():
    settings_for({"id": "ch", "overrides": {"currency": "CHF"}})
    assert settings_for({"id": "other"})["currency"] == "EUR"
    assert load_defaults()["currency"] == "EUR"
EOF
python3 -m pytest -q --no-shuffle tests/test_override_leak.py | tail -n 2; git add tests/test_override_leak.py && git commit -q -m 'Add a test that one shop override does not leak into the next shop (QA-88)']] },
  { sh = [[printf '%s\n' '/settings = load_defaults()/s/load_defaults()/dict(load_defaults())/' w q | ed -s shopcfg/settings.py && git diff]] },
  { sh = "python3 -m pytest -q --no-shuffle tests/test_export.py::test_export_swiss_shop_in_francs tests/test_checkout.py | tail -n 1; for s in 4029 3 20 7 99; do python3 -m pytest -q --seed $s | tail -n 1; done" },
  { sh = "git commit -q -am 'Give each shop its own copy of the cached defaults so overrides stop leaking (QA-88)' && git switch -q main && git merge -q qa-88-settings-leak && git branch -d qa-88-settings-leak && git log --oneline -n 3 && git status --short" },
  { post = "#dev", text = "**QA-88: sorted**\n- it's order-dependent: when the Swiss export test (CHF override) runs before `test_default_shop_pays_in_euro`, the default shop comes back in francs\n- cause: `load_defaults()` has been behind `lru_cache` since the perf change, and `settings_for()` called `.update()` on that cached dict, so one shop's overrides changed the defaults for every shop after it\n- in production the same thing would happen within a worker process: one shop's currency leaking into other shops' requests\n- fix: `settings_for` now works on its own copy (the cache stays), plus a regression test" },
  { submit = "flaky" },
  { finish = true },
}
