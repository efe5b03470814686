"""VAT on invoices: the breakdown per rate that the invoice prints (EU rules: VAT per line, rounded half up)."""


def vat_by_rate(invoice):
    """[(rate, vat in minor units)] sorted by rate, one entry per distinct VAT rate on the invoice."""
    totals = {}
    for line in invoice.lines:
        totals[line.vat_percent] = totals.get(line.vat_percent, 0) + line.vat()
    return sorted(totals.items())
