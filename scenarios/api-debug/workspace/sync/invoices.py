"""Reads the billing export (CSV) and turns each row into a Ledger API invoice."""
import csv
from decimal import Decimal, InvalidOperation


def to_cents(amount):
    """'123.50' -> 12350. Exact (Decimal), never float: 19.99 * 100 is 1998.9999... in float."""
    try:
        return int((Decimal(amount.strip()) * 100).to_integral_value())
    except InvalidOperation:
        raise ValueError("not an amount: %r" % amount)


def to_invoice(row):
    return {
        "number": row["number"].strip(),
        "customer_id": row["customer_id"].strip(),
        "amount_cents": to_cents(row["amount"]),
        "currency": row["currency"].strip().upper(),
        "issued_on": row["issued_on"].strip(),
    }


def load(path):
    """The export's invoices, in file order (blank lines skipped)."""
    with open(path, newline="", encoding="utf-8") as f:
        return [to_invoice(row) for row in csv.DictReader(f) if any((v or "").strip() for v in row.values())]
