from kestrel.invoices.tax import vat_by_rate


def test_vat_per_rate(make_invoice):
    inv = make_invoice(lines=((2, 1050, "19"), (1, 2500, "7"), (1, 1000, "19")))
    assert [(str(rate), vat) for rate, vat in vat_by_rate(inv)] == [("7", 175), ("19", 589)]


def test_total_is_net_plus_vat(make_invoice):
    inv = make_invoice(lines=((3, 3333, "19"),))
    assert inv.total() == 9999 + 1900
