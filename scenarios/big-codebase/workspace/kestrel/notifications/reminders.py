"""Payment reminders for overdue invoices (scripts/send_reminders.py sends them daily)."""
from kestrel.core.dates import days_overdue, due_date
from kestrel.core.formatting import format_date, format_money


def reminder_text(invoice, today, paid=0):
    """The reminder for an invoice, or None when it is paid or not overdue. `paid` in minor units."""
    days = days_overdue(invoice.issued, invoice.terms_days, today)
    open_amount = invoice.total() - paid
    if days == 0 or open_amount <= 0:
        return None
    text = (
        f"Dear {invoice.customer},\n\n"
        f"invoice {invoice.number} over {format_money(invoice.total(), invoice.currency)} was due on "
        f"{format_date(due_date(invoice.issued, invoice.terms_days))} ({days} days ago).\n"
    )
    if paid:
        text += f"We received {format_money(paid, invoice.currency)} so far; "
    text += f"{format_money(open_amount, invoice.currency)} is still open. Please pay it within 14 days.\n"
    return text
