-- Alternative for scope-pushback: one message that asks and proposes at once (in the team
-- channel), holds the scope with a reason when pushed, writes the CSV with csv.DictWriter inside
-- cli.py, takes PDF and Excel out of the choices (argparse refuses them), tests through the
-- command line in a subprocess, estimates in the backlog too.
return {
  { sh = "grep -n 'def cmd_export' -A 3 expenses/cli.py; python3 -c 'import reportlab' 2>&1 | tail -1" },
  { post = "#expenses-team", text = "@Sofia would a CSV be enough for the demo, if Excel opens it? CSV I can have by 14:00 (about 1 h with tests). PDF and xlsx need libraries we can't add without a security review, so 2-3 days each by hand: I'd do them after the demo." },
  { post = "#expenses-team", text = "@Sofia I understand, but there is no PDF or Excel code yet (the export is a stub) and no library for either, so anything by 14:45 would be untested. CSV opens in Excel, their finance team can sum it today." },
  { sh = [[python3 - <<'PY'
p = "expenses/cli.py"
s = open(p).read()
s = s.replace('''def cmd_export(args):
    # EXP-88, scaffolded by Ravi before he moved to the mobile team
    raise NotImplementedError("export is not written yet")''', '''def cmd_export(args):
    """The report as CSV (EXP-88): plain amounts, so a spreadsheet can sum them."""
    rows = monthly_report(db.connect(args.db), args.month)
    f = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    out = csv.DictWriter(f, fieldnames=COLUMNS)
    out.writeheader()
    for r in rows:
        out.writerow(dict(zip(COLUMNS, (r.date, r.employee, r.team, r.category, r.description,
                                        "{:.2f}".format(r.amount), r.currency))))
    if f is not sys.stdout:
        f.close()''')
s = s.replace('choices=["csv", "pdf", "xlsx"]', 'choices=["csv"], help="csv (PDF and Excel: EXP-89, EXP-90)"')
s = s.replace("import argparse\n", "import argparse\nimport csv\n")
open(p, "w").write(s)
PY
cat > tests/test_export_cli.py <<'PY'
import csv
import subprocess
import sys


def export(*args):
    return subprocess.run([sys.executable, "-m", "expenses", "export", "--month", "2024-05", *args],
                          capture_output=True, text=True)


def test_csv_round_trips_tricky_values():
    r = export("--format", "csv")
    assert r.returncode == 0
    rows = list(csv.DictReader(r.stdout.splitlines()))
    assert len(rows) == 23
    taxi = next(x for x in rows if x["Description"] == "Taxi, airport to hotel")
    assert taxi["Amount"] == "42.50" and taxi["Currency"] == "EUR"
    assert any(x["Amount"] == "1310.00" and x["Currency"] == "PLN" for x in rows)


def test_pdf_is_refused_not_crashing():
    r = export("--format", "pdf")
    assert r.returncode != 0 and "Traceback" not in r.stderr
PY
python3 -m pytest -q]] },
  { sh = [[sed -i 's/^| EXP-88 | Export the monthly report (CSV, PDF, Excel) | - | in progress |$/| EXP-88 | Export the monthly report as CSV | 1 h | done |\n| EXP-89 | PDF export (library needs a security review) | 3 days | planned |\n| EXP-90 | Excel export (.xlsx; CSV opens in Excel meanwhile) | 2 days | planned |/' BACKLOG.md && git add -A && git commit -q -m 'EXP-88: CSV export of the monthly report; PDF and Excel follow as EXP-89/90' && git log --oneline -1]] },
  { submit = "export" },
  { post = "#expenses-team", text = "@Sofia CSV export is committed and approved: python3 -m expenses export --month 2024-05 --format csv -o may.csv" },
  { finish = true },
}
