"""Delivery promises: the date we show the customer at checkout and on the tracking page.

A carrier needs TRANSIT_DAYS business days from the day it gets the parcel. Parcels handed over
at or after the cutoff (15:00 UTC) leave the next day. Carriers deliver Monday to Friday only,
never on a holiday.
"""
from datetime import date, datetime, timedelta

TRANSIT_DAYS = {"RoadRunner": 1, "ParcelNow": 2, "SwiftPost": 3, "Cargola": 5}
CUTOFF_HOUR = 15
HOLIDAYS = frozenset({date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)})


def is_business_day(day: date, holidays=HOLIDAYS) -> bool:
    """True on the days carriers deliver."""
    return day.weekday() < 6 and day not in holidays


def add_business_days(start: date, days: int, holidays=HOLIDAYS) -> date:
    """The business day `days` business days after `start` (start itself does not count)."""
    if days < 0:
        raise ValueError(f"days must not be negative, got {days}")
    day = start
    while days > 0:
        day += timedelta(days=1)
        if is_business_day(day, holidays):
            days -= 1
    return day


def promised_date(shipped_at: datetime, carrier: str, holidays=HOLIDAYS) -> date:
    """The delivery date we promise for a parcel handed to `carrier` at `shipped_at` (UTC)."""
    if carrier not in TRANSIT_DAYS:
        raise ValueError(f"unknown carrier {carrier!r}")
    start = shipped_at.date()
    if shipped_at.hour >= CUTOFF_HOUR:
        start += timedelta(days=1)
    return add_business_days(start, TRANSIT_DAYS[carrier], holidays)
