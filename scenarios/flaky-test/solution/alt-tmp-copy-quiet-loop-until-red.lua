-- Careful junior (round 9, pe9): does not want to touch the project while experimenting: copies
-- the workspace to /tmp (cp -r), loops the shuffled suite there (-q, output to a file) until it
-- goes red, greps that run's failure, then fixes in the workspace, commits and explains. A
-- genuine reproduction in a faithful copy. It scored 90 % (`reproduced` 0): the file-order replay
-- ended the loop after 20 sessions, but its output (sent to the file) showed neither a pass nor
-- the limit, so nothing was learned and the copy stayed "outside". The limit is read from the
-- hook's session count now; and the replay's clock (30 s + twice the learner's time, which a loop
-- that went red at once keeps short) has room for the 20 sessions on a busy machine too: 100 %.
local part = require("parts.seedless")
return require("stages").script({ outcome = "passed", min_percent = 100 },
  {
  { sh = "cp -r /workspace /tmp/ws && cd /tmp/ws && n=0; while python3 -m pytest -q > /tmp/last.txt 2>&1; do n=$((n+1)); done; echo \"green $n times, then red:\"; grep -E 'FAILED|failed' /tmp/last.txt; cd /workspace" },
}, part.fix_and_explain)
