-- Round 10 (pc10), the git expert and indirect runner: commits 0004's up file first, writes the
-- down file after, folds it in with `git commit --fixup HEAD` and
-- `GIT_SEQUENCE_EDITOR=: git rebase -i --autosquash` (one commit in the end), and runs the
-- up/down/up trial on a copy of the snapshot through a script file (`bash /tmp/trial.sh` under
-- `timeout 120`), whose own sqlite3 query prints the figures Lena gets. Valid: 100 %.
local part = require("parts.reference")
return part.script(nil, part.look, part.ask_helga, part.write, {
  { sh = "mv migrations/0004_customers.down.sql /tmp/down.sql && python3 migrate.py && git add migrations && git commit -qm 'Migration 0004: customers table from orders (DATA-204)' && git log --oneline | head -3" },
  { sh = "mv /tmp/down.sql migrations/0004_customers.down.sql && git add migrations/0004_customers.down.sql && git commit -q --fixup HEAD && GIT_SEQUENCE_EDITOR=: git rebase -q -i --autosquash HEAD~2 && git log --oneline --stat | head -8" },
  { sh = [==[cat > /tmp/trial.sh <<'SH'
#!/bin/sh
set -e
cp data/prod-snapshot.db /tmp/trial.db
python3 migrate.py --db /tmp/trial.db
python3 migrate.py --db /tmp/trial.db down
python3 migrate.py --db /tmp/trial.db
python3 migrate.py --db /tmp/trial.db status
sqlite3 /tmp/trial.db "SELECT (SELECT count(*) FROM customers), (SELECT count(customer_id) FROM orders), (SELECT count(*) FROM orders WHERE customer_id IS NULL)"
SH
timeout 120 bash /tmp/trial.sh]==] },
  { sh = "git status --short; git log --oneline | head -3" },
  { say = "lena", text = "DATA-204: migration 0004 and its down file are committed (one commit). I ran up, down and up again on a copy of the prod snapshot with a small script: 244 customers created, 828 orders linked, 72 orders left without a customer (no address). No order deleted or changed." },
}, part.submit)
