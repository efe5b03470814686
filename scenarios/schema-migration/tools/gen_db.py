#!/usr/bin/env python3
"""Generates the schema-migration databases (deterministic): workspace/dev.db (small),
workspace/data/prod-snapshot.db (the production snapshot) and checks/prod2.db (hidden, larger,
other edge cases and id ranges). Each is built with the workspace's own migrate.py up to 0003.
Prints the snapshot's true figures for scenario.lua (SNAPSHOT) and the files' sha256.

    python3 tools/gen_db.py            (from the scenario folder)
"""
import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, "checks"))
import truth  # noqa: E402

FIRST = ["Anna", "Ben", "Chloe", "David", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaja", "Liam",
         "Mona", "Nils", "Olga", "Pavel", "Rosa", "Sami", "Tara", "Umut", "Vera", "Wim", "Yara", "Zoe"]
LAST = ["Berg", "Costa", "Dahl", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanova", "Jensen", "Kowalski",
        "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka", "Weber"]
DOMAINS = ["example.com", "mail.test", "post.example.org", "inbox.example.net"]
PRODUCTS = [("SKU-%03d" % i, "Product %d" % i, 500 + 137 * i % 9000) for i in range(1, 31)]


def make_db(path, rng, n_people, n_orders, first_id, hidden):
    if os.path.exists(path):
        os.remove(path)
    sqlite3.connect(path).close()
    subprocess.run([sys.executable, os.path.join(HERE, "workspace", "migrate.py"), "--db", path], check=True,
                   capture_output=True)
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO products (sku, name, price_cents) VALUES (?, ?, ?)", PRODUCTS)
    people = []
    seen = set()
    while len(people) < n_people:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = "%s.%s%d@%s" % (first.lower(), last.lower(), rng.randint(1, 99), rng.choice(DOMAINS))
        if email in seen:
            continue
        seen.add(email)
        names = [first + " " + last]
        if rng.random() < 0.15:                      # renamed or corrected later
            names.append(first + " " + rng.choice(LAST))
        if rng.random() < 0.08:
            names.append(first[0] + ". " + last)
        people.append((email, names))
    blank_only = set(rng.sample(range(n_people), max(1, n_people // 60))) if hidden else set()
    no_email = ["n/a", "-", "", "   ", None] + (["NONE", "unknown", "no email", "phone order"] if hidden else [])
    oid = first_id
    for _ in range(n_orders):
        oid += rng.randint(1, 3) if hidden else 1
        y = rng.choice([2019, 2020, 2021, 2022, 2023, 2024])
        placed = "%d-%02d-%02d %02d:%02d:%02d" % (y, rng.randint(1, 12 if y < 2024 else 2), rng.randint(1, 28),
                                                  rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        if rng.random() < 0.07:
            email, name = rng.choice(no_email), rng.choice(["", None, "Phone customer", "walk-in"])
        else:
            k = rng.randrange(n_people)
            email, names = people[k]
            name = rng.choice(names)
            if k in blank_only or rng.random() < 0.05:
                name = rng.choice(["", None, "  "])
            r = rng.random()
            if y == 2019 and r < 0.5:                 # the old shop's import
                shown = email.upper() if hidden and rng.random() < 0.3 else email
                email = ("%s <%s>" if not hidden or rng.random() < 0.5 else "%s < %s >") % (name or "Customer", shown)
            elif r < 0.12:
                email = email.upper() if rng.random() < 0.5 else email.capitalize()
            elif r < 0.2:
                email = rng.choice([" ", "  "]) + email + rng.choice(["", " "])
        status = rng.choice(["paid"] * 8 + ["refunded", "cancelled"])
        conn.execute("INSERT INTO orders (id, placed_at, customer_email, customer_name, total_cents, status) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (oid, placed, email, name, 0, status))
        total = 0
        for pid in rng.sample(range(1, len(PRODUCTS) + 1), rng.randint(1, 3)):
            q = rng.randint(1, 4)
            total += q * PRODUCTS[pid - 1][2]
            conn.execute("INSERT INTO order_items (order_id, product_id, quantity) VALUES (?, ?, ?)", (oid, pid, q))
        conn.execute("UPDATE orders SET total_cents = ? WHERE id = ?", (total, oid))
    if hidden:                                        # same person, same second, two names: the higher id wins
        email, names = people[0]
        placed = "2024-02-20 10:00:00"
        for i, nm in enumerate(["Tie Early", "Tie Late"]):
            oid += 1
            conn.execute("INSERT INTO orders (id, placed_at, customer_email, customer_name, total_cents, status) "
                         "VALUES (?, ?, ?, ?, ?, 'paid')", (oid, placed, email.upper() if i else email, nm, 1000))
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


if __name__ == "__main__":
    make_db(os.path.join(HERE, "workspace", "dev.db"), random.Random(4), 25, 60, 0, False)
    snap = os.path.join(HERE, "workspace", "data", "prod-snapshot.db")
    make_db(snap, random.Random(2024), 260, 900, 0, False)
    make_db(os.path.join(HERE, "checks", "prod2.db"), random.Random(77), 500, 1800, 40000, True)
    print("SNAPSHOT", truth.summary(snap))
    print("HIDDEN", truth.summary(os.path.join(HERE, "checks", "prod2.db")))
    for p in ("workspace/dev.db", "workspace/data/prod-snapshot.db", "checks/prod2.db"):
        print(p, os.path.getsize(os.path.join(HERE, p)), sha(os.path.join(HERE, p)))
