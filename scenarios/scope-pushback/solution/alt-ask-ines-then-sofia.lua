-- Alternative for scope-pushback: checks with the senior first whether a PDF or Excel library
-- may be added, then asks Sofia about the customer's use, estimates, is pushed and explains;
-- writes the CSV by a small module with tests on write_csv, refuses other formats with
-- SystemExit, commits in two steps.
return {
  { say = "ines", text = "Quick one: could we add openpyxl or reportlab for EXP-88 today?" },
  { say = "sofia", text = "Hi Sofia! Which matters most to Kowalski: getting the numbers into their spreadsheet, or a printable PDF?" },
  { say = "sofia", text = "Then here's what I can do well by 14:45: CSV export (2 hours incl. tests). Excel and PDF need a library that needs a security review first; that's days, not hours, so they would come after the demo." },
  { say = "sofia", text = "Because the scaffold is empty (it only raises NotImplementedError) and writing xlsx or PDF by hand without a library is a few days with testing. CSV gives their finance team what they need today." },
  { sh = [[cat > expenses/csv_export.py <<'PY'
"""Monthly report as CSV (EXP-88)."""
import csv

from .report import COLUMNS


def rows_for_csv(rows):
    yield list(COLUMNS)
    for r in rows:
        yield [r.date, r.employee, r.team, r.category, r.description, format(r.amount, ".2f"), r.currency]


def write_csv(rows, f):
    csv.writer(f, lineterminator="\n").writerows(rows_for_csv(rows))
PY
python3 - <<'PY'
p = "expenses/cli.py"
s = open(p).read()
s = s.replace('''    # EXP-88, scaffolded by Ravi before he moved to the mobile team
    raise NotImplementedError("export is not written yet")''', '''    if args.format != "csv":
        raise SystemExit("export --format %s: not built yet (EXP-88 delivers CSV only)" % args.format)
    from .csv_export import write_csv
    rows = monthly_report(db.connect(args.db), args.month)
    if not args.output:
        write_csv(rows, sys.stdout)
        return
    with open(args.output, "w", newline="", encoding="utf-8") as f:
        write_csv(rows, f)''')
open(p, "w").write(s)
PY
git add expenses && git commit -q -m 'CSV export of the monthly report (EXP-88)']] },
  { sh = [[cat > tests/test_csv_export.py <<'PY'
import csv
import io
from decimal import Decimal

from expenses.csv_export import write_csv
from expenses.report import ReportRow


def test_csv_quotes_commas_and_keeps_amounts_plain():
    rows = [ReportRow("2024-05-02", "Zoë Nowak", "Ops", "Travel", 'Taxi, "late"', Decimal("1234.5"), "EUR")]
    f = io.StringIO()
    write_csv(rows, f)
    parsed = list(csv.reader(io.StringIO(f.getvalue())))
    assert parsed[1] == ["2024-05-02", "Zoë Nowak", "Ops", "Travel", 'Taxi, "late"', "1234.50", "EUR"]
PY
python3 -m pytest -q && git add tests && git commit -q -m 'Test the CSV export with quotes, commas and a four-digit amount (EXP-88)']] },
  { submit = "export" },
  { say = "sofia", text = "Done and committed: `python3 -m expenses export --month 2024-05 --format csv -o report.csv` gives the file for the demo. PDF/Excel: 2-3 days once a library is approved." },
  { finish = true },
}
