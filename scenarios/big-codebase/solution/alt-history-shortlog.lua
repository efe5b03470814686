-- Valid route (found by playing a junior who reads history as "who worked on this"): the history
-- is read only with `git shortlog -sn -- kestrel/core/formatting.py kestrel/core/money.py` (no
-- question to Jonas). In the learner's terminal stdin is a tty, so git summarises the repository;
-- the replay gives such a command a terminal too (evidence.lua TTY_READERS). Replayed with stdin
-- from /dev/null, git shortlog summarised an empty stdin and the read lost its 4 history points
-- (96 %). Must score 100 %.
local part = require("parts.reference")

return part.reference_with({ outcome = "passed", min_percent = 100 }, {
  history = {
    { sh = "git shortlog -sn -- kestrel/core/formatting.py kestrel/core/money.py" },
  },
  ask_jonas = {},
})
