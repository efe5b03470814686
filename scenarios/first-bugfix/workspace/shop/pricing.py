"""Discounts, line totals and order totals.

Amounts are Decimal and are rounded half-up to cents after each step, the same way the
invoices are printed.
"""

from decimal import Decimal, ROUND_HALF_UP

from .coupons import coupon_percent

CENT = Decimal("0.01")


def round_cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def line_total(item) -> Decimal:
    """Unit price times quantity."""
    return round_cents(item.unit_price * item.quantity)


def subtotal(order) -> Decimal:
    return round_cents(sum((line_total(i) for i in order.items), Decimal("0")))


def apply_discount(amount: Decimal, percent: Decimal) -> Decimal:
    """Reduce `amount` by `percent` percent (0-100)."""
    if percent < 0 or percent > 100:
        raise ValueError(f"discount must be between 0 and 100 percent, got {percent}")
    discounted = amount - percent
    return round_cents(max(discounted, Decimal("0")))


def order_total(order, today=None) -> Decimal:
    """What the customer pays: subtotal, minus the coupon discount, plus VAT."""
    from .tax import add_vat

    net = apply_discount(subtotal(order), coupon_percent(order.coupon, today))
    return add_vat(net, order.country)
