-- Careful junior on another route (play round playff): the `pytest` program rather than
-- `python3 -m pytest`, the CI order replayed as `--seed=4029 -p no:randomly -rf`, the pair
-- narrowed with `-k` in file order, `copy.copy` in settings_for, a regression test in tests/shop_overrides_test.py (pytest's
-- other file pattern), and
-- the explanation in #dev as markdown split over two messages, British, with the order worded as
-- "is run before it" (no "runs before"/"ran before" of the word list). Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "grep -n 'seed\\|FAILED' ci-logs/build-2291.log | head -5" },
  { sh = "pytest --seed=4029 -p no:randomly -rf -q 2>&1 | tail -n 4" },
  { sh = "pytest --no-shuffle -q -k 'swiss or pays_in_euro' 2>&1 | tail -n 3" },
  { sh = "git log -p -1 --format='%h %an %s' -- shopcfg/settings.py | head -30" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("shopcfg/settings.py")
s = p.read_text()
s = s.replace("import json\n", "import copy\nimport json\n", 1)
s = s.replace("    settings = load_defaults()\n", "    settings = copy.copy(load_defaults())  # never modify the cached dict\n", 1)
p.write_text(s)
PY
git diff --stat]] },
  { sh = [[cat > tests/shop_overrides_test.py <<'PY'
from shopcfg.settings import settings_for


def test_swiss_override_stays_with_the_swiss_shop():
    assert settings_for({"id": "ch", "overrides": {"currency": "CHF"}})["currency"] == "CHF"
    assert settings_for({"id": "de"})["currency"] == "EUR"
PY
for s in 3 20 4029 77; do pytest -q --seed=$s 2>&1 | tail -n 1; done]] },
  { sh = "git add shopcfg tests && git commit -q -m 'Copy the memoised defaults so a shop override cannot leak (QA-88)' && git log --oneline -1" },
  { post = "#dev", text = "**QA-88: found it.** `test_default_shop_pays_in_euro` only fails when `test_export_swiss_shop_in_francs` is run before it (no EUR shop in between): with `--seed=4029` it fails every time." },
  { post = "#dev", text = "*Why:* `load_defaults()` is memoised with `lru_cache`, and `settings_for()` wrote each shop's overrides into that very dict, so the Swiss CHF became everyone's currency. *Impact:* not only the tests: in production every later shop served by the same worker would get CHF. `settings_for` now works on a copy; the cache stays." },
  { submit = "flaky" },
  { finish = true },
}
