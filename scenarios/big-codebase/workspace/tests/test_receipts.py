from datetime import date

from kestrel.payments.models import Payment
from kestrel.receipts.email import receipt_email


def test_receipt_subject_and_body():
    pay = Payment("P-1", "INV-2024-0098", 171122, "EUR", date(2024, 3, 6), "sepa")
    subject, body = receipt_email(pay, "Brightwater GmbH")
    assert subject == "Payment received: EUR 1,711.22 for INV-2024-0098"
    assert "your payment of EUR 1,711.22 by SEPA transfer on 6 March 2024" in body


def test_unknown_method_is_shown_as_is():
    pay = Payment("P-2", "INV-2024-0098", 100, "EUR", date(2024, 3, 6), "cheque")
    assert "by cheque" in receipt_email(pay, "X")[1]
