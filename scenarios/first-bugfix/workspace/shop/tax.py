"""VAT rates per destination country."""

from decimal import Decimal

from .pricing import round_cents

VAT_RATES = {
    "DE": Decimal("19"),
    "FR": Decimal("20"),
    "IT": Decimal("22"),
    "NL": Decimal("21"),
    "IE": Decimal("23"),
}


def vat_rate(country: str) -> Decimal:
    try:
        return VAT_RATES[country.upper()]
    except KeyError:
        raise ValueError(f"no VAT rate for country {country!r}") from None


def add_vat(net: Decimal, country: str) -> Decimal:
    """Gross amount for a net amount shipped to `country`."""
    return round_cents(net * (1 + vat_rate(country) / 100))
