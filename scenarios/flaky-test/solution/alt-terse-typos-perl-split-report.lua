-- Terse non-native junior (round 9, pe9): replays the CI seed with perl-free tools only, bisects
-- by hand with two node ids, fixes settings_for with perl -pi (a copy of the cached defaults),
-- commits with git -c user.name, and reports to Sofia in two short lowercase messages full of
-- typos ("fxied", "teh", "dependant", "proces"). A true, complete report written that way is valid.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "python3 -m pytest -q --seed 4029 2>&1 | tail -3" },
  { sh = "python3 -m pytest -q --no-shuffle tests/test_export.py::test_export_swiss_shop_in_francs tests/test_checkout.py::test_default_shop_pays_in_euro 2>&1 | tail -2" },
  { sh = "git log --oneline -3; cat shopcfg/settings.py" },
  { sh = "perl -pi -e 's/^    settings = load_defaults\\(\\)$/    settings = load_defaults().copy()/' shopcfg/settings.py && git diff && for s in 3 20 4029 7; do python3 -m pytest -q --seed $s | tail -1; done" },
  { sh = "git -c user.name=junior -c user.email=junior@example.com commit -qam 'settings_for changed the cached defaults in place (QA-88)' && git log --oneline -1" },
  { say = "sofia", text = "hi sofia qa-88 is fxied and commited. teh euro test is order dependant: when test_export_swiss_shop_in_francs run before it the default shop get CHF" },
  { say = "sofia", text = "why: load_defaults has lru_cache so it give back the same dict every call, settings_for did update() on that cached dict -> swiss override stay in the defaults. also in production: in one worker proces every shop after a swiss shop get CHF, not only tests. now settings_for make a copy, cache is kept" },
  { submit = "flaky" },
  { finish = true },
}
