"""Money helpers of the v1 service: formatting amounts for documents and parsing typed amounts."""


def fmt_amount(cents, currency="EUR"):
    """Amount for documents: fmt_amount(123450) -> 'EUR 1,234.50'."""
    return "%s %s" % (currency, "{:,.2f}".format(cents / 100.0))


def parse_amount(text):
    """'1,234.50' -> 123450 (cents)."""
    return int(round(float(text.replace(",", "")) * 100))
