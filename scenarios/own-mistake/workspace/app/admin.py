"""The staff admin page: today's bookings per station."""
from . import db


def todays_bookings(conn, day):
    return conn.execute(
        "SELECT b.ref, b.customer_email, k.name AS bike, k.station, b.slot_start, b.slot_end, b.status "
        "FROM bookings b JOIN bikes k ON k.id = b.bike_id "
        "WHERE substr(b.slot_start, 1, 10) = ? ORDER BY k.station, b.slot_start", (day,)).fetchall()
