-- Alternative (play as a careful junior writing a status mail, no markdown headings): the
-- alt-bold-headings update with decorated section lines: "✅ Done:", "**🚧 In progress**",
-- "⛔ Blocked:", "2) Next week:". A line that is only a section name (bold, or followed by a
-- colon) was one only when it began with a letter: these sections did not exist for the checks.
-- Same content as alt-bold-headings: must score 100 %.
-- Built from alt-bold-headings.lua: the same actions, each section line of the update decorated.
local derive = require("parts.derive")

return derive.script({ outcome = "passed", min_percent = 100 }, "alt-bold-headings", derive.lines({
  { "^%*%*Done%*%*", "✅ Done:" },
  { "^%*%*In progress%*%*", "**🚧 In progress**" },
  { "^Blocked:", "⛔ Blocked:" },
  { "^%*%*Next week:%*%*", "2) Next week:" },
}))
