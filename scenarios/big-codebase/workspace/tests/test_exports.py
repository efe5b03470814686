from kestrel.exports.csv_export import export_invoices


def test_export_uses_currency_decimals(load_invoice):
    csv_text = export_invoices([load_invoice("INV-2024-0098"), load_invoice("INV-2024-0117"),
                                load_invoice("INV-2024-0121")])
    rows = csv_text.splitlines()
    assert rows[0] == "number,customer,currency,issued,net,vat,total"
    assert rows[1] == "INV-2024-0098,Brightwater GmbH,EUR,2024-02-12,1438.00,273.22,1711.22"
    assert rows[2] == "INV-2024-0117,Hoshino Design K.K.,JPY,2024-03-01,12500,1250,13750"
    assert rows[3] == "INV-2024-0121,Al-Sabah Trading Co.,KWD,2024-03-04,170.250,0.000,170.250"
