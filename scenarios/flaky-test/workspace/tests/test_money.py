from shopcfg.money import cents, format_price

DE = {"currency": "EUR", "locale": "de_DE"}
US = {"currency": "USD", "locale": "en_US"}


def test_cents_round_half_up():
    assert str(cents("2.675")) == "2.68"


def test_german_format():
    assert format_price("1234.5", DE) == "1.234,50 €"


def test_us_format():
    assert format_price("1234.5", US) == "$1,234.50"


def test_small_amount():
    assert format_price("0.5", DE) == "0,50 €"


def test_unknown_currency_uses_its_code():
    assert format_price("10", {"currency": "SEK", "locale": "sv_SE"}) == "$10.00".replace("$", "SEK")
