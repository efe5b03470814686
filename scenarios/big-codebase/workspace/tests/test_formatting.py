from datetime import date
from decimal import Decimal

from kestrel.core.formatting import format_date, format_money, format_percent


def test_format_money_euro():
    assert format_money(123450, "EUR") == "EUR 1,234.50"


def test_format_money_small_amount():
    assert format_money(5, "USD") == "USD 0.05"


def test_format_money_negative_credit():
    assert format_money(-2000, "GBP") == "GBP -20.00"


def test_format_percent():
    assert format_percent(Decimal("19")) == "19%"
    assert format_percent(Decimal("7.5")) == "7.5%"


def test_format_date():
    assert format_date(date(2024, 3, 5)) == "5 March 2024"
