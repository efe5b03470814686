from datetime import date

from kestrel.notifications.reminders import reminder_text


def test_no_reminder_before_due(make_invoice):
    inv = make_invoice(issued=date(2024, 3, 1), terms_days=30)
    assert reminder_text(inv, date(2024, 3, 31)) is None


def test_reminder_with_partial_payment(make_invoice):
    inv = make_invoice(lines=((1, 10000, "19"),), issued=date(2024, 3, 1), terms_days=30)
    text = reminder_text(inv, date(2024, 4, 10), paid=5000)
    assert "over EUR 119.00 was due on 31 March 2024 (10 days ago)" in text
    assert "We received EUR 50.00 so far; EUR 69.00 is still open." in text


def test_no_reminder_when_paid(make_invoice):
    inv = make_invoice(lines=((1, 10000, "19"),))
    assert reminder_text(inv, date(2024, 6, 1), paid=11900) is None
