from datetime import date
from decimal import Decimal

import pytest

from shop.coupons import CouponError, coupon_percent


def test_no_code_means_no_discount():
    assert coupon_percent(None) == Decimal("0")
    assert coupon_percent("") == Decimal("0")


def test_codes_are_case_insensitive():
    assert coupon_percent(" spring20 ") == Decimal("20")


def test_unknown_code_is_an_error():
    with pytest.raises(CouponError):
        coupon_percent("FREESTUFF")


def test_expired_code_is_an_error():
    with pytest.raises(CouponError, match="expired"):
        coupon_percent("WINTER15", today=date(2024, 3, 12))


def test_code_valid_on_its_last_day():
    assert coupon_percent("WINTER15", today=date(2024, 2, 29)) == Decimal("15")
