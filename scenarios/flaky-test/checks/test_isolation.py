"""Hidden tests (never in the learner's workspace): one shop's settings must never leak into
another's, in any order, within one process, as they would in production."""
from shopcfg.checkout import summary
from shopcfg.export import export_orders
from shopcfg.settings import load_defaults, settings_for


def test_an_override_does_not_change_the_next_shop():
    assert settings_for({"id": "a", "overrides": {"currency": "CHF", "shipping_fee": "7.00"}})["currency"] == "CHF"
    plain = settings_for({"id": "b"})
    assert plain["currency"] == "EUR"
    assert plain["shipping_fee"] == "4.90"


def test_the_defaults_stay_the_defaults():
    settings_for({"id": "c", "overrides": {"locale": "en_GB", "currency": "GBP"}})
    assert load_defaults()["currency"] == "EUR"
    assert load_defaults()["locale"] == "de_DE"


def test_changing_returned_settings_does_not_leak():
    mine = settings_for({"id": "d"})
    mine["currency"] = "USD"
    assert settings_for({"id": "e"})["currency"] == "EUR"


def test_overrides_still_apply():
    s = settings_for({"id": "f", "overrides": {"currency": "CHF"}})
    assert s["currency"] == "CHF"
    assert s["locale"] == "de_DE"
    assert s["free_shipping_from"] == "50.00"


def test_interleaved_requests():
    export_orders({"id": "g", "overrides": {"currency": "CHF", "prices_include_vat": False}}, [{"id": "1", "amount": "1"}])
    assert summary({"id": "h"}, [("12.50", 2)])["total"] == "29,90 €"
    line = export_orders({"id": "i"}, [{"id": "2", "amount": "3"}]).splitlines()[1]
    assert line == "2,3.00,EUR,yes"
