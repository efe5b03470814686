"""The expenses database (SQLite)."""
import os
import sqlite3

DEFAULT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "demo.db")


def connect(path=None):
    conn = sqlite3.connect(path or DEFAULT)
    conn.row_factory = sqlite3.Row
    return conn
