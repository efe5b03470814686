"""OPS-88 checks (late deliveries per carrier, September 2024): python3 -I /checks/ops88.py MODE.

The truth is recomputed from the data as it was at the start (/base/data/shipments.csv): the
last row of each parcel id is its state, parcels delivered (UTC) in September count, late means
delivered on a later day than promised. The learner's out/ops-88.csv is compared with it; when
it is wrong, the known wrong readings (counting rows instead of parcels, comparing the
timestamp with the date as text, taking the ship month) are tried to say what went wrong.
Modes: format, delivered, late."""
import csv
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import BASE_DIR, fail, read_text  # noqa: E402

ANSWER = "out/ops-88.csv"
HEADER = ["carrier", "delivered", "late", "late_pct"]


def load_rows():
    with open(os.path.join(BASE_DIR, "data/shipments.csv"), newline="") as f:
        return list(csv.DictReader(f))


def tally(rows, month_of=lambda r: r["delivered_at"][:7], late=lambda r: r["delivered_at"][:10] > r["promised_at"],
          dedupe=True):
    if dedupe:
        last = {}
        for r in rows:
            last[r["id"]] = r
        rows = list(last.values())
    delivered, late_n = Counter(), Counter()
    for r in rows:
        if r["status"] == "delivered" and month_of(r) == "2024-09":
            delivered[r["carrier"]] += 1
            late_n[r["carrier"]] += 1 if late(r) else 0
    return {c: (delivered[c], late_n[c]) for c in delivered}


ROWS = load_rows()
TRUTH = tally(ROWS)
WRONG_READINGS = [
    (tally(ROWS, dedupe=False), "your counts include the importer's duplicate rows: count parcels (distinct id), "
                                "the last row of an id is its state (data/README.md)"),
    (tally(ROWS, late=lambda r: r["delivered_at"] > r["promised_at"]),
     "parcels delivered on the promised day count as late in your numbers: compare the delivery DATE with "
     "promised_at, not the timestamp as text ('2024-09-12T18:00:00Z' > '2024-09-12')"),
    (tally(ROWS, dedupe=False, late=lambda r: r["delivered_at"] > r["promised_at"]),
     "your counts include the importer's duplicate rows, and parcels delivered on the promised day count as late: "
     "count parcels (the last row of an id), and compare the delivery DATE with promised_at (data/README.md)"),
    (tally(ROWS, month_of=lambda r: r["shipped_at"][:7]), "those are parcels shipped in September: OPS-88 asks about "
                                                          "parcels delivered in September"),
]


def number(text):
    t = text.strip().rstrip("%").strip()
    return float(t) if re.fullmatch(r"-?\d+(\.\d+)?", t) else None


def read_answer():
    raw = read_text(ANSWER)
    if raw is None:
        fail("%s is missing: write the table there (header carrier,delivered,late,late_pct)" % ANSWER)
    rows = [r for r in csv.reader(raw.splitlines()) if any(c.strip() for c in r)]
    if not rows:
        fail("%s is empty" % ANSWER)
    return rows


def parsed(rows):
    """carrier -> (delivered, late, pct) as numbers (None where unreadable), plus unknown names."""
    got, unknown = {}, []
    for r in rows[1:] if rows and not any(re.search(r"\d", c) for c in rows[0]) else rows:
        if not r:
            continue
        name = r[0].strip()
        match = [c for c in TRUTH if c.lower() == name.lower()]
        if not match:
            unknown.append(name)
            continue
        vals = [number(c) for c in r[1:4]] + [None] * (3 - len(r[1:4]))
        got[match[0]] = tuple(vals)
    return got, unknown


def mode_format(rows):
    problems = []
    if [c.strip().lower() for c in rows[0]] != HEADER:
        problems.append("the first line must be the header carrier,delivered,late,late_pct (got %s)" % ",".join(rows[0]))
    for n, r in enumerate(rows[1:], 2):
        if len(r) != 4:
            problems.append("line %d has %d columns, expected 4" % (n, len(r)))
        elif not re.fullmatch(r"\d+\.\d", r[3].strip()):
            problems.append("line %d: late_pct '%s' must be a percentage with one decimal and no %% sign, like 12.5"
                            % (n, r[3].strip()))
    got, unknown = parsed(rows)
    if unknown:
        problems.append("%s: not a carrier in the data" % ", ".join(unknown[:3]))
    missing = sorted(set(TRUTH) - set(got))
    if missing:
        problems.append("no row for %s: one row per carrier" % ", ".join(missing))
    for p in problems[:4]:
        print("FAIL: " + p)
    sys.exit(1 if problems else 0)


def explain(got, index):
    """The wrong reading the learner's numbers match, if any."""
    for table, why in WRONG_READINGS:
        if all(c in table and got[c][index] == table[c][index] for c in got) and \
                any(table[c][index] != TRUTH[c][index] for c in got):
            return why
    return None


def mode_counts(rows, index, what):
    got, _ = parsed(rows)
    if not got:
        fail("no line of %s names a carrier with numbers" % ANSWER)
    missing = sorted(set(TRUTH) - set(got))
    wrong = sorted(c for c in got if got[c][index] != TRUTH[c][index])
    if index == 1:   # late: the percentage must agree with the true counts too
        wrong += sorted(c for c in got if c not in wrong and
                        (got[c][2] is None or abs(got[c][2] - 100.0 * TRUTH[c][1] / TRUTH[c][0]) > 0.051))
    if not wrong and not missing:
        sys.exit(0)
    if wrong:
        why = explain(got, index)
        fail("%s is wrong for %s%s" % (what, ", ".join(wrong), (": " + why) if why else
                                      ": check data/README.md (what is a parcel, what is late) and the month"))
    fail("%s is missing for %s" % (what, ", ".join(missing)))


def main():
    mode = sys.argv[1]
    rows = read_answer()
    if mode == "format":
        mode_format(rows)
    elif mode == "delivered":
        mode_counts(rows, 0, "the number of parcels delivered in September")
    elif mode == "late":
        mode_counts(rows, 1, "the number of late parcels (or its late_pct)")
    else:
        fail("internal: unknown mode " + mode, 2)


main()
