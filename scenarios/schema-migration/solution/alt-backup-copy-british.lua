-- Alternative (final play): the reference migration, but the copy for the trial is made with
-- sqlite3 .backup under another name, the question to Helga is in British lower-case wording,
-- the commit subject is phrased differently and Lena gets the figures as a short list. Same work,
-- other tools and words: must pass with full marks.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "helga", text = "hello helga, a few questions on the customer data (DATA-204) before i write the migration: where one address has several names (say a changed surname), which name should the customer keep? addresses like 'Anna Berg <anna@...>' from the old import: shall i take the bit inside the brackets? and values such as n/a, - or empty: am i right that those orders have no customer?" },
}, part.write, {
  { sh = "sqlite3 data/prod-snapshot.db '.backup /tmp/trial-copy.db' && python3 migrate.py --db /tmp/trial-copy.db && python3 migrate.py --db /tmp/trial-copy.db down && python3 migrate.py --db /tmp/trial-copy.db && sqlite3 -line /tmp/trial-copy.db \"SELECT (SELECT count(*) FROM customers) AS customers, (SELECT count(customer_id) FROM orders) AS linked, (SELECT count(*) FROM orders WHERE customer_id IS NULL) AS unlinked, (SELECT count(*) FROM orders) AS total\"" },
}, part.commit_as("Add customers table and orders.customer_id (0004, with down file) for DATA-204"), {
  { say = "lena", text = "hi lena, DATA-204 is committed (0004 plus its down file). on a copy of the prod snapshot:\n- 244 customers created\n- 828 orders linked to a customer\n- 72 orders without a customer (phone orders: n/a, - or blank)\n- 900 orders in total, none deleted\nup, down and up again all worked." },
}, part.submit)
