from decimal import Decimal

from expenses import db
from expenses.formatting import money
from expenses.report import monthly_report, totals


def test_only_approved_expenses_of_the_month():
    rows = monthly_report(db.connect(), "2024-05")
    assert rows
    assert all(r.date.startswith("2024-05") for r in rows)
    assert len(rows) == 23


def test_rows_are_ordered_by_date_then_employee():
    rows = monthly_report(db.connect(), "2024-05")
    assert [(r.date, r.employee) for r in rows] == sorted((r.date, r.employee) for r in rows)


def test_amounts_are_exact():
    rows = monthly_report(db.connect(), "2024-05")
    assert totals(rows) == {"EUR": Decimal("3655.50"), "PLN": Decimal("1310.00")}


def test_money_on_screen():
    assert money(Decimal("1234.5"), "EUR") == "1,234.50 EUR"
