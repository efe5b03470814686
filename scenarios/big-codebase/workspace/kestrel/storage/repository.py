"""File-backed repository: invoices in data/invoices/<number>.json, payments in data/payments/."""
import json

from kestrel.config import data_dir
from kestrel.core.errors import InvoiceNotFound
from kestrel.invoices.models import Invoice
from kestrel.payments.models import Payment


def load_invoice(number):
    path = data_dir() / "invoices" / f"{number}.json"
    if not path.is_file():
        raise InvoiceNotFound(number)
    return Invoice.from_dict(json.loads(path.read_text(encoding="utf-8")))


def list_invoices():
    return [Invoice.from_dict(json.loads(p.read_text(encoding="utf-8")))
            for p in sorted((data_dir() / "invoices").glob("*.json"))]


def payments_for(number):
    raw = json.loads((data_dir() / "payments" / "payments.json").read_text(encoding="utf-8"))
    return [Payment.from_dict(p) for p in raw if p["invoice_number"] == number]
