#!/usr/bin/env python3
"""Generates own-mistake's databases and logs (deterministic; run from the scenario folder):

  workspace/backups/pre-migrate/app-v5-20240514T091203.db  what migrate.py copied at 09:12:03
  workspace/backups/nightly/app-2024051{3,4}T0200.db       the two nightly copies (older)
  workspace/app.db         Porto's live database now: 0006 ran, so bookings holds only the
                           rows booked since 09:12 (payments are all there)
  workspace/logs/migrate.log, workspace/logs/app.log
  checks/lisbon-v5.db      a hidden version-5 database the checks migrate with the learner's 0006

Prints the true figures for scenario.lua (TRUTH).
"""
import os
import random
import shutil
import sqlite3
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = os.path.join(HERE, "workspace")
MIG = os.path.join(WS, "migrations")
T_MIGRATE = datetime(2024, 5, 14, 9, 12, 3)
T_NOW = datetime(2024, 5, 14, 10, 4, 30)
STATIONS = ["Ribeira", "Campanha", "Foz", "Boavista"]
FIRST = ["ana", "bruno", "carla", "diogo", "eva", "filipe", "gloria", "hugo", "ines", "joao", "kate", "luis",
         "marta", "nuno", "olga", "pedro", "rita", "sara", "tiago", "vera", "wes", "yara", "zoe", "max"]
LAST = ["silva", "santos", "costa", "pereira", "moura", "lopes", "reis", "nunes", "brown", "meyer", "dubois",
        "rossi", "smith", "novak", "garcia"]
DOMAINS = ["example.com", "mail.test", "example.org"]
FMT = "%Y-%m-%d %H:%M:%S"
SLOT = "%Y-%m-%d %H:%M"


def v5_db(path, applied_dates):
    if os.path.exists(path):
        os.remove(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    names = sorted(f for f in os.listdir(MIG) if f.endswith(".sql") and f[:4] <= "0005")
    for name, date in zip(names, applied_dates):
        conn.executescript(open(os.path.join(MIG, name)).read())
        conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (int(name[:4]), name[:-4], date))
    conn.commit()
    return conn


def bikes(conn, n):
    conn.executemany("INSERT INTO bikes VALUES (?, ?, ?)",
                     [(i, "Bike %02d" % i, STATIONS[(i - 1) % len(STATIONS)]) for i in range(1, n + 1)])


class Planner:
    """Slots per bike, so that confirmed bookings never overlap (the app's availability check)."""

    def __init__(self):
        self.busy = {}

    def free(self, bike, s, e):
        return all(not (s < be and e > bs) for bs, be in self.busy.get(bike, []))

    def take(self, bike, s, e):
        self.busy.setdefault(bike, []).append((s, e))


def email(rng):
    return "%s.%s%d@%s" % (rng.choice(FIRST), rng.choice(LAST), rng.randint(1, 99), rng.choice(DOMAINS))


def make_bookings(rng, n, start, end, nbikes, planner, refs, now):
    rows = []
    span = (end - start).total_seconds()
    times = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(n))
    for created in times:
        for _ in range(200):
            bike = rng.randint(1, nbikes)
            day = created.date() + timedelta(days=rng.choice([0, 1, 1, 2, 3, 5, 7, 10, 14, 21]))
            hour = rng.randint(8, 17)
            s = datetime(day.year, day.month, day.day, hour)
            if s <= created:
                continue
            e = s + timedelta(hours=rng.choice([1, 2, 2, 3, 4]))
            if planner.free(bike, s, e):
                break
        else:
            continue
        ref = "BK-%06X" % rng.randint(0, 0xFFFFFF)
        while ref in refs:
            ref = "BK-%06X" % rng.randint(0, 0xFFFFFF)
        refs.add(ref)
        if e <= now:
            status = "cancelled" if rng.random() < 0.08 else "completed"
        else:
            status = "cancelled" if rng.random() < 0.07 else "confirmed"
        if status != "cancelled":
            planner.take(bike, s, e)
        rows.append([ref, email(rng), bike, s.strftime(SLOT), e.strftime(SLOT), created.strftime(FMT), status])
    return rows


def insert_v5(conn, rows, pay_from_id=1):
    conn.executemany("INSERT INTO bookings (ref, customer_email, bike_id, slot_start, slot_end, created_at, status) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def payments_for(rows, rng, first_id):
    out, pid = [], first_id
    for r in rows:
        hours = (datetime.strptime(r[4], SLOT) - datetime.strptime(r[3], SLOT)).seconds // 3600
        paid = datetime.strptime(r[5], FMT) + timedelta(seconds=rng.randint(8, 50))
        out.append((pid, r[0], 650 * hours, paid.strftime(FMT)))
        pid += 1
    return out


def main():
    rng = random.Random(311)
    planner, refs = Planner(), set()
    pre = make_bookings(rng, 1180, datetime(2024, 3, 1, 7), datetime(2024, 5, 14, 1, 58), 24, planner, refs, T_MIGRATE)
    morning = make_bookings(rng, 58, datetime(2024, 5, 14, 2, 3), datetime(2024, 5, 14, 9, 11, 40), 24, planner, refs, T_MIGRATE)
    for r in morning:
        r[6] = "confirmed" if r[6] != "cancelled" else r[6]
    # six older bookings cancelled by their customers this morning (the nightly copies still say confirmed)
    future_confirmed = [r for r in pre if r[6] == "confirmed"]
    cancelled_this_morning = rng.sample(future_confirmed, 6)
    for r in cancelled_this_morning:
        r[6] = "cancelled"
        planner.busy[r[2]].remove((datetime.strptime(r[3], SLOT), datetime.strptime(r[4], SLOT)))
    all_pre = pre + morning
    pays = payments_for(all_pre, rng, 1)

    # ---- after 09:12: the app books into the empty table; six of them land on taken slots
    post = []
    taken_today = [r for r in all_pre if r[6] == "confirmed" and r[3] >= "2024-05-14 10:00" and r[3] < "2024-05-16"]
    doubles = rng.sample(taken_today, 6)
    times = sorted(T_MIGRATE + timedelta(seconds=100 + rng.random() * (T_NOW - T_MIGRATE).total_seconds() - 160)
                   for _ in range(37))
    channels = ["web"] * 20 + ["app"] * 12 + ["phone"] * 5
    rng.shuffle(channels)
    kim_ref = None
    for i, created in enumerate(times):
        if i % 6 == 2 and doubles:
            d = doubles.pop()
            bike, s, e = d[2], datetime.strptime(d[3], SLOT), datetime.strptime(d[4], SLOT)
        else:
            while True:
                bike = rng.randint(1, 24)
                day = datetime(2024, 5, 14) + timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 5]))
                s = day + timedelta(hours=rng.randint(11 if day.day == 14 else 8, 17))
                e = s + timedelta(hours=rng.choice([1, 2, 3]))
                if planner.free(bike, s, e):
                    break
        planner.take(bike, s, e)
        ref = "BK-%06X" % rng.randint(0, 0xFFFFFF)
        while ref in refs:
            ref = "BK-%06X" % rng.randint(0, 0xFFFFFF)
        refs.add(ref)
        post.append([ref, email(rng), bike, s.strftime(SLOT), e.strftime(SLOT), created.strftime(FMT), "confirmed",
                     channels[i]])
    assert not doubles
    post_pays = payments_for(post, rng, len(pays) + 1)

    # ---- the files
    dates = ["2024-02-01 08:00:00", "2024-02-13 17:40:00", "2024-03-05 09:30:00", "2024-04-02 18:10:00",
             "2024-04-22 08:45:00"]
    pre_dir = os.path.join(WS, "backups", "pre-migrate")
    nightly_dir = os.path.join(WS, "backups", "nightly")
    for d in (pre_dir, nightly_dir, os.path.join(WS, "logs"), os.path.join(HERE, "checks")):
        os.makedirs(d, exist_ok=True)

    def snapshot(path, cutoff, cancelled_ok):
        conn = v5_db(path, dates)
        bikes(conn, 24)
        rows = []
        for r in all_pre:
            if r[5] >= cutoff.strftime(FMT):
                continue
            r = list(r)
            if not cancelled_ok and r in [list(c) for c in cancelled_this_morning]:
                r[6] = "confirmed"
            if r[6] == "completed" and r[4] > cutoff.strftime(SLOT):
                r[6] = "confirmed"
            rows.append(r)
        insert_v5(conn, rows)
        conn.executemany("INSERT INTO payments VALUES (?, ?, ?, ?)", [p for p in pays if p[3] < cutoff.strftime(FMT)])
        conn.commit()
        conn.execute("VACUUM")
        conn.close()
        return len(rows)

    n_pre = snapshot(os.path.join(pre_dir, "app-v5-20240514T091203.db"), T_MIGRATE, True)
    n_n14 = snapshot(os.path.join(nightly_dir, "app-20240514T0200.db"), datetime(2024, 5, 14, 2, 0), False)
    n_n13 = snapshot(os.path.join(nightly_dir, "app-20240513T0200.db"), datetime(2024, 5, 13, 2, 0), False)
    for p, t in ((os.path.join(nightly_dir, "app-20240514T0200.db"), datetime(2024, 5, 14, 2, 0, 4)),
                 (os.path.join(nightly_dir, "app-20240513T0200.db"), datetime(2024, 5, 13, 2, 0, 3)),
                 (os.path.join(pre_dir, "app-v5-20240514T091203.db"), T_MIGRATE)):
        os.utime(p, (t.timestamp(), t.timestamp()))

    live = os.path.join(WS, "app.db")
    shutil.copy(os.path.join(pre_dir, "app-v5-20240514T091203.db"), live)
    conn = sqlite3.connect(live, isolation_level=None)
    conn.execute("BEGIN")
    stmt = ""
    for line in open(os.path.join(MIG, "0006_booking_channel.sql")):
        stmt += line
        if sqlite3.complete_statement(stmt):
            conn.execute(stmt)
            stmt = ""
    conn.execute("INSERT INTO schema_migrations VALUES (6, '0006_booking_channel', '2024-05-14 09:12:03')")
    conn.execute("COMMIT")
    conn.executemany("INSERT INTO bookings (ref, customer_email, bike_id, slot_start, slot_end, created_at, status, channel) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", post)
    conn.executemany("INSERT INTO payments VALUES (?, ?, ?, ?)", post_pays)
    conn.execute("VACUUM")
    conn.close()

    # ---- logs
    with open(os.path.join(WS, "logs", "migrate.log"), "w") as f:
        for when, what in [
            ("2024-04-22 08:45:01", "database app.db at version 4"),
            ("2024-04-22 08:45:01", "applying 0005_index_payments_booking.sql"),
            ("2024-04-22 08:45:01", "applied 0005_index_payments_booking.sql (0.03 s)"),
            ("2024-04-22 08:45:01", "database app.db at version 5"),
            ("2024-05-14 09:12:03", "database app.db at version 5"),
            ("2024-05-14 09:12:03", "backup written to backups/pre-migrate/app-v5-20240514T091203.db"),
            ("2024-05-14 09:12:03", "applying 0006_booking_channel.sql"),
            ("2024-05-14 09:12:03", "applied 0006_booking_channel.sql (0.02 s)"),
            ("2024-05-14 09:12:03", "database app.db at version 6"),
        ]:
            f.write("%s migrate: %s\n" % (when, what))
    events = []
    for r in morning:
        if r[5] >= "2024-05-14 06:00":
            events.append((r[5], "POST /bookings bike=%d slot=%s ref=%s channel=web -> 201" % (r[2], r[3], r[0])))
    for r in post:
        events.append((r[5], "POST /bookings bike=%d slot=%s ref=%s channel=%s -> 201" % (r[2], r[3], r[0], r[7])))
    people = [r for r in all_pre if r[6] == "confirmed"]
    t = datetime(2024, 5, 14, 6, 0)
    while t < T_NOW:
        t += timedelta(seconds=rng.randint(40, 260))
        who = rng.choice(people)
        mine = sum(1 for r in people if r[1] == who[1]) if t < T_MIGRATE else \
            sum(1 for r in post if r[1] == who[1])
        events.append((t.strftime(FMT), "GET /my-bookings user=%s -> 200 (%d bookings)" % (who[1], mine)))
    events.append(("2024-05-14 09:12:03", "sqlite: schema changed (migration), reconnecting"))
    events.sort()
    with open(os.path.join(WS, "logs", "app.log"), "w") as f:
        for when, what in events:
            f.write("%s app: %s\n" % (when, what))

    # ---- hidden: Lisbon, still at version 5
    lrng = random.Random(1755)
    lplanner, lrefs = Planner(), set(refs)
    lis = make_bookings(lrng, 420, datetime(2024, 3, 10, 7), datetime(2024, 5, 14, 9, 0), 16, lplanner, lrefs, T_MIGRATE)
    conn = v5_db(os.path.join(HERE, "checks", "lisbon-v5.db"), dates)
    bikes(conn, 16)
    insert_v5(conn, lis)
    conn.executemany("INSERT INTO payments VALUES (?, ?, ?, ?)", payments_for(lis, lrng, 1))
    conn.commit()
    conn.execute("VACUUM")
    conn.close()

    # ---- figures
    upcoming = [r for r in all_pre if r[6] == "confirmed" and r[3] >= T_MIGRATE.strftime(SLOT)]
    dbl, pairs = 0, []
    for p in post:
        for r in all_pre:
            if r[6] == "confirmed" and r[2] == p[2] and r[3] < p[4] and r[4] > p[3]:
                dbl += 1
                pairs.append('{ "%s", "%s" }' % (p[0], r[0]))
                break
    print("pre-migration bookings (lost by 0006): %d" % n_pre)
    print("of them confirmed, upcoming at 09:12: %d" % len(upcoming))
    print("booked since 09:12: %d (channels %s)" % (len(post), {c: channels.count(c) for c in set(channels)}))
    print("double bookings: %d: %s" % (dbl, ", ".join(pairs)))
    print("nightly 05-14 02:00: %d rows, 05-13 02:00: %d rows; booked between 02:00 and 09:12: %d" % (n_n14, n_n13, len(morning)))
    print("payments: %d before 09:12, %d since" % (len(pays), len(post_pays)))
    print("lisbon: %d bookings" % len(lis))
    print("customers with a vanished upcoming booking: %d" % len({r[1] for r in upcoming}))


if __name__ == "__main__":
    main()
