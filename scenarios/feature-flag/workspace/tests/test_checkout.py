from decimal import Decimal

from shop.checkout import order_summary


def test_summary_adds_shipping(use_flags):
    s = order_summary([("12.50", 2), ("3.99", 1)], "DE")
    assert s == {"subtotal": Decimal("28.99"), "shipping": Decimal("4.90"), "total": Decimal("33.89")}
