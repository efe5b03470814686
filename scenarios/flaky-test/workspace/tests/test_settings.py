from shopcfg.settings import load_defaults, settings_for


def test_defaults_are_german():
    defaults = load_defaults()
    assert defaults["locale"] == "de_DE"
    assert defaults["prices_include_vat"] is True


def test_shop_without_overrides_gets_the_defaults():
    assert settings_for({"id": "plain"})["free_shipping_from"] == "50.00"


def test_override_replaces_one_value():
    settings = settings_for({"id": "own-support", "overrides": {"support_email": "help@own.example"}})
    assert settings["support_email"] == "help@own.example"
    assert settings["shipping_fee"] == "4.90"
