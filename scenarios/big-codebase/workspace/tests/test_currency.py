import pytest

from kestrel.core.currency import get_currency, supported_codes
from kestrel.core.errors import UnknownCurrency


def test_euro_has_cents():
    assert get_currency("EUR").minor_units == 2


def test_codes_are_case_insensitive():
    assert get_currency("usd").code == "USD"


def test_unknown_currency_raises():
    with pytest.raises(UnknownCurrency):
        get_currency("XYZ")


def test_registry_lists_launch_currencies():
    assert {"EUR", "USD", "GBP", "SEK"} <= set(supported_codes())
