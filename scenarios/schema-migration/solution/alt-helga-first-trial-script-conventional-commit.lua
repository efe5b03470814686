-- Alternative (play 2026-12-06, vD: asks the owner before touching anything): the first act is a
-- question in #backend "Hi Helga, ... if one address has orders under different names, which name
-- should the customer get?", then the look, the reference SQL, a /tmp/trial.sh (cp copy; up;
-- status; down; status; up) run with bash, figures counted on the copy twice (python sqlite3
-- module), one conventional-commit subject "feat(db): 0004 customers (DATA-204)", and a DM to Lena
-- in British prose with arrows "I've tested up → down → up on a copy". Must pass, full marks.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 95 }, {
  { post = "#backend", text = "Hi Helga, before I start on DATA-204: if one e-mail address has orders under different names (say a maiden and a married name), which name should the customer record get? And is 'Name <address>' from the old import the address in the brackets?" },
}, part.look, part.write, {
  { sh = [==[cat > /tmp/trial.sh <<'SH'
set -e
cp data/prod-snapshot.db /tmp/t.db
python3 migrate.py --db /tmp/t.db up
python3 migrate.py --db /tmp/t.db status
python3 migrate.py --db /tmp/t.db down
python3 migrate.py --db /tmp/t.db status
python3 migrate.py --db /tmp/t.db up
SH
bash /tmp/trial.sh]==] },
  { sh = [[python3 -c "import sqlite3; c = sqlite3.connect('/tmp/t.db'); print(c.execute('SELECT count(*) FROM customers').fetchone(), c.execute('SELECT count(customer_id), sum(customer_id IS NULL), count(*) FROM orders').fetchone())"]] },
  { sh = [[python3 -c "import sqlite3; c = sqlite3.connect('/tmp/t.db'); print(c.execute('SELECT count(*) FROM customers').fetchone(), c.execute('SELECT count(customer_id), sum(customer_id IS NULL), count(*) FROM orders').fetchone())"]] },
  { sh = "python3 migrate.py && git add migrations/0004_customers.sql migrations/0004_customers.down.sql && git commit -qm 'feat(db): 0004 customers (DATA-204)' && git status --short; rm /tmp/trial.sh" },
  { say = "lena", text = "Hi Lena, DATA-204 is committed (0004 + down). I've tested up → down → up on a copy of the prod snapshot: 244 customers, 828 orders linked to one, 72 orders left without a customer (the n/a, - and blank ones). Nothing deleted; the old columns stay for now." },
}, part.submit)
