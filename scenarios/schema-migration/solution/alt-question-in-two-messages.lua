-- Alternative (play as a careful junior who chats in short messages): the reference work, but the
-- question to Helga comes in two DMs: "Helga, for DATA-204: one address often has several names
-- on its orders (a new surname, a typo)." and then "Which should the customer get?". Each message
-- was judged alone: the first asks nothing, the second names no case, so asked_owner was 0 and
-- Helga did not answer (85 %). It is one precise question: must score 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "helga", text = "Helga, for DATA-204: one address often has several names on its orders (a new surname, a typo)." },
  { say = "helga", text = "Which should the customer get?" },
}, part.write, part.trial, part.figures, part.commit, part.tell_lena, part.submit)
