"""Plain-text invoices: the document the PDF service prints and e-mails to the customer."""
from kestrel.core.dates import due_date
from kestrel.core.formatting import format_date, format_money, format_percent
from kestrel.invoices.tax import vat_by_rate

WIDTH = 56


def _amount_line(label, minor, currency):
    """One line of the invoice: the label on the left, the amount right-aligned."""
    amount = format_money(minor, currency)
    return f"{label}{amount:>{WIDTH - len(label)}}"


def render_invoice(invoice):
    out = [
        f"INVOICE {invoice.number}",
        f"Customer: {invoice.customer}",
        f"Issued: {format_date(invoice.issued)}",
        f"Due: {format_date(due_date(invoice.issued, invoice.terms_days))}",
        "",
    ]
    for line in invoice.lines:
        out.append(_amount_line(f"{line.quantity} x {line.description}", line.net(), invoice.currency))
    out.append("")
    out.append(_amount_line("Subtotal", invoice.subtotal(), invoice.currency))
    for rate, vat in vat_by_rate(invoice):
        out.append(_amount_line(f"VAT {format_percent(rate)}", vat, invoice.currency))
    out.append(_amount_line("Total", invoice.total(), invoice.currency))
    return "\n".join(out) + "\n"
