"""The monthly CSV export finance imports into the ledger: one row per invoice, amounts in major units."""
import csv
import io

from kestrel.core.money import to_decimal

HEADER = ["number", "customer", "currency", "issued", "net", "vat", "total"]


def export_invoices(invoices):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(HEADER)
    for inv in invoices:
        c = inv.currency
        w.writerow([inv.number, inv.customer, c, inv.issued.isoformat(),
                    to_decimal(inv.subtotal(), c), to_decimal(inv.vat(), c), to_decimal(inv.total(), c)])
    return out.getvalue()
