-- Careful junior (round 7, p7b): keeps the workspace clean while experimenting: a git worktree
-- of HEAD in /tmp, replays the CI seed there (the victim fails), bisects with node ids there, then
-- fixes settings_for in the workspace with copy.deepcopy, commits and explains.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "head -12 ci-logs/build-2291.log" },
  { sh = "git worktree add -q --detach /tmp/repro HEAD && cd /tmp/repro && python3 -m pytest --seed 4029 -q 2>&1 | tail -4" },
  { sh = "python3 -m pytest -q --no-shuffle tests/test_export.py::test_export_swiss_shop_in_francs tests/test_checkout.py::test_default_shop_pays_in_euro 2>&1 | tail -2" },
  { sh = "cd /workspace && git worktree remove --force /tmp/repro && git log -p -1 -- shopcfg/settings.py | head -25" },
  { sh = [[python3 - <<'PY'
p = "shopcfg/settings.py"
s = open(p).read()
s = s.replace("import json\n", "import copy\nimport json\n", 1)
s = s.replace("    settings = load_defaults()\n", "    settings = copy.deepcopy(load_defaults())\n", 1)
open(p, "w").write(s)
PY
for s in 4029 1 2 3; do python3 -m pytest -q --seed $s | tail -1; done]] },
  { sh = "git commit -qam 'settings_for mutated the cached defaults: work on a deep copy (QA-88)' && git log --oneline -1" },
  { say = "sofia", text = "QA-88: fixed & committed. It's test order: when test_export_swiss_shop_in_francs runs before test_default_shop_pays_in_euro (CI seed 4029 does that), the euro test sees CHF. load_defaults() has been lru_cached since Malik's perf change and settings_for() called update() on the cached dict itself, so the Swiss override changed the defaults for every later shop. Not just a test problem: in production one worker process would hand CHF (or any override) to other shops. settings_for now copies the defaults first; cache kept." },
  { submit = "flaky" },
  { finish = true },
}
