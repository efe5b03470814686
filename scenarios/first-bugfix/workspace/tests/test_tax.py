from decimal import Decimal

import pytest

from shop.tax import add_vat, vat_rate


def test_known_rates():
    assert vat_rate("de") == Decimal("19")
    assert vat_rate("IE") == Decimal("23")


def test_add_vat_rounds_to_cents():
    assert add_vat(Decimal("10.00"), "FR") == Decimal("12.00")
    assert add_vat(Decimal("9.99"), "NL") == Decimal("12.09")


def test_unknown_country_is_rejected():
    with pytest.raises(ValueError):
        vat_rate("XX")
