from sync.invoices import load, to_cents, to_invoice


def test_cents_are_exact():
    assert to_cents("19.99") == 1999
    assert to_cents("0.10") == 10
    assert to_cents("1500") == 150000


def test_row_becomes_ledger_invoice():
    row = {"number": " INV-2030", "customer_id": "C-1177 ", "amount": "240.00", "currency": "eur",
           "issued_on": "2024-03-12"}
    assert to_invoice(row) == {"number": "INV-2030", "customer_id": "C-1177", "amount_cents": 24000,
                               "currency": "EUR", "issued_on": "2024-03-12"}


def test_credit_notes_keep_their_sign():
    row = {"number": "INV-2037", "customer_id": "C-1042", "amount": "-45.00", "currency": "EUR",
           "issued_on": "2024-03-13"}
    assert to_invoice(row)["amount_cents"] == -4500


def test_export_loads_in_file_order(tmp_path):
    f = tmp_path / "export.csv"
    f.write_text("number,customer_id,amount,currency,issued_on\n"
                 "INV-1,C-1,1.00,EUR,2024-03-01\n\nINV-2,C-2,2.00,EUR,2024-03-02\n")
    assert [i["number"] for i in load(str(f))] == ["INV-1", "INV-2"]
