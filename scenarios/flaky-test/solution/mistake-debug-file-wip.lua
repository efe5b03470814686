-- Mistake for flaky-test: a sloppy learner finds and fixes the real cause (copy of the cached
-- defaults) but commits it together with a stray seeds.log debug file under the subject "fix",
-- and tells Sofia only "fixed the flaky thing". The code fix keeps its credit; commit hygiene
-- and the explanation are lost: a fair grader does not pass it.
return {
  expect = { outcome = "failed", max_percent = 75 },
  { sh = "python3 -m pytest -q --seed 4029 | tail -3" },
  { sh = [[sed -i 's/    settings = load_defaults()$/    settings = dict(load_defaults())/' shopcfg/settings.py && for s in 2 3 4029; do python3 -m pytest -q --seed $s | tail -1; done > seeds.log; cat seeds.log]] },
  { sh = "git add -A && git commit -q -m 'fix'" },
  { say = "sofia", text = "fixed the flaky thing" },
  { submit = "flaky" },
  { finish = true },
}
