from datetime import date

from kestrel.core.dates import days_overdue, due_date


def test_due_date_counts_calendar_days():
    assert due_date(date(2024, 2, 12), 30) == date(2024, 3, 13)


def test_days_overdue_is_never_negative():
    assert days_overdue(date(2024, 3, 1), 14, date(2024, 3, 2)) == 0
    assert days_overdue(date(2024, 3, 1), 14, date(2024, 3, 20)) == 5
