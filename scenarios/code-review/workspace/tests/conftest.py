import pytest

from inventory import db


@pytest.fixture
def conn():
    c = db.connect()
    db.add_product(c, "LAMP-3", "Desk lamp", 4990, stock=12)
    db.add_product(c, "LAMP-5", "Floor lamp", 8900, stock=3)
    db.add_product(c, "MUG-01", "Stoneware mug", 799, stock=140)
    return c
