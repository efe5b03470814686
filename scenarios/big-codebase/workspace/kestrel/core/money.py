"""Money arithmetic in integer minor units (see docs/adr/0003-integer-minor-units.md).

Every amount in Kestrel is an int counted in the currency's minor unit as ISO 4217 defines it:
cents for EUR, whole yen for JPY (no minor unit), fils (1/1000) for KWD. Never use floats.
"""
from decimal import ROUND_HALF_UP, Decimal

from kestrel.core.currency import get_currency
from kestrel.core.errors import InvalidAmount


def to_minor(amount, currency):
    """A major amount (str or Decimal) as int minor units: '12.50' EUR -> 1250, '13750' JPY -> 13750."""
    try:
        value = Decimal(str(amount).strip())
    except ArithmeticError:
        raise InvalidAmount(f"not an amount: {amount!r}") from None
    places = get_currency(currency).minor_units
    return int(value.scaleb(places).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_decimal(minor, currency):
    """Int minor units as a Decimal in major units with the currency's decimals:
    1250 EUR -> Decimal('12.50'), 13750 JPY -> Decimal('13750'), 204050 KWD -> Decimal('204.050')."""
    return Decimal(int(minor)).scaleb(-get_currency(currency).minor_units)


def percent_of(minor, percent):
    """percent (str or Decimal) of an amount in minor units, rounded half up to a whole minor unit."""
    return int((Decimal(int(minor)) * Decimal(str(percent)) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def allocate(minor, parts):
    """Splits an amount into `parts` int shares that add up exactly (the first ones get the remainder)."""
    if parts <= 0:
        raise ValueError("parts must be positive")
    share, rest = divmod(int(minor), parts)
    return [share + (1 if i < rest else 0) for i in range(parts)]
