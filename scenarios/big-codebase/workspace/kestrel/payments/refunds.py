"""Refunds: support types the amount as the customer sees it ("12.50"); we store minor units."""
from kestrel.core.errors import InvalidAmount
from kestrel.core.money import to_minor


def refund_amount(text, payment):
    """The refund in minor units for an amount typed by support; at most what was paid."""
    minor = to_minor(text, payment.currency)
    if minor <= 0:
        raise InvalidAmount("a refund must be positive")
    if minor > payment.amount:
        raise InvalidAmount(f"cannot refund more than the payment ({payment.amount} minor units)")
    return minor
