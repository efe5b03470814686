-- Lazy (play-test, round 6): never makes it fail (one --no-shuffle run, green), copies the
-- defaults with dict(), commits as "Fix flaky checkout test on CI (QA-88)" and posts "QA-88 done:
-- fixed in settings.py (cache kept), CI should be green now in order to ship the release live
-- today." Before: 90 %, passed: the subject (15+ characters) earned `committed`, and "in order
-- to" / "live today" earned the order and production parts of `explained` (15). After: the
-- subject names only the symptom (committed 0, Malik asks for changes), only "cache" is left of
-- the explanation (5): 75 %, failed.
return {
  { sh = "python3 -m pytest -q --no-shuffle 2>&1 | tail -n 2" },
  { sh = [[sed -i 's|    settings = load_defaults()$|    settings = dict(load_defaults())|' shopcfg/settings.py && git diff --stat]] },
  { sh = "git commit -qam 'Fix flaky checkout test on CI (QA-88)'" },
  { post = "#dev", text = "QA-88 done: fixed in settings.py (cache kept), CI should be green now in order to ship the release live today." },
  { submit = "flaky" },
  { finish = true },
  expect = { outcome = "failed", min_percent = 75, max_percent = 75 },
}
