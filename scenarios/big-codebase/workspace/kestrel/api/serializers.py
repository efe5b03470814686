"""JSON shapes of the billing API. Amounts are strings in major units ("12.50"), never floats."""
from kestrel.core.money import to_decimal


def amount(minor, currency):
    return {"value": str(to_decimal(minor, currency)), "currency": currency}


def invoice_to_dict(inv):
    return {
        "number": inv.number,
        "customer": inv.customer,
        "issued": inv.issued.isoformat(),
        "terms_days": inv.terms_days,
        "subtotal": amount(inv.subtotal(), inv.currency),
        "vat": amount(inv.vat(), inv.currency),
        "total": amount(inv.total(), inv.currency),
        "lines": [{"description": l.description, "quantity": l.quantity,
                   "unit_price": amount(l.unit_price, inv.currency), "vat_percent": str(l.vat_percent)}
                  for l in inv.lines],
    }
