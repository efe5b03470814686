#!/usr/bin/env python3
"""Builds scope-pushback's databases (deterministic; run from the scenario folder):
workspace/data/demo.db (the demo company, May 2024) and checks/hidden.db (another company and
month, with the values a CSV export gets wrong: commas, quotes, line breaks, non-ASCII names,
amounts of 1,000 and more, refunds, empty descriptions, month boundaries, unapproved rows).
Prints the figures tests/test_report.py asserts."""
import os
import random
import sqlite3
from decimal import Decimal

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = """
CREATE TABLE employees (id INTEGER PRIMARY KEY, name TEXT NOT NULL, team TEXT NOT NULL);
CREATE TABLE expenses (
  id INTEGER PRIMARY KEY, employee_id INTEGER NOT NULL REFERENCES employees(id),
  spent_on TEXT NOT NULL, category TEXT NOT NULL, description TEXT,
  amount_cents INTEGER NOT NULL, currency TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected'))
);
"""


def build(path, employees, expenses):
    if os.path.exists(path):
        os.remove(path)
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    conn.executemany("INSERT INTO employees VALUES (?, ?, ?)", employees)
    conn.executemany("INSERT INTO expenses (employee_id, spent_on, category, description, amount_cents, currency, status) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", expenses)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


def demo():
    rng = random.Random(88)
    emp = [(1, "Anna Kowalska", "Sales"), (2, "Piotr Zieliński", "Sales"), (3, "Zoë Nowak", "Operations"),
           (4, "Marek Wiśniewski", "Operations"), (5, "Julia Lewandowska", "Finance")]
    fixed = [
        (1, "2024-05-02", "Travel", "Taxi, airport to hotel", 4250, "EUR", "approved"),
        (3, "2024-05-06", "Meals", 'Dinner with "Nordic Freight" team', 18640, "EUR", "approved"),
        (2, "2024-05-13", "Lodging", "Hotel Berlin, 3 nights", 118000, "EUR", "approved"),
        (4, "2024-05-21", "Travel", "Train ticket refund", -3900, "EUR", "approved"),
        (5, "2024-05-28", "Software", "Accounting seminar", 131000, "PLN", "approved"),
        (1, "2024-05-30", "Meals", None, 1575, "EUR", "approved"),
        (2, "2024-05-09", "Travel", "Fuel", 6100, "EUR", "pending"),
        (3, "2024-05-17", "Meals", "Team lunch", 9800, "EUR", "rejected"),
        (4, "2024-04-30", "Travel", "Parking", 1200, "EUR", "approved"),
        (5, "2024-06-01", "Travel", "Parking", 1400, "EUR", "approved"),
    ]
    cats = [("Travel", ["Taxi to client", "Parking Gdańsk", "Train Warsaw-Poznań", "Fuel"]),
            ("Meals", ["Lunch with client", "Coffee, client meeting", "Team breakfast"]),
            ("Office", ["Printer paper", "USB-C adapters", "Notebooks"])]
    rest = []
    for _ in range(17):
        cat, texts = rng.choice(cats)
        rest.append((rng.randint(1, 5), "2024-05-%02d" % rng.randint(1, 31), cat, rng.choice(texts),
                     rng.randint(800, 24000), "EUR", "approved"))
    return emp, fixed + rest


def hidden():
    emp = [(1, "Łukasz Dąbrowski", "Field"), (2, "Søren Ødegård", "Field"), (3, "Amélie O'Brien", "Support"),
           (4, "Chen Wei", "Support")]
    rows = [
        (1, "2024-06-01", "Travel", "Flight, Gdańsk → Oslo", 245900, "EUR", "approved"),
        (2, "2024-06-03", "Meals", 'He said "cheers", we paid', 5630, "NOK", "approved"),
        (3, "2024-06-04", "Lodging", "Hotel\nlate check-out", 1000000, "EUR", "approved"),
        (4, "2024-06-04", "Office", "", 5, "EUR", "approved"),
        (1, "2024-06-11", "Travel", "Refund: cancelled ferry", -12000, "EUR", "approved"),
        (2, "2024-06-15", "Meals", None, 99999, "NOK", "approved"),
        (3, "2024-06-20", "Software", "License; 12 months, \"Pro\" plan", 35988, "EUR", "approved"),
        (4, "2024-06-30", "Travel", "Taxi ,  night", 2310, "EUR", "approved"),
        (1, "2024-06-12", "Meals", "Client dinner", 8800, "EUR", "pending"),
        (2, "2024-06-19", "Travel", "Upgrade", 15000, "EUR", "rejected"),
        (3, "2024-05-31", "Travel", "Bus", 300, "EUR", "approved"),
        (4, "2024-07-01", "Travel", "Bus", 300, "EUR", "approved"),
    ]
    return emp, rows


def main():
    emp, rows = demo()
    build(os.path.join(HERE, "workspace", "data", "demo.db"), emp, rows)
    may = [r for r in rows if r[1].startswith("2024-05") and r[6] == "approved"]
    tot = {}
    for r in may:
        tot[r[5]] = tot.get(r[5], 0) + r[4]
    print("demo May 2024: %d approved rows, totals %s" % (len(may), {k: str(Decimal(v) / 100) for k, v in tot.items()}))
    os.makedirs(os.path.join(HERE, "checks"), exist_ok=True)
    emp, rows = hidden()
    build(os.path.join(HERE, "checks", "hidden.db"), emp, rows)


if __name__ == "__main__":
    main()
