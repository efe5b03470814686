"""Shipping costs for the checkout. All amounts are Decimal euros."""

from decimal import Decimal

from . import flags

# Standard parcel, per destination country.
RATES = {
    "DE": Decimal("4.90"),
    "AT": Decimal("6.90"),
    "NL": Decimal("6.90"),
    "BE": Decimal("6.90"),
    "FR": Decimal("7.90"),
}
EXPRESS_SURCHARGE = Decimal("9.00")


def shipping_cost(subtotal: Decimal, country: str, express: bool = False) -> Decimal:
    """What the customer pays for shipping an order with this subtotal to `country`."""
    if country not in RATES:
        raise ValueError(f"we don't ship to {country!r}")
    cost = RATES[country]
    if express and flags.is_enabled("express_delivery"):
        cost += EXPRESS_SURCHARGE
    return cost
