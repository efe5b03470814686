#!/usr/bin/env python3
"""Builds workspace/shop.db for data-question (deterministic: a fixed LCG, no `random`).

Orders from 2023-12-01 to 2024-03-12 (UTC), 4 regions, statuses paid/refunded/cancelled.
Traps for February 2024: orders on 29 Feb after midnight (a `BETWEEN '2024-02-01' AND
'2024-02-29'` drops them), orders in the first minutes of 1 Mar, refunded and cancelled orders,
and a region with no customers (must still appear, with 0.00).
Run: python3 tools/gen_db.py workspace/shop.db
"""
import sqlite3
import sys
from datetime import datetime, timedelta

state = 20240212


def rnd(n):
    """Deterministic integer in [0, n)."""
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state % n


path = sys.argv[1]
db = sqlite3.connect(path)
db.executescript("""
DROP TABLE IF EXISTS order_items; DROP TABLE IF EXISTS orders;
DROP TABLE IF EXISTS customers; DROP TABLE IF EXISTS regions; DROP TABLE IF EXISTS products;
CREATE TABLE regions (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL,
                        region_id INTEGER NOT NULL REFERENCES regions(id), created_at TEXT NOT NULL);
CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                       price_cents INTEGER NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
                     ordered_at TEXT NOT NULL,      -- UTC, 'YYYY-MM-DD HH:MM:SS'
                     status TEXT NOT NULL CHECK (status IN ('paid', 'refunded', 'cancelled')),
                     total_cents INTEGER NOT NULL); -- incl. VAT, after discounts, in euro cents
CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES orders(id),
                          product_id INTEGER NOT NULL REFERENCES products(id),
                          quantity INTEGER NOT NULL, unit_price_cents INTEGER NOT NULL);
CREATE INDEX orders_ordered_at ON orders(ordered_at);
""")
regions = ["North", "South", "East", "West", "Islands"]   # Islands: launches next quarter, no customers yet
db.executemany("INSERT INTO regions VALUES (?, ?)", list(enumerate(regions, 1)))
products = [("LAMP-3", "Desk lamp", 4990), ("MUG-01", "Stoneware mug", 799), ("TEA-12", "Loose tea 250 g", 450),
            ("DESK-7", "Standing desk", 38900), ("CHAIR-2", "Task chair", 21900), ("BULB-9", "LED bulb", 599),
            ("RUG-4", "Wool rug", 12900), ("SHELF-1", "Wall shelf", 5900)]
db.executemany("INSERT INTO products VALUES (?, ?, ?, ?)", [(i, *p) for i, p in enumerate(products, 1)])
first = ["Ana", "Ben", "Chloe", "Dev", "Emil", "Fatima", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Luca",
         "Mila", "Noah", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tara"]
last = ["Berg", "Costa", "Dahl", "Evans", "Fox", "Groot", "Hale", "Ito", "Jansen", "Kowal"]
customers = []
for cid in range(1, 181):
    name = f"{first[rnd(len(first))]} {last[rnd(len(last))]}"
    region = 1 + rnd(4)   # never Islands
    customers.append((cid, name, f"c{cid}@example.org", region, f"2023-{1 + rnd(11):02d}-{1 + rnd(28):02d} 10:00:00"))
db.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?)", customers)

orders, items = [], []
start = datetime(2023, 12, 1)
end = datetime(2024, 3, 12, 9, 0)
t = start
oid = 0


def add_order(when, cid=None, status=None):
    global oid
    oid += 1
    cid = cid or 1 + rnd(180)
    total = 0
    for _ in range(1 + rnd(3)):
        pid = 1 + rnd(len(products))
        q = 1 + rnd(3)
        price = products[pid - 1][2]
        items.append((oid, pid, q, price))
        total += q * price
    if rnd(5) == 0:
        total = total * 90 // 100   # coupon
    if status is None:
        r = rnd(100)
        status = "refunded" if r < 7 else "cancelled" if r < 12 else "paid"
    orders.append((oid, cid, when.strftime("%Y-%m-%d %H:%M:%S"), status, total))


while t < end:
    t += timedelta(minutes=40 + rnd(200))
    if t < end:
        add_order(t)
# the edges of February
for when, st in [("2024-01-31 23:58:10", "paid"), ("2024-02-01 00:00:00", "paid"), ("2024-02-01 00:03:41", "paid"),
                 ("2024-02-29 00:00:00", "paid"), ("2024-02-29 08:15:00", "paid"), ("2024-02-29 13:40:22", "paid"),
                 ("2024-02-29 19:05:09", "refunded"), ("2024-02-29 23:59:59", "paid"),
                 ("2024-03-01 00:00:00", "paid"), ("2024-03-01 00:12:30", "paid")]:
    add_order(datetime.strptime(when, "%Y-%m-%d %H:%M:%S"), status=st)
orders.sort(key=lambda o: o[2])
# renumber in time order, keeping items attached
remap = {o[0]: i for i, o in enumerate(orders, 1)}
orders = [(remap[o[0]], *o[1:]) for o in orders]
items = [(remap[i[0]], *i[1:]) for i in items]
db.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?)", orders)
db.executemany("INSERT INTO order_items VALUES (?, ?, ?, ?)", sorted(items))
db.commit()
db.execute("VACUUM")
db.close()
