-- Alternative (play 2026-12-06, vD: a git-tidy junior): profiles the data, asks Helga, writes the
-- reference SQL on a topic branch (git switch -c data-204) in two small commits (up, then its
-- down file), makes the trial copy with sqlite3 "VACUUM INTO '/tmp/vac.db'" (not cp), runs up,
-- down, up on it, reads the figures with -header -column, merges the branch back with --no-ff,
-- and reports to Lena in #backend ("@Lena ...") with a markdown table in British wording ("I've
-- analysed ... rolled back and re-applied cleanly"). Every claim is backed: must pass, full marks.
local part = require("parts.reference")
local write_up = part.write[1].sh:match("^(.-)cat > migrations/0004_customers.down.sql")
local write_down = part.write[1].sh:match("(cat > migrations/0004_customers.down.sql.*)$")

return part.script({ outcome = "passed", min_percent = 95 }, part.look, part.ask_helga, {
  { sh = "git status --short; git branch --show-current; git switch -c data-204" },
  { sh = write_up .. "git add migrations/0004_customers.sql && git commit -qm '0004: customers table filled from orders (DATA-204)'" },
  { sh = write_down:gsub("ls migrations$", "git add migrations/0004_customers.down.sql && git commit -qm '0004: down migration (index first, then column, then table)'") },
  { sh = [[sqlite3 data/prod-snapshot.db "VACUUM INTO '/tmp/vac.db'" && python3 migrate.py --db /tmp/vac.db up && python3 migrate.py --db /tmp/vac.db down && python3 migrate.py --db /tmp/vac.db up && python3 migrate.py --db /tmp/vac.db status]] },
  { sh = [[sqlite3 -header -column /tmp/vac.db "SELECT (SELECT count(*) FROM customers) AS customers, (SELECT count(customer_id) FROM orders) AS linked, (SELECT count(*) FROM orders WHERE customer_id IS NULL) AS unlinked"]] },
  { sh = "python3 migrate.py && git switch - && git merge --no-ff -q -m 'Merge branch data-204: migration 0004 customers' data-204 && git log --oneline -4 && git status --short" },
  { post = "#backend", text = "@Lena DATA-204 is merged (0004 plus its down file). I've analysed a trial on a copy of the prod snapshot:\n\n| figure | value |\n|---|---|\n| customers created | 244 |\n| orders linked | 828 |\n| orders without a customer | 72 |\n\nIt rolled back and re-applied cleanly on the copy, and no order was deleted." },
}, part.submit)
