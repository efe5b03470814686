from decimal import Decimal

import pytest

from shop.shipping import shipping_cost


def test_germany_standard_rate(use_flags):
    assert shipping_cost(Decimal("20.00"), "DE") == Decimal("4.90")


def test_france_standard_rate(use_flags):
    assert shipping_cost(Decimal("80.00"), "FR") == Decimal("7.90")


def test_unknown_country_is_an_error(use_flags):
    with pytest.raises(ValueError):
        shipping_cost(Decimal("20.00"), "US")


def test_express_only_when_flag_on(use_flags):
    use_flags({"express_delivery": False})
    assert shipping_cost(Decimal("20.00"), "DE", express=True) == Decimal("4.90")
    use_flags({"express_delivery": True})
    assert shipping_cost(Decimal("20.00"), "DE", express=True) == Decimal("13.90")
