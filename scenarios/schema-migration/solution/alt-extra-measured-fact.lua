-- Alternative (from a play-test): the reference route, plus a count of the bracketed 2019-import
-- addresses, and Lena also hears that "70 of the addresses came from the 2019 import". 70 is a
-- true, measured fact, but it lies within 25 % of the 72 orders without a customer, so it was
-- taken for a wrong attempt at that figure: reported 8, 88 %. A number is a near miss only in a
-- clause that talks about that figure ("66 orders without a customer"): 100 %.
local part = require("parts.reference")
return part.script(nil, part.look, {
  { sh = "sqlite3 data/prod-snapshot.db \"SELECT count(*) FROM orders WHERE customer_email LIKE '%<%'\"" },
}, part.ask_helga, part.write, part.trial, part.figures, part.commit, {
  { say = "lena", text = "DATA-204: migration 0004 (plus its down file) is committed. Trial on a copy of the prod snapshot: 244 customers created, 828 orders linked, 72 orders left without a customer (phone orders with n/a, - or blank), 900 orders in total, none deleted. 70 of the addresses came from the 2019 import as 'Name <address>'. Up, down and up again all work." },
}, part.submit)
