from decimal import Decimal

import pytest

from shop.models import Order
from shop.pricing import apply_discount, line_total, order_total, round_cents, subtotal
from shop.models import LineItem


def test_round_cents_rounds_half_up():
    assert round_cents(Decimal("2.675")) == Decimal("2.68")
    assert round_cents(Decimal("2.674")) == Decimal("2.67")


def test_line_total_multiplies_quantity():
    assert line_total(LineItem("MUG-01", Decimal("7.99"), 3)) == Decimal("23.97")


def test_subtotal_sums_lines():
    order = Order("DE").add("MUG-01", "7.99", 3).add("TEA-12", "4.50")
    assert subtotal(order) == Decimal("28.47")


def test_discount_ten_percent_of_hundred():
    assert apply_discount(Decimal("100.00"), Decimal("10")) == Decimal("90.00")


def test_discount_twenty_percent_of_order():
    # SHOP-142: a customer with SPRING20 on a 250.00 basket was charged 230.00
    assert apply_discount(Decimal("250.00"), Decimal("20")) == Decimal("200.00")


def test_no_discount_keeps_amount():
    assert apply_discount(Decimal("49.90"), Decimal("0")) == Decimal("49.90")


def test_discount_out_of_range_is_rejected():
    with pytest.raises(ValueError):
        apply_discount(Decimal("10.00"), Decimal("120"))


def test_order_total_with_coupon_and_vat():
    order = Order("DE", coupon="WELCOME10").add("LAMP-3", "80.00").add("BULB-9", "20.00")
    # 100.00 - 10% = 90.00 net, + 19% VAT = 107.10
    assert order_total(order) == Decimal("107.10")
