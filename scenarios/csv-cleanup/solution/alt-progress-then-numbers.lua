-- Alternative (round 7, p7d: a junior who posts progress first in #events): "228 lines (227
-- sign-ups plus the header) in 3 date formats, ~20 minutes" before the clean-up (228 printed by
-- `wc -l`, 227 one off it), asks Tomas which format, then delivers the two counts in a fenced
-- block in #events and says what Tomas confirmed (his act, not a claim of a check): 100 %.
local part = require("parts.reference")
return part.script(nil, part.look, {
  { post = "#events", text = "@ines on it! The export has 228 lines (227 sign-ups plus the header) in 3 date formats, so it'll take me ~20 minutes." },
  { say = "tomas", text = "Tomas, which format does the old spreadsheet use: DD/MM/YYYY or MM/DD/YYYY?" },
}, part.look_more, part.clean, part.submit, {
  { post = "#events", text = "@ines done :white_check_mark:\n\n```\npeople: 150\nintro_to_sql: 39\n```\nTomas confirmed the spreadsheet dates are day first (01/02/2024 = 1 Feb), so every row is now YYYY-MM-DD HH:MM." },
  { finish = true },
})
