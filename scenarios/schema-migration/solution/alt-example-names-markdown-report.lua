-- Alternative (play as a careful junior in other words): asks Helga with an example instead of the
-- word "name" ("one e-mail turns up as 'Anna Berg' on an older order and 'Anna Berg-Lund' on a
-- later one: which should the customer record get?"), writes the reference migration, commits
-- first, then tries up/down/up on a copy made with sqlite3's .backup, reads the figures with
-- `sqlite3 -line`, and reports in #backend as a lower-case markdown list with British spelling
-- ("828 of the 900 orders"). A precise question and measured figures: must score 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "helga", text = "hello helga, for DATA-204: one e-mail turns up as 'Anna Berg' on an older order and 'Anna Berg-Lund' on a later one. which should the customer record get?" },
  { say = "helga", text = "and the ones from the old shop written like 'Anna Berg <anna@...>': is the address the bit in the angle brackets? orders with n/a or blank stay without customer?" },
}, part.write, part.commit, {
  { sh = "sqlite3 data/prod-snapshot.db '.backup /tmp/trial.db' && python3 migrate.py --db /tmp/trial.db && python3 migrate.py --db /tmp/trial.db down && python3 migrate.py --db /tmp/trial.db" },
  { sh = "sqlite3 -line /tmp/trial.db \"SELECT (SELECT count(*) FROM customers) AS customers_created, (SELECT count(*) FROM orders WHERE customer_id IS NOT NULL) AS orders_linked, (SELECT count(*) FROM orders WHERE customer_id IS NULL) AS orders_without, (SELECT count(*) FROM orders) AS orders_total\"" },
  { post = "#backend", text = "@lena trial of 0004 on a copy of the prod snapshot (up, down, up again, all fine; normalised addresses, nothing deleted):\n\n- customers created: **244**\n- orders linked: **828** of the 900 orders\n- orders left without a customer: **72** (n/a, - or blank)" },
}, part.submit)
