"""The order summary shown on the last checkout page."""

from decimal import Decimal

from .shipping import shipping_cost


def order_summary(items, country, express=False):
    """items: list of (unit_price, quantity). Returns subtotal, shipping and total."""
    subtotal = sum((Decimal(p) * q for p, q in items), Decimal("0.00"))
    shipping = shipping_cost(subtotal, country, express)
    return {"subtotal": subtotal, "shipping": shipping, "total": subtotal + shipping}
