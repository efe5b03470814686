"""Prices for quotes. Money is in integer cents."""


def line_price(price_cents: int, quantity: int) -> int:
    """Price of `quantity` units, in cents."""
    if quantity < 1:
        raise ValueError(f"quantity must be at least 1, got {quantity}")
    return price_cents * quantity
