from decimal import Decimal

import pytest

from invoicer.invoice import Line, new_invoice
from invoicer.settings import SettingsError, load


def test_line_total():
    assert Line("Pen", 3, Decimal("1.35")).total == Decimal("4.05")


def test_line_needs_a_positive_quantity():
    with pytest.raises(ValueError):
        Line("Pen", 0, Decimal("1.35")).total


def test_invoice_totals(settings):
    inv = new_invoice(settings, 42, "DE")
    inv.add("Notebook", 2, "4.50")
    inv.add("Stapler", 1, "12.99")
    assert inv.net == Decimal("21.99")
    assert inv.vat == Decimal("4.18")
    assert inv.gross == Decimal("26.17")


def test_test_invoices_are_numbered_apart(settings):
    assert new_invoice(settings, 7, "FR").number == "TEST-000007"


def test_currency_comes_from_the_settings(settings):
    assert new_invoice(settings, 1, "NL").currency == "EUR"


def test_settings_refuse_to_guess():
    with pytest.raises(SettingsError):
        load({})


def test_production_needs_a_database():
    with pytest.raises(SettingsError):
        load({"INVOICER_ENV": "production"})
