-- Echoer with real output (round 11, h4, blind play): the reference route (pytest run after each
-- merge), then a terse lowercase report to Ravi by DM with the last pytest summary pasted in a
-- code block, as the shell printed it. Real pasted output, backed by the run: 100 %.
local part = require("parts.resolution")
local script = part.followed_by({
  { sh = "git push" },
  { sh = "git fetch && git merge --no-edit origin/main && python3 -m pytest -q && git push && git status -sb" },
  { submit = "conflict" },
  { say = "ravi", text = "hi ravi, bill-58 + bill-63 mergd into feature/late-fee, pushd. late fee now printed w/ ur format_money in the invoice currency. ran pytest after the 2nd merge:\n```\n13 passed in 0.21s\n```\nthx" },
  { finish = true },
})
script.expect = { outcome = "passed", min_percent = 100 }
return script
