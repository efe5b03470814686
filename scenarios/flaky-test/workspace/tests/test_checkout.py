from shopcfg.checkout import summary

DEFAULT_SHOP = {"id": "kaffee-koenig"}


def test_default_shop_pays_in_euro():
    result = summary(DEFAULT_SHOP, [("12.50", 2)])
    assert result["total"] == "29,90 €"


def test_free_shipping_from_fifty():
    assert summary(DEFAULT_SHOP, [("25.00", 2)])["shipping_amount"] == 0


def test_shipping_fee_just_below_threshold():
    assert str(summary(DEFAULT_SHOP, [("49.99", 1)])["shipping_amount"]) == "4.90"


def test_totals_add_up():
    result = summary(DEFAULT_SHOP, [("3.10", 3), ("1.05", 2)])
    assert str(result["total_amount"]) == "16.30"


def test_shop_that_sets_euro_explicitly():
    shop = {"id": "berlin-baeckerei", "overrides": {"currency": "EUR", "free_shipping_from": "50.00"}}
    assert summary(shop, [("5.00", 1)])["total"] == "9,90 €"
