"""Generates workspace/data/shipments.csv for day-at-work (deterministic; run from the scenario
folder: python3 tools/gen_data.py). The file is the shipment status log as the nightly import
writes it: one row per status change, oldest first, with the importer's occasional double
writes. The traps the checks know about: a parcel appears once per status (the last row wins),
some rows are written twice, deliveries late on the promised day are on time, and September is
judged by the delivery date, not the ship date."""
import csv
import random
from datetime import date, datetime, timedelta

NOW = datetime(2024, 10, 9, 10, 40)
CARRIERS = {"RoadRunner": 1, "ParcelNow": 2, "SwiftPost": 3, "Cargola": 5}
LATE_RATE = {"RoadRunner": 0.06, "ParcelNow": 0.10, "SwiftPost": 0.17, "Cargola": 0.27}
CUSTOMERS = ["Brightmart", "Nordhaus", "Kettle & Co", "Lumio", "Fernway"]
CUTOFF_HOUR = 15


def add_business_days(start, days):
    d = start
    while days > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            days -= 1
    return d


def promised(shipped, carrier):
    start = shipped.date() + timedelta(days=1) if shipped.hour >= CUTOFF_HOUR else shipped.date()
    return add_business_days(start, CARRIERS[carrier])


def at(d, hour, minute):
    return datetime(d.year, d.month, d.day, hour, minute)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    rnd = random.Random(88)
    events = []
    first = date(2024, 8, 19)
    for n in range(430):
        pid = "S-%05d" % (10001 + n)
        customer = rnd.choices(CUSTOMERS, weights=[3, 2, 2, 2, 1])[0]
        carrier = rnd.choice(list(CARRIERS))
        day = first + timedelta(days=rnd.randrange(51))
        while day.weekday() == 6:
            day += timedelta(days=1)
        shipped = at(day, rnd.randrange(7, 19), rnd.randrange(60))
        if shipped >= NOW:
            continue
        prom = promised(shipped, carrier)
        base = {"id": pid, "customer": customer, "carrier": carrier, "shipped_at": iso(shipped),
                "promised_at": prom.isoformat()}
        events.append((shipped, dict(base, delivered_at="", status="in_transit")))
        if rnd.random() < 0.04:
            events.append((shipped + timedelta(hours=rnd.randrange(1, 20)), dict(base, delivered_at="", status="cancelled")))
            continue
        if rnd.random() < LATE_RATE[carrier]:
            ddate = add_business_days(prom, rnd.choice([1, 1, 1, 2, 3]))
        else:
            ddate = prom - timedelta(days=rnd.choice([0, 0, 0, 0, 0, 1])) if prom - timedelta(days=1) > shipped.date() else prom
            while ddate.weekday() >= 5:
                ddate -= timedelta(days=1)
            if ddate < shipped.date():
                ddate = prom
        hour = rnd.choice([9, 10, 11, 13, 14, 16, 17, 18, 19, 21, 22])
        delivered = at(ddate, hour, rnd.randrange(60))
        if delivered <= shipped:
            delivered = shipped + timedelta(hours=20)
        if delivered < NOW:
            events.append((delivered, dict(base, delivered_at=iso(delivered), status="delivered")))
    # a few deliveries right at the month's edges, where the ship month and the delivery month differ
    events.sort(key=lambda e: (e[0], e[1]["id"]))
    rows = []
    for _, row in events:
        rows.append(row)
        if rnd.random() < 0.035:
            rows.append(dict(row))   # the importer's retry writes the same row again
    fields = ["id", "customer", "carrier", "shipped_at", "promised_at", "delivered_at", "status"]
    with open("workspace/data/shipments.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(len(rows), "rows")


main()
