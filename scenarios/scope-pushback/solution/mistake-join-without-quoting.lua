-- Sloppy (play round 2026-12-06, fourth session, playC): the reference's conversation, backlog and
-- report, amounts as plain numbers, but the lines are built with ','.join and no quoting: the demo
-- month's "Taxi, airport to hotel" and 'Dinner with "Nordic Freight" team' split or mangle their
-- fields, and the learner's own test only counts the lines. A spreadsheet shows shifted columns in
-- the demo: the csv check fails, and so must the run.
local part = require("parts.reference")
-- the reference's cmd_export, then write_csv rewritten with joins and a test that counts lines
local export = { part.export[1], { sh = [[cat > expenses/export.py <<'PY'
"""CSV export of the monthly report (EXP-88)."""
from .report import COLUMNS


def write_csv(rows, f):
    f.write(",".join(COLUMNS) + "\n")
    for r in rows:
        f.write(",".join([r.date, r.employee, r.team, r.category, r.description, "%.2f" % r.amount, r.currency]) + "\n")
PY
cat > tests/test_export.py <<'PY'
from expenses.cli import main


def test_csv_export_writes_every_row(tmp_path):
    target = tmp_path / "may.csv"
    main(["export", "--month", "2024-05", "--format", "csv", "-o", str(target)])
    assert len(target.read_text().splitlines()) == 24
PY
python3 -m pytest -q 2>&1 | tail -1]] } }
return part.script({ outcome = "failed" }, part.look, part.ask, part.estimate, part.hold, export, part.try,
  part.backlog_commit, part.submit, part.tell_sofia)
