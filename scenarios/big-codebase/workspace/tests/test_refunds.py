from datetime import date

import pytest

from kestrel.core.errors import InvalidAmount
from kestrel.payments.models import Payment
from kestrel.payments.refunds import refund_amount


def payment(amount, currency):
    return Payment("P-1", "INV-2024-0001", amount, currency, date(2024, 3, 1))


def test_refund_euro():
    assert refund_amount("12.50", payment(5000, "EUR")) == 1250


def test_refund_yen():
    assert refund_amount("1000", payment(13750, "JPY")) == 1000


def test_refund_more_than_paid_is_refused():
    with pytest.raises(InvalidAmount):
        refund_amount("60.00", payment(5000, "EUR"))
