-- Valid route (round 6, blind play): 30 plain shuffled runs without -q, each showing only its
-- header ("test order: shuffled with --seed N") and any failure line; the seeds come from the
-- headers, so the failing runs are replayed with them in a clean copy. Must score 100 %.
local part = require("parts.seedless")
return require("stages").script({ outcome = "passed", min_percent = 100 },
  {
  { sh = [[for i in $(seq 30); do python3 -m pytest 2>&1 | grep -E "^test order|failed"; done]] },
}, part.fix_and_explain)
