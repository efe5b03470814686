from datetime import date

from kestrel.invoices.render import render_invoice


def amount_on(text, label):
    line = next(l for l in text.splitlines() if l.startswith(label))
    return line[len(label):].strip()


def test_invoice_header(load_invoice):
    text = render_invoice(load_invoice("INV-2024-0098"))
    assert text.startswith("INVOICE INV-2024-0098\nCustomer: Brightwater GmbH\n")
    assert "Issued: 12 February 2024" in text
    assert "Due: 13 March 2024" in text


def test_invoice_amounts_euro(load_invoice):
    text = render_invoice(load_invoice("INV-2024-0098"))
    assert amount_on(text, "Subtotal") == "EUR 1,438.00"
    assert amount_on(text, "VAT 19%") == "EUR 273.22"
    assert amount_on(text, "Total") == "EUR 1,711.22"


def test_amounts_are_right_aligned(make_invoice):
    text = render_invoice(make_invoice(lines=((1, 100, "0"),), issued=date(2024, 1, 2)))
    widths = {len(l) for l in text.splitlines() if "EUR" in l}
    assert widths == {56}


def test_invoice_total_jpy(load_invoice):
    """BILL-231: Hoshino Design paid JPY 13,750; their invoice said JPY 137.50."""
    text = render_invoice(load_invoice("INV-2024-0117"))
    assert amount_on(text, "Total") == "JPY 13,750"
