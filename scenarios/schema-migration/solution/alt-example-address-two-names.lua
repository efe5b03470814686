-- Alternative (play 2026-12-06, vD): the reference route, but Helga is asked with the case itself,
-- never the word "name": "jane.doe@example.com shows up as 'Jane Doe' on old orders and 'Jane
-- Smith' on newer ones. Which should win for the customer record?", and Lena hears the figures
-- as "828 of 900 orders got a customer_id, the other 72 have none; 244 rows in customers". It
-- scored 85 % (asked_owner 0: an e-mail address was not "one address"); now the address itself
-- is the shared key of a precise question: 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 95 }, part.look, {
  { say = "helga", text = "Hi Helga, jane.doe@example.com shows up as 'Jane Doe' on old orders and 'Jane Smith' on newer ones. Which should win for the customer record?" },
}, part.write, part.trial, part.figures, part.commit, {
  { say = "lena", text = "0004 is committed. On a copy of the snapshot: 828 of 900 orders got a customer_id, the other 72 have none; 244 rows in customers. Up/down/up all fine." },
}, part.submit)
