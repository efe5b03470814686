from datetime import date, datetime

import pytest

from svc.eta import add_business_days, promised_date


def test_two_business_days_midweek():
    # Monday -> Wednesday
    assert add_business_days(date(2024, 10, 7), 2) == date(2024, 10, 9)


def test_parcelnow_before_cutoff():
    # handed over Tuesday 09:30, two business days -> Thursday
    assert promised_date(datetime(2024, 10, 8, 9, 30), "ParcelNow") == date(2024, 10, 10)


def test_after_cutoff_leaves_next_day():
    # Monday 16:00 is after the cutoff: counts from Tuesday, one business day -> Wednesday
    assert promised_date(datetime(2024, 10, 7, 16, 0), "RoadRunner") == date(2024, 10, 9)


def test_holidays_are_skipped():
    # Tuesday + 1 business day, Wednesday is a holiday -> Thursday
    assert add_business_days(date(2024, 12, 24), 1, holidays={date(2024, 12, 25)}) == date(2024, 12, 26)


def test_unknown_carrier():
    with pytest.raises(ValueError):
        promised_date(datetime(2024, 10, 7, 9, 0), "Pigeon")
