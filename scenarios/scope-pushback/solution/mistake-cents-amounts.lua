-- Sloppy, wrong numbers (play round 2026-12-06, playbs): the reference's conversation, but the
-- export reads the database itself and writes amount_cents as the amount (4250 for 42.50), with a
-- test that only counts rows; reported ready. The customer's sums would be 100 times too big: the
-- csv check fails, Ines does not approve, "ready" earns nothing. Must fail.
local part = require("parts.reference")
return part.script({ outcome = "failed", max_percent = 70 }, part.look, part.ask, part.estimate, part.hold, {
  { sh = [[python3 - <<'PY'
p = "expenses/cli.py"
s = open(p).read()
s = s.replace('''    # EXP-88, scaffolded by Ravi before he moved to the mobile team
    raise NotImplementedError("export is not written yet")''', '''    import csv
    if args.format != "csv":
        sys.exit("export: only csv for now")
    conn = db.connect(args.db)
    rows = conn.execute(
        "SELECT x.spent_on, e.name, e.team, x.category, coalesce(x.description, ''), x.amount_cents, x.currency "
        "FROM expenses x JOIN employees e ON e.id = x.employee_id "
        "WHERE x.status = 'approved' AND substr(x.spent_on, 1, 7) = ? ORDER BY x.spent_on, e.name, x.id", (args.month,))
    f = open(args.output, "w", newline="", encoding="utf-8") if args.output else sys.stdout
    w = csv.writer(f)
    w.writerow(COLUMNS)
    w.writerows(rows)''')
open(p, "w").write(s)
PY
cat > tests/test_export.py <<'PY'
import csv

from expenses.cli import main


def test_csv_export_has_every_row(tmp_path):
    out = tmp_path / "may.csv"
    main(["export", "--month", "2024-05", "--format", "csv", "-o", str(out)])
    assert len(list(csv.reader(out.open(newline="", encoding="utf-8")))) == 24
PY
python3 -m pytest -q 2>&1 | tail -n 1; git add -A && git commit -qm 'Export the monthly report as CSV (EXP-88)']] },
}, part.submit, part.tell_sofia)
