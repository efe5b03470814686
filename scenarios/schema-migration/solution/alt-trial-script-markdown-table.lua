-- Alternative (play 2026-12-06, playD: a careful junior who scripts the trial): the reference
-- look, question and migration, but the up/down/up trial is a small bash script in /tmp (a
-- fresh copy of the snapshot each time, then up, the figures, down, the schema, up again), run
-- once; Lena gets the figures in #backend as a markdown table in British wording ("trialled",
-- "orders left without a customer"), and the way back is claimed after a real down: must score
-- 100 %.
local ref = require("parts.reference")
return ref.script({ outcome = "passed", min_percent = 100 }, ref.look, ref.ask_helga, ref.write, {
  { sh = [==[cat > /tmp/trial.sh <<'SH'
#!/bin/bash
set -euo pipefail
db=/tmp/trial-snap.db
rm -f "$db"; cp data/prod-snapshot.db "$db"
python3 migrate.py --db "$db"
sqlite3 -header -column "$db" "SELECT (SELECT count(*) FROM customers) AS customers, (SELECT count(customer_id) FROM orders) AS linked, (SELECT count(*) FROM orders WHERE customer_id IS NULL) AS without_customer"
python3 migrate.py --db "$db" down
sqlite3 "$db" ".tables"
python3 migrate.py --db "$db"
python3 migrate.py --db "$db" status
SH
bash /tmp/trial.sh]==] },
}, ref.commit, {
  { post = "#backend", text = "@lena DATA-204 trialled on a fresh copy of the prod snapshot (up, down, up again, all clean):\n\n| figure | count |\n|---|---|\n| customers created | 244 |\n| orders linked | 828 |\n| orders left without a customer | 72 |\n\nMigration 0004 and its down file are committed." },
}, ref.submit)
