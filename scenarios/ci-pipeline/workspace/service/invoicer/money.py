"""Money arithmetic in Decimal: VAT rates per country and rounding to the cent."""
from decimal import Decimal, ROUND_HALF_UP

VAT_RATES = {"DE": Decimal("0.19"), "FR": Decimal("0.20"), "NL": Decimal("0.21"), "AT": Decimal("0.20")}
CENT = Decimal("0.01")


def to_cents(amount):
    return Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)


def vat_rate(country):
    try:
        return VAT_RATES[country.upper()]
    except KeyError:
        raise ValueError("no VAT rate for country %r" % country) from None


def vat(amount, country):
    return to_cents(Decimal(amount) * vat_rate(country))
