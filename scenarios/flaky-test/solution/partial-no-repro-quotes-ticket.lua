-- Honest junior who quotes the ticket (round 8, pb8, the quoter): the route of
-- partial-no-repro-honest (fixed by reading, no run before the change), and Sofia hears: 'Your
-- ticket says "you can make it fail on purpose (reproduce it)": I didn't, I found it by reading
-- the code and the CI log.' The quotation is the ticket's words, not a claim of the learner's,
-- and the next clause denies it: no false_repro_claim; it loses only what was not done
-- (reproduced, the order part of explained): 85 %, passed.
return {
  expect = { outcome = "passed", min_percent = 85, max_percent = 85 },
  { sh = "cat shopcfg/settings.py; git log -p -1 -- shopcfg/settings.py | head -30; sed -n '1,12p' ci-logs/build-2291.log" },
  { sh = "sed -i 's/    settings = load_defaults()$/    settings = {**load_defaults()}/' shopcfg/settings.py && git diff --stat" },
  { sh = "for i in 1 2 3; do python3 -m pytest -q | tail -1; done" },
  { sh = "git commit -qam 'settings_for: copy the cached defaults so shop overrides do not leak (QA-88)'" },
  { say = "sofia", text = "QA-88 is fixed and committed. Your ticket says \"you can make it fail on purpose (reproduce it)\": I didn't, I found it by reading the code and the CI log. The Swiss export test runs before the euro test in some orders; load_defaults is lru_cached and settings_for updated the cached dict in place, so the CHF override stuck for later shops, in production too within one worker. settings_for now copies the defaults first." },
  { submit = "flaky" },
  { finish = true },
}
