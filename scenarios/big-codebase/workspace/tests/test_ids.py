import pytest

from kestrel.core.ids import next_number, parse_number


def test_next_number_in_same_year():
    assert next_number(2024, "INV-2024-0117") == "INV-2024-0118"


def test_sequence_restarts_each_year():
    assert next_number(2025, "INV-2024-0999") == "INV-2025-0001"


def test_parse_rejects_garbage():
    with pytest.raises(ValueError):
        parse_number("2024-17")
