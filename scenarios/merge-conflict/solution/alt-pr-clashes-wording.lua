-- Valid route (round 6, blind play): the reference's merge, then a DM to Ravi in everyday words
-- that name none of the usual terms: "pulled your currency changes into my PR and fixed the
-- clashes ... the late fee is printed in the invoice's currency now ... pushed". It says the work
-- is done, that his change was kept and how: must score full marks.
local part = require("parts.resolution")
local script = part.followed_by({
  { sh = "git push" },
  { sh = "git fetch && git merge --no-edit origin/main && python3 -m pytest -q && git push && git status -sb" },
  { submit = "conflict" },
  { say = "ravi", text = "Hey Ravi, I've pulled your currency changes (and the yen fix) into my PR and fixed the clashes. Nothing of yours was dropped: the late fee is printed in the invoice's currency now, via your formatter. Pushed, tests green." },
  { finish = true },
})
script.expect = { outcome = "passed", min_percent = 100 }
return script
