"""Shared fixtures: invoices from data/ and a small invoice factory."""
from datetime import date
from decimal import Decimal

import pytest

from kestrel.invoices.models import Invoice, Line
from kestrel.storage import repository


@pytest.fixture
def load_invoice():
    return repository.load_invoice


@pytest.fixture
def make_invoice():
    def make(currency="EUR", lines=((1, 10000, "19"),), issued=date(2024, 3, 1), terms_days=30):
        return Invoice("INV-2024-0001", "Test Customer", currency, issued, terms_days,
                       [Line(f"Item {i}", q, price, Decimal(vat)) for i, (q, price, vat) in enumerate(lines, 1)])
    return make
