"""Command line: `python3 -m expenses report|export ...`."""
import argparse
import sys

from . import db, formatting
from .report import COLUMNS, monthly_report, totals


def cmd_report(args):
    rows = monthly_report(db.connect(args.db), args.month)
    shown = [(r.date, r.employee, r.team, r.category, r.description, formatting.money(r.amount, r.currency), "")
             for r in rows]
    print(formatting.table(shown, COLUMNS[:6], (10, 18, 10, 10, 30, 14)))
    for currency, total in sorted(totals(rows).items()):
        print("Total %s: %s" % (currency, formatting.money(total, currency)))


def cmd_export(args):
    # EXP-88, scaffolded by Ravi before he moved to the mobile team
    raise NotImplementedError("export is not written yet")


def main(argv=None):
    ap = argparse.ArgumentParser(prog="expenses")
    ap.add_argument("--db", help="database file (default: data/demo.db)")
    sub = ap.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="the monthly report, as on screen")
    rep.add_argument("--month", required=True, help="YYYY-MM")
    exp = sub.add_parser("export", help="export the monthly report to a file (EXP-88)")
    exp.add_argument("--month", required=True, help="YYYY-MM")
    exp.add_argument("--format", required=True, choices=["csv", "pdf", "xlsx"])
    exp.add_argument("-o", "--output", help="file to write (default: standard output)")
    args = ap.parse_args(argv)
    if args.command == "report":
        cmd_report(args)
    else:
        cmd_export(args)
