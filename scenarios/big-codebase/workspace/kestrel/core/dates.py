"""Dates on invoices: due dates and how overdue an invoice is."""
from datetime import date, timedelta


def due_date(issued, terms_days):
    """The day payment is due: `terms_days` calendar days after the issue date."""
    return issued + timedelta(days=int(terms_days))


def days_overdue(issued, terms_days, today):
    """Whole days past the due date (0 when not yet due)."""
    return max(0, (today - due_date(issued, terms_days)).days)


def parse_day(text):
    """'2024-03-05' -> date(2024, 3, 5)."""
    return date.fromisoformat(text)
