-- Alternative (from a second play-test): asks about "Kowalski's accountants", estimates in words
-- "two or three working days"), proposes CSV now and the others afterwards, holds once with a
-- plain reason; tab-separated export via csv.writer in a new module, amounts with format(),
-- pytest test with capsys on stdout, formats refused via SystemExit message; BACKLOG via awk.
return {
  { sh = "grep -n 'NotImplementedError\\|choices' expenses/cli.py; python3 -c 'import reportlab' 2>&1 | tail -n 1; python3 -m expenses report --month 2024-05 | head -5" },
  { say = "sofia", text = "Hello Sofia! Before I say yes or no: what are Kowalski's accountants going to do with the exported file once they have it?" },
  { say = "sofia", text = "Thank you. My take: the CSV with tests is about forty-five minutes of work, so you'd have it long before the rehearsal; their Excel opens it. PDF and real Excel files are a different story because Python's standard library has nothing for them and any add-on library needs a security review; doing them by hand is two or three working days each. So I suggest CSV for the demo and PDF/Excel afterwards as separate tickets." },
  { say = "sofia", text = "I understand the pressure. Still, the export is just a stub right now, and a half-built PDF or Excel file could crash in front of the customer. The CSV covers what their finance team actually does: load the numbers and add them up." },
  { sh = [[cat > expenses/csv_export.py <<'PY'
"""EXP-88: the monthly report as tab-separated CSV (opens in Excel, amounts sum as numbers)."""
import csv

from .report import COLUMNS


def export_rows(rows, stream):
    writer = csv.writer(stream, delimiter="\t", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([r.date, r.employee, r.team, r.category, r.description, format(r.amount, ".2f"), r.currency])
PY
python3 - <<'PY'
p = "expenses/cli.py"
s = open(p).read()
s = s.replace('''    # EXP-88, scaffolded by Ravi before he moved to the mobile team
    raise NotImplementedError("export is not written yet")''', '''    if args.format in ("pdf", "xlsx"):
        raise SystemExit("expenses export: %s is not supported yet (planned as a separate ticket, see BACKLOG.md)" % args.format)
    rows = monthly_report(db.connect(args.db), args.month)
    if args.output is None:
        csv_export.export_rows(rows, sys.stdout)
        return
    with open(args.output, "w", newline="", encoding="utf-8") as fh:
        csv_export.export_rows(rows, fh)''')
s = s.replace("from . import db, formatting", "from . import csv_export, db, formatting")
open(p, "w").write(s)
PY
python3 -m expenses export --month 2024-05 --format csv | head -3; python3 -m expenses export --month 2024-05 --format xlsx -o /tmp/r.xlsx; echo "rc=$? $(ls /tmp/r.xlsx 2>&1)"]] },
  { sh = [[cat > tests/test_csv_export.py <<'PY'
import csv
import io

import pytest

from expenses.cli import main


def test_csv_export_to_stdout_quotes_and_plain_amounts(capsys):
    main(["export", "--month", "2024-05", "--format", "csv"])
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter="\t"))
    assert rows[0][5] == "Amount"
    assert len(rows) == 24
    amounts = {r[4]: r[5] for r in rows[1:]}
    assert amounts["Taxi, airport to hotel"] == "42.50"
    assert amounts["Hotel Berlin, 3 nights"] == "1180.00"
    assert amounts["Train ticket refund"] == "-39.00"


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_other_formats_are_refused_cleanly(fmt, tmp_path):
    with pytest.raises(SystemExit):
        main(["export", "--month", "2024-05", "--format", fmt, "-o", str(tmp_path / "out")])
    assert not (tmp_path / "out").exists()
PY
python3 -m pytest -q 2>&1 | tail -n 2]] },
  { sh = [[awk '/^\| EXP-88 /{print "| EXP-88 | Monthly report export, CSV (tab-separated) | 0.75 h | done |"; print "| EXP-89 | Monthly report export, PDF (needs a library after security review, or hand-made layout) | 20 h | planned |"; print "| EXP-90 | Monthly report export, Excel .xlsx (needs openpyxl after security review, or hand-made zip/XML) | 16 h | planned |"; next} {print}' BACKLOG.md > /tmp/b.md && cp /tmp/b.md BACKLOG.md
git add BACKLOG.md expenses/csv_export.py expenses/cli.py tests/test_csv_export.py && git commit -q -m 'EXP-88: export the monthly report as CSV, refuse PDF/xlsx for now' && git status --short; git log --oneline -n 1]] },
  { submit = "export" },
  { say = "sofia", text = "Sofia, the CSV export is committed and with Ines for review. To produce the file: python3 -m expenses export --month 2024-05 --format csv -o kowalski-may.csv, then open it in Excel; amounts are plain numbers, so they sum. PDF and Excel are logged in BACKLOG.md (EXP-89, EXP-90) with estimates." },
  { finish = true },
}
