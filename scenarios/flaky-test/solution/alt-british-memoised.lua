-- Valid route (play-test 2026-12-06): -p no:cacheprovider, --seed 4029, an explicit file order,
-- copy.copy in settings_for via a python edit, six shuffled runs, and a lowercase British
-- explanation ("memoised", "modified that dict in place", "in live ... the same worker").
-- Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "head -12 ci-logs/build-2291.log" },
  { sh = "python3 -m pytest -p no:cacheprovider --seed 4029 2>&1 | tail -4" },
  { sh = "python3 -m pytest -p no:cacheprovider --no-shuffle tests/test_export.py tests/test_checkout.py 2>&1 | tail -3" },
  { sh = "git log -p -3 --stat -- shopcfg/ | head -40" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("shopcfg/settings.py")
s = p.read_text()
s = s.replace("import json\n", "import copy\nimport json\n", 1)
s = s.replace("    settings = load_defaults()\n", "    settings = copy.copy(load_defaults())\n", 1)
p.write_text(s)
PY
git diff; for i in 1 2 3 4 5 6; do python3 -m pytest -p no:cacheprovider -q 2>&1 | tail -1; done]] },
  { sh = "git commit -qam 'settings_for: work on a copy of the memoised defaults so overrides stay per shop' && git status --short" },
  { submit = "flaky" },
  { say = "sofia", text = "qa-88 sorted & committed. it's order-dependent: whenever the swiss export test happened to run before the euro checkout test, the default shop came out in francs. load_defaults() is memoised, so it hands everyone the same dict, and settings_for() modified that dict in place with each shop's overrides. that's a genuine bug in live as well: any shop served after a swiss one by the same worker would have been priced in francs. settings_for now takes a copy (the cache stays)." },
  { finish = true },
}
