from shopcfg.export import export_orders

ORDERS = [{"id": "A-1", "amount": "19.99"}, {"id": "A-2", "amount": "5"}]


def test_export_header():
    assert export_orders({"id": "plain"}, []).splitlines() == ["order,amount,currency,vat_included"]


def test_export_swiss_shop_in_francs():
    shop = {"id": "zuerich-tee", "overrides": {"currency": "CHF"}}
    lines = export_orders(shop, ORDERS).splitlines()
    assert lines[1] == "A-1,19.99,CHF,yes"


def test_export_austrian_shop_in_euro():
    shop = {"id": "wien-kaffee", "overrides": {"currency": "EUR"}}
    lines = export_orders(shop, ORDERS).splitlines()
    assert lines[2] == "A-2,5.00,EUR,yes"


def test_export_amounts_are_rounded():
    lines = export_orders({"id": "plain"}, [{"id": "B", "amount": "0.005"}]).splitlines()
    assert lines[1].split(",")[1] == "0.01"
