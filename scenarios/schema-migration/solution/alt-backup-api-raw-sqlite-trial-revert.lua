-- Alternative (play 2026-12-06, vD: a CLI junior who undoes with revert): asks Helga with an
-- example first, writes the reference SQL, copies the snapshot with python's sqlite3 backup API,
-- tries the files straight with the sqlite3 CLI on the copy (< up file, < down file, < up file:
-- no migrate.py on the copy), commits with `git add -A`, notices a scratch notes.txt went in,
-- `git revert`s that commit (no amend), takes the two migration files back from the reverted
-- commit (git checkout HEAD~1 -- ...) and commits them again; reports to
-- Lena in several terse lowercase messages. The trial and the way back ran: must pass, full marks.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 95 }, {
  { sh = "cat migrations/README.md; sqlite3 dev.db '.schema orders'" },
  { sh = [[sqlite3 data/prod-snapshot.db "SELECT customer_email, customer_name, placed_at FROM orders WHERE lower(trim(customer_email)) IN (SELECT lower(trim(customer_email)) FROM orders GROUP BY 1 HAVING count(DISTINCT customer_name) > 1) ORDER BY lower(trim(customer_email)), placed_at LIMIT 8"]] },
}, part.ask_helga, part.look, part.write, {
  { sh = "echo 'try: up/down/up on a copy' > notes.txt" },
  { sh = [[python3 -c "import sqlite3; s = sqlite3.connect('data/prod-snapshot.db'); d = sqlite3.connect('/tmp/bk.db'); s.backup(d); d.close()"]] },
  { sh = "sqlite3 /tmp/bk.db < migrations/0004_customers.sql && sqlite3 /tmp/bk.db < migrations/0004_customers.down.sql && sqlite3 /tmp/bk.db '.schema orders' && sqlite3 /tmp/bk.db < migrations/0004_customers.sql" },
  { sh = [[sqlite3 -csv /tmp/bk.db "SELECT count(*) FROM customers; SELECT count(customer_id), count(*) - count(customer_id) FROM orders"]] },
  { sh = "python3 migrate.py && git add -A && git commit -qm 'add 0004 customers migration' && git show --stat HEAD" },
  { sh = "git revert --no-edit HEAD && git checkout HEAD~1 -- migrations/0004_customers.sql migrations/0004_customers.down.sql && git rm -q --cached notes.txt 2>/dev/null; rm -f notes.txt; git status --short; git add migrations/0004_customers.sql migrations/0004_customers.down.sql && git commit -qm '0004 customers migration + down (DATA-204), without the scratch notes' && git status --short && git log --oneline -3" },
  { say = "lena", text = "hi lena, 0004 is committed with its down file" },
  { say = "lena", text = "trial on a copy of the prod snapshot: 244 customers, 828 orders linked, 72 orders without a customer" },
  { say = "lena", text = "down then up again worked on the copy too" },
}, part.submit)
