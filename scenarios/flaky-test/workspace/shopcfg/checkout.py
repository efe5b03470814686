"""The checkout summary: items, shipping (free above a threshold) and the total, formatted."""
from decimal import Decimal

from shopcfg.money import cents, format_price
from shopcfg.settings import settings_for


def summary(shop, items):
    settings = settings_for(shop)
    subtotal = cents(sum((Decimal(price) * qty for price, qty in items), Decimal("0")))
    free_from = Decimal(settings["free_shipping_from"])
    shipping = Decimal("0.00") if subtotal >= free_from else cents(settings["shipping_fee"])
    total = subtotal + shipping
    return {
        "currency": settings["currency"],
        "subtotal": format_price(subtotal, settings),
        "shipping": format_price(shipping, settings),
        "total": format_price(total, settings),
        "shipping_amount": shipping,
        "total_amount": total,
    }
