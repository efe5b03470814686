"""The payment receipt e-mail (subject and body), sent by notifications.sender."""
from kestrel.core.formatting import format_date, format_money

METHODS = {"card": "card", "sepa": "SEPA transfer", "wire": "bank transfer"}


def receipt_email(payment, customer):
    """(subject, body) of the receipt for a payment.Payment."""
    amount = format_money(payment.amount, payment.currency)
    subject = f"Payment received: {amount} for {payment.invoice_number}"
    body = (
        f"Dear {customer},\n\n"
        f"we received your payment of {amount} by {METHODS.get(payment.method, payment.method)} "
        f"on {format_date(payment.received)} for invoice {payment.invoice_number}.\n\n"
        "Thank you for your business.\nLarkspur Billing\n"
    )
    return subject, body
