-- Sloppy: a right migration with its down file, tried on a copy, but a scratch query left in
-- migrations/ and committed with the subject "stuff"; Helga never asked, Lena told "numbers look
-- fine". migrations/scratch.txt is no migration (scope fails; it passed while any new file in
-- migrations/ counted) and "stuff" says nothing (message fails).
local part = require("parts.reference")

return part.script({ outcome = "failed", max_percent = 62 }, {
  { sh = "sqlite3 data/prod-snapshot.db 'select customer_email, customer_name from orders limit 20'" },
}, part.write, {
  { sh = "cp data/prod-snapshot.db /tmp/s.db && python3 migrate.py --db /tmp/s.db && python3 migrate.py --db /tmp/s.db down && python3 migrate.py --db /tmp/s.db" },
  { sh = "echo 'select count(*) from customers;' > migrations/scratch.txt; git add -A && git commit -q -m 'stuff'" },
  { say = "lena", text = "done, numbers look fine" },
  { submit = "migrate" },
  { finish = true },
})
