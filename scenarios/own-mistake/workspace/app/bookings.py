"""Creating and listing bookings (the booking form and the 'My bookings' page)."""
import secrets
from datetime import datetime

from . import db

CHANNELS = ("web", "app", "phone")


class Unavailable(Exception):
    pass


def is_available(conn, bike_id, slot_start, slot_end):
    """True when no confirmed booking of this bike overlaps [slot_start, slot_end)."""
    row = conn.execute(
        "SELECT 1 FROM bookings WHERE bike_id = ? AND status = 'confirmed' "
        "AND slot_start < ? AND slot_end > ? LIMIT 1", (bike_id, slot_end, slot_start)).fetchone()
    return row is None


def create_booking(conn, email, bike_id, slot_start, slot_end, channel="web"):
    if db.in_maintenance():
        raise Unavailable("the shop is in maintenance, try again shortly")
    if channel not in CHANNELS:
        raise ValueError("unknown channel %r" % channel)
    if not is_available(conn, bike_id, slot_start, slot_end):
        raise Unavailable("bike %d is already booked then" % bike_id)
    ref = "BK-" + secrets.token_hex(3).upper()
    conn.execute(
        "INSERT INTO bookings (ref, customer_email, bike_id, slot_start, slot_end, created_at, status, channel) "
        "VALUES (?, ?, ?, ?, ?, ?, 'confirmed', ?)",
        (ref, email, bike_id, slot_start, slot_end, datetime.utcnow().strftime("%Y-%m-%d %H:%M:%S"), channel))
    return ref


def my_bookings(conn, email):
    return conn.execute("SELECT * FROM bookings WHERE customer_email = ? ORDER BY slot_start",
                        (email,)).fetchall()
