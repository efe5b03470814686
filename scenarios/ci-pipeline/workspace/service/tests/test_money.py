from decimal import Decimal

import pytest

from invoicer.money import to_cents, vat, vat_rate


def test_rounds_half_up_to_the_cent():
    assert to_cents(Decimal("2.675")) == Decimal("2.68")


def test_keeps_exact_cents():
    assert to_cents(Decimal("19.99")) == Decimal("19.99")


@pytest.mark.parametrize("country,rate", [("DE", "0.19"), ("fr", "0.20"), ("NL", "0.21")])
def test_vat_rate_per_country(country, rate):
    assert vat_rate(country) == Decimal(rate)


def test_unknown_country_is_an_error():
    with pytest.raises(ValueError):
        vat_rate("XX")


def test_vat_is_rounded():
    assert vat(Decimal("10.05"), "DE") == Decimal("1.91")
