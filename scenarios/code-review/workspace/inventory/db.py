"""SQLite access for the product catalogue."""

import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    price_cents INTEGER NOT NULL,
    stock INTEGER NOT NULL DEFAULT 0
);
"""


def connect(path: str = ":memory:") -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    conn.executescript(SCHEMA)
    return conn


def add_product(conn, sku: str, name: str, price_cents: int, stock: int = 0) -> None:
    conn.execute(
        "INSERT INTO products (sku, name, price_cents, stock) VALUES (?, ?, ?, ?)",
        (sku, name, price_cents, stock),
    )


def get_product(conn, sku: str):
    return conn.execute("SELECT * FROM products WHERE sku = ?", (sku,)).fetchone()
