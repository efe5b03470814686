from inventory import db


def test_get_product(conn):
    assert db.get_product(conn, "MUG-01")["price_cents"] == 799


def test_unknown_product_is_none(conn):
    assert db.get_product(conn, "NOPE") is None
