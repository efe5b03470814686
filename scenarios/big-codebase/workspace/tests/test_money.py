from decimal import Decimal

import pytest

from kestrel.core.errors import InvalidAmount
from kestrel.core.money import allocate, percent_of, to_decimal, to_minor


def test_to_minor_euro():
    assert to_minor("12.50", "EUR") == 1250


def test_to_minor_rounds_half_up():
    assert to_minor("0.125", "EUR") == 13


def test_to_minor_yen_has_no_minor_unit():
    assert to_minor("13750", "JPY") == 13750


def test_to_minor_rejects_text():
    with pytest.raises(InvalidAmount):
        to_minor("twelve", "EUR")


def test_to_decimal_uses_the_currency_decimals():
    assert to_decimal(1250, "EUR") == Decimal("12.50")
    assert str(to_decimal(13750, "JPY")) == "13750"
    assert str(to_decimal(204050, "KWD")) == "204.050"


def test_percent_of_rounds_half_up():
    assert percent_of(1050, "19") == 200
    assert percent_of(2500, "7") == 175


def test_allocate_adds_up():
    assert allocate(1000, 3) == [334, 333, 333]
    assert sum(allocate(99999, 7)) == 99999
