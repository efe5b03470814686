-- Valid route (round 6, blind play): `while python3 -m pytest -q -x > /tmp/r.log 2>&1; do :; done;
-- tail -5 /tmp/r.log`: runs the shuffled suite until it goes red and shows that run's end. The
-- line starts with `while`, which the line reader did not skip, so the real, traced pytest runs
-- were not taken for a run and the failure went uncredited: 90 %. `while`/`until`/`if` are read
-- as prefixes now and a command whose trace shows pytest runs counts as one; the file-order
-- replay of a loop that waits for red ends after 20 sessions, learning nothing: 100 %.
local part = require("parts.seedless")
return require("stages").script({ outcome = "passed", min_percent = 100 },
  {
  { sh = "while python3 -m pytest -q -x > /tmp/r.log 2>&1; do :; done; tail -5 /tmp/r.log" },
}, part.fix_and_explain)
