"""Coupon codes and their discount, as a percentage of the basket subtotal."""

from datetime import date
from decimal import Decimal
from typing import Optional

# code -> (percent off, last valid day)
COUPONS = {
    "WELCOME10": (Decimal("10"), date(2099, 12, 31)),
    "SPRING20": (Decimal("20"), date(2099, 12, 31)),
    "STAFF35": (Decimal("35"), date(2099, 12, 31)),
    "WINTER15": (Decimal("15"), date(2024, 2, 29)),
}


class CouponError(ValueError):
    """The code is unknown or no longer valid."""


def coupon_percent(code: Optional[str], today: Optional[date] = None) -> Decimal:
    """Percent off for `code` (0 when there is no code). Codes are case-insensitive."""
    if not code:
        return Decimal("0")
    today = today or date.today()
    try:
        percent, valid_until = COUPONS[code.strip().upper()]
    except KeyError:
        raise CouponError(f"unknown coupon code: {code!r}") from None
    if today > valid_until:
        raise CouponError(f"coupon {code!r} expired on {valid_until.isoformat()}")
    return percent
