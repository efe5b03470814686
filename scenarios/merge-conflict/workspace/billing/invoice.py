"""Invoice totals and the summary line printed on customer statements.

Amounts are integers in cents.
"""


def invoice_total(lines):
    """Sum of quantity * unit price (cents) over the invoice lines."""
    return sum(qty * unit_cents for qty, unit_cents in lines)


def summary(invoice):
    """One line for the customer statement."""
    total = invoice_total(invoice["lines"])
    return "Invoice %s: %d.%02d EUR" % (invoice["number"], total // 100, total % 100)
