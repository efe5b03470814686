from billing.invoice import invoice_total, summary


def test_total_sums_lines():
    assert invoice_total([(2, 1250), (1, 499)]) == 2999


def test_empty_invoice_is_zero():
    assert invoice_total([]) == 0


def test_summary_in_euros():
    invoice = {"number": "2024-0113", "lines": [(2, 1250), (1, 499)]}
    assert summary(invoice) == "Invoice 2024-0113: 29.99 EUR"
