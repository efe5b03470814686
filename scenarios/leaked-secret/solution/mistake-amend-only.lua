-- Lazy (play-test 2026-12-06, second session): the minimum that looks done: fixes the two files,
-- `git commit -a --amend --no-edit` (only the last commit is rewritten), `git gc`, and tells Ines
-- the history is rewritten. Every older commit and v0.3.0 still hold the key: history_clean
-- (required) fails, history_kept says the rewrite was partial (it credited the untouched history
-- before), the report is untrue. Must fail: 33 %.
local part = require("parts.backup")
return {
  expect = { outcome = "failed", max_percent = 35 },
  { sh = (part.fix[1].sh:gsub("git commit %-qam '[^']*'", "git commit -qa --amend --no-edit")) .. " && git gc -q" },
  { submit = "scrub" },
  { say = "ines", text = "SEC-31 done: the key is out of the code and docs and I rewrote the history." },
  { finish = true },
}
