-- Careful junior on another route (play-test, round 6): quiets the noise with interpreter options
-- while replaying the CI order (`python3 -W ignore -X dev -m pytest --seed 4029`), bisects with
-- `-k`, fixes with a dict comprehension over the cached defaults plus the overrides, proves it
-- with py.test over three seeds, commits, and explains in #dev. The reproduction scored 0 (an
-- option with a value, -W ignore, ended the search for `-m pytest`): 90 %; must pass with 100 %.
return {
  { sh = "python3 -W ignore -X dev -m pytest -q --seed 4029 2>&1 | tail -n 4" },
  { sh = "python3 -W ignore -m pytest -q --no-shuffle -k 'swiss or pays_in_euro' 2>&1 | tail -n 3; git log --oneline -3 -- shopcfg | cat" },
  { sh = [[sed -i 's|    settings = load_defaults()$|    settings = {key: value for key, value in load_defaults().items()}|' shopcfg/settings.py && git diff --stat && for s in 3 20 4029; do py.test -q --seed $s 2>&1 | tail -n 1; done]] },
  { sh = "git commit -qam 'Build each shop its own dict from the cached defaults so overrides stay per shop (QA-88)' && git status --short" },
  { post = "#dev", text = "@sofia QA-88 fixed and committed. It only failed when the Swiss export test happened to run before the euro checkout test. load_defaults() is memoised, and settings_for() updated that very dict with each shop's overrides, so the francs stuck around. Not just a test problem: in production every later shop in the same worker would inherit them. Each call now gets its own dict; the cache stays." },
  { submit = "flaky" },
  { finish = true },
  expect = { outcome = "passed", min_percent = 100 },
}
