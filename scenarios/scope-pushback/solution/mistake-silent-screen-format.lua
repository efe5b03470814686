-- Mistake for scope-pushback: never talks to Sofia before delivering, reuses the on-screen
-- formatting for the amounts ("1,180.00 EUR": a spreadsheet cannot sum that), builds the lines
-- with ',' joins (commas in descriptions split the fields), leaves PDF and Excel crashing, adds
-- a scratch export to the commit. Fails.
return {
  expect = { outcome = "failed" },
  { sh = [[python3 - <<'PY'
p = "expenses/cli.py"
s = open(p).read()
s = s.replace('''    # EXP-88, scaffolded by Ravi before he moved to the mobile team
    raise NotImplementedError("export is not written yet")''', '''    if args.format == "csv":
        rows = monthly_report(db.connect(args.db), args.month)
        lines = [",".join(COLUMNS)]
        for r in rows:
            lines.append(",".join([r.date, r.employee, r.team, r.category, r.description,
                                   formatting.money(r.amount, r.currency), r.currency]))
        text = "\\n".join(lines) + "\\n"
        if args.output:
            open(args.output, "w").write(text)
        else:
            print(text, end="")
        return
    raise NotImplementedError("export is not written yet")''')
open(p, "w").write(s)
PY
python3 -m expenses export --month 2024-05 --format csv -o may.csv && head -3 may.csv && git add -A && git commit -qm 'csv export']] },
  { submit = "export" },
  { say = "sofia", text = "CSV export is done. PDF and Excel I didn't get to." },
  { finish = true },
}
