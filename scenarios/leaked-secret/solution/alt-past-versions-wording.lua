-- Alternative (from a play-test): the reference cleanup, reported in other words: the key
-- "expunged from the repo's past, v0.3.0 included, and nothing of the old objects remains
-- locally". History, tag and local leftovers are all named, but "repo's past" and "locally"
-- were no words of a report's detail: reported_safely 12, 92 %. Now 100 %.
local part = require("parts.backup")

return part.script(nil, {
  { say = "ines", text = "On SEC-31 now. I'll fix the code to read LARKMSG_API_KEY, then rewrite the history including tags." },
}, part.fix, part.rewrite, {
  { submit = "scrub" },
  { say = "ines", text = "SEC-31: the code reads LARKMSG_API_KEY now. The API key has been expunged from the repo's past, v0.3.0 included, and nothing of the old objects remains locally." },
  { finish = true },
})
