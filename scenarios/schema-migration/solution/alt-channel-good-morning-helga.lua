-- Alternative (from a play-test): the reference route, but the question goes to #backend as
-- "Good morning Helga! ...". A post that opens by greeting her addresses her as "Hi Helga" does,
-- but only a one-word greeting counted: asked_owner 0, 85 %. Now 100 %.
local part = require("parts.reference")

return part.script(nil, part.look, {
  { post = "#backend", text = "Good morning Helga! For DATA-204 I found addresses that appear with different names (e.g. a new surname): which name should the customer get? And values like 'Anna Berg <anna@...>' from an old import: is the address the part in brackets?" },
}, part.write, part.trial, part.figures, part.commit, part.tell_lena, part.submit)
