"""Request routing for the billing API: (method, path) -> (status, JSON body)."""
import json

from kestrel.api.serializers import invoice_to_dict
from kestrel.core.errors import InvoiceNotFound, KestrelError
from kestrel.storage import repository


def handle(method, path):
    parts = [p for p in path.split("/") if p]
    try:
        if method == "GET" and parts == ["invoices"]:
            return 200, json.dumps([inv.number for inv in repository.list_invoices()])
        if method == "GET" and len(parts) == 2 and parts[0] == "invoices":
            return 200, json.dumps(invoice_to_dict(repository.load_invoice(parts[1])))
    except InvoiceNotFound as e:
        return 404, json.dumps({"error": str(e)})
    except KestrelError as e:
        return 400, json.dumps({"error": str(e)})
    return 404, json.dumps({"error": "no route"})
