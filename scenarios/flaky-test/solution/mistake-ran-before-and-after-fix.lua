-- Lazy explanation (play round playff): reproduces with the CI seed and fixes it right, then tells
-- Sofia "the lru_cache'd defaults dict was mutated by settings_for, which hits production shops
-- too. I ran the tests before and after the fix." Nothing says the failure depends on the test
-- order: "ran ... before and after the fix" is about the learner's runs, not about one test
-- running before another. The order part is missed: 95 %.
return {
  expect = { outcome = "passed", max_percent = 95 },
  { sh = "python3 -m pytest -q --seed 4029 2>&1 | tail -n 2" },
  { sh = "sed -i 's/    settings = load_defaults()$/    settings = dict(load_defaults())/' shopcfg/settings.py && python3 -m pytest -q --seed 4029 2>&1 | tail -n 1" },
  { sh = "git commit -qam 'Copy the cached defaults so shop overrides do not leak (QA-88)'" },
  { say = "sofia", text = "QA-88 fixed: the lru_cache'd defaults dict was mutated by settings_for, which hits production shops too. I ran the tests before and after the fix." },
  { submit = "flaky" },
  { finish = true },
}
