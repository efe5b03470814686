-- Valid route (round 6, blind play): reproduces with plain shuffled runs and no seed at all, a
-- loop of 25 `python3 -m pytest -q | tail -1` (about one in four fails; under -q no header shows
-- the seed, so the failing order cannot be replayed), then the copy fix, three seeds, commit, an
-- explanation that says how it was reproduced. The failure is the project's own: a replay of the
-- learner's commands with the suite kept in file order (where the unchanged suite passes) shows
-- no failure, so it came from the order. Must score 100 %.
local part = require("parts.seedless")
return require("stages").script({ outcome = "passed", min_percent = 100 },
  {
  { sh = "for i in $(seq 25); do python3 -m pytest -q 2>&1 | tail -1; done" },
}, part.fix_and_explain)
