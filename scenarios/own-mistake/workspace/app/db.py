"""The booking database: one SQLite file per shop (app.db for Porto)."""
import os
import sqlite3

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DB = os.environ.get("PEDAL_DB", os.path.join(HERE, "app.db"))
MAINTENANCE_FLAG = os.path.join(HERE, "ops", "MAINTENANCE")


def connect():
    conn = sqlite3.connect(DB)
    conn.row_factory = sqlite3.Row
    return conn


def in_maintenance():
    """The site shows 'back soon' and takes no bookings while ops/MAINTENANCE exists."""
    return os.path.exists(MAINTENANCE_FLAG)
