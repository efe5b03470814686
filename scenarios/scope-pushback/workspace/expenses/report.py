"""Which expenses the monthly report contains: the approved ones spent in that month, oldest
first, then by employee name."""
from dataclasses import dataclass
from decimal import Decimal

COLUMNS = ("Date", "Employee", "Team", "Category", "Description", "Amount", "Currency")


@dataclass(frozen=True)
class ReportRow:
    date: str            # ISO, YYYY-MM-DD
    employee: str
    team: str
    category: str
    description: str
    amount: Decimal      # exact, e.g. Decimal("1234.50"); refunds are negative
    currency: str        # ISO code, e.g. EUR


def monthly_report(conn, month):
    """Rows of the report for month 'YYYY-MM'."""
    rows = conn.execute(
        "SELECT x.spent_on, e.name, e.team, x.category, x.description, x.amount_cents, x.currency "
        "FROM expenses x JOIN employees e ON e.id = x.employee_id "
        "WHERE x.status = 'approved' AND substr(x.spent_on, 1, 7) = ? "
        "ORDER BY x.spent_on, e.name, x.id", (month,))
    return [ReportRow(r[0], r[1], r[2], r[3], r[4] or "", Decimal(r[5]) / 100, r[6]) for r in rows]


def totals(rows):
    """{currency: total}"""
    out = {}
    for r in rows:
        out[r.currency] = out.get(r.currency, Decimal("0")) + r.amount
    return out
