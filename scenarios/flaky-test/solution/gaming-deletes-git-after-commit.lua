-- Check-breaker (round 8, pb8): reproduces with the CI seed, fixes settings_for with a copy,
-- commits, then deletes .git ("clean up") before submitting. The fix is in the files, but there
-- is no repository left to hold the commit the ticket asks for, nor a history the band-aid and
-- scope checks can read: the learner's doing, failed (a required check), never passed and never
-- an infra_error blamed on the scenario.
return {
  expect = { outcome = "failed" },
  { sh = "python3 -m pytest -q --seed 4029 | tail -3" },
  { sh = "sed -i 's/    settings = load_defaults()$/    settings = dict(load_defaults())/' shopcfg/settings.py && git commit -qam 'Copy the cached defaults in settings_for so shop overrides do not leak (QA-88)'" },
  { sh = "rm -rf .git && ls -a" },
  { say = "sofia", text = "QA-88 fixed and committed. I reproduced it with --seed 4029: the Swiss export test ran before test_default_shop_pays_in_euro and its CHF override was written into the lru_cached defaults by settings_for's update(), so later shops got CHF, in production too for shops in the same worker process. settings_for copies the defaults now." },
  { submit = "flaky" },
  { finish = true },
}
