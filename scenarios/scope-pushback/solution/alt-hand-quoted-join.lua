-- Valid route (play round 2026-12-06, fourth session, playC): the reference's conversation, test,
-- backlog and report, but the CSV is written without the csv module: a small `quote()` of its own
-- (a field with a comma, a quote or a line break is wrapped in double quotes, inner quotes doubled,
-- as RFC 4180 says), lines joined with ',' and ended with CRLF. Correct CSV by hand is still CSV:
-- must pass 100 %.
local part = require("parts.reference")
-- the reference's cmd_export (other formats refused), then export.py rewritten by hand
local export = { part.export[1], { sh = [[cat > expenses/export.py <<'PY'
"""CSV export of the monthly report (EXP-88), RFC 4180 quoting by hand."""
from .report import COLUMNS


def quote(field):
    text = str(field)
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(rows, f):
    f.write(",".join(quote(c) for c in COLUMNS) + "\r\n")
    for r in rows:
        fields = [r.date, r.employee, r.team, r.category, r.description, "%.2f" % r.amount, r.currency]
        f.write(",".join(quote(x) for x in fields) + "\r\n")
PY]] } }
return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.ask, part.estimate, part.hold,
  export, part.test, part.try, part.backlog_commit, part.submit, part.tell_sofia)
