-- Alternative (play as a careful junior who decorates headings, as chat-minded teams do): the
-- reference update, but the section headings start with an emoji shortcode, an emoji or a number
-- ("## :white_check_mark: Done", "## 🚧 In progress", "## 3. Blocked", "## ➡️ Next week"). The
-- checks found no section at all: structure, done, in_progress and blocked 0, "ready" read as a
-- false ready (-20): 15 %, failed. The sections are there and right: must score 100 %.
-- Built from actions.lua: the same actions, each section line of the update decorated.
local derive = require("parts.derive")

return derive.script({ outcome = "passed", min_percent = 100 }, "actions", derive.lines({
  { "^## Done", "## :white_check_mark: Done" },
  { "^## In progress", "## 🚧 In progress" },
  { "^## Blocked", "## 3. Blocked" },
  { "^## Next week", "## ➡️ Next week" },
}))
