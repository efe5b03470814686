import pytest

from inventory.pricing import line_price


def test_line_price_multiplies():
    assert line_price(799, 3) == 2397


def test_quantity_must_be_positive():
    with pytest.raises(ValueError):
        line_price(799, 0)
