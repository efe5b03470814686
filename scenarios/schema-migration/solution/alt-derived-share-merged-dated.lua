-- Alternative (round 7, p7d: a junior who reports in a markdown list with worked-out figures): the
-- reference route, and Lena hears the three figures plus "the 10 March prod snapshot", "the 310
-- distinct raw spellings collapse to 244, so 66 were variants", "828 of the 900 orders linked,
-- that's 92%", "72 orders (8%)": every count printed by a query, every other figure arithmetic
-- on them or a date: must score 100 %.
local part = require("parts.reference")
return part.script(nil, part.look, part.ask_helga, part.write, part.trial, part.figures, part.commit, {
  { say = "lena", text = "Hi Lena, DATA-204 is done: 0004_customers.sql + its down file are committed (expand step only, orders keep customer_email/customer_name until SHOP-412). Trial on a copy of the 10 March prod snapshot:\n- 244 customers created (the 310 distinct raw spellings collapse to 244, so 66 were case/space/<...> variants from the 2019 import)\n- 828 of the 900 orders linked, that's 92%\n- 72 orders (8%) left without a customer: n/a, - or blank\nUp, down, up all ran cleanly." },
}, part.submit)
