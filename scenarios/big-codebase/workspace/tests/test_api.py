import json

from kestrel.api.routes import handle


def test_get_invoice_amounts_are_strings_with_currency_decimals():
    status, body = handle("GET", "/invoices/INV-2024-0117")
    assert status == 200
    data = json.loads(body)
    assert data["total"] == {"value": "13750", "currency": "JPY"}
    assert data["lines"][0]["unit_price"] == {"value": "2500", "currency": "JPY"}


def test_kwd_has_three_decimals():
    data = json.loads(handle("GET", "/invoices/INV-2024-0121")[1])
    assert data["subtotal"]["value"] == "170.250"


def test_unknown_invoice_is_404():
    assert handle("GET", "/invoices/INV-1999-0001")[0] == 404


def test_list_invoices():
    status, body = handle("GET", "/invoices")
    assert status == 200 and "INV-2024-0117" in json.loads(body)
