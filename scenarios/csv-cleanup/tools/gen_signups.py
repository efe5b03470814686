#!/usr/bin/env python3
"""Builds workspace/signups.csv for csv-cleanup (deterministic: own LCG, no `random`).

The export merges three sources, each with its own date format:
  form tool   2024-02-14 09:31          (most rows)
  old sheet   14/02/2024 09:31          (DD/MM/YYYY: day first, European)
  API import  2024-02-14T09:31:00Z
Sign-ups run from 2024-02-01 to 2024-03-10. Traps: people who submitted twice for the same
workshop (sometimes from another source, so another date format), e-mails differing only in
case or surrounding spaces, the same person in two workshops (NOT a duplicate), and internal
test sign-ups (@larkspur.test) that the coordinator asks to drop mid-run.
Run: python3 tools/gen_signups.py workspace/signups.csv
"""
import csv
import sys

state = 20240301


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state % n


FIRST = ["Anna", "Bilal", "Carmen", "Dmitri", "Esther", "Felix", "Grace", "Hamid", "Ingrid", "Jonas",
         "Keiko", "Luca", "Marta", "Nikolai", "Olivia", "Pedro", "Quinn", "Rana", "Stefan", "Tove",
         "Umar", "Valeria", "Wen", "Ximena", "Yusuf", "Zofia"]
LAST = ["Andersson", "Bauer", "Castillo", "Dubois", "Eklund", "Ferreira", "Gruber", "Horvath",
        "Iversen", "Jovanovic", "Kowalczyk", "Lindholm", "Moretti", "Nakamura", "Okafor", "Petersen",
        "Quintero", "Rahman", "Svensson", "Thorsen"]
DOMAINS = ["gmail.com", "outlook.com", "proton.me", "larkspur-partners.eu", "yahoo.de", "web.de"]
WORKSHOPS = ["Intro to SQL", "Spreadsheet Power Tips", "Python for Analysts", "Data Visualisation"]
CITIES = ["Berlin", "Hamburg", "Munich", "Vienna", "Zurich", "Copenhagen", "Stockholm", "Amsterdam"]


def when():
    """Minutes since 2024-02-01 00:00, within the sign-up period (to 2024-03-10 23:59)."""
    return rnd(39 * 24 * 60)


def fmt(minutes, source):
    d, m = divmod(minutes, 1440)
    day, month = (d + 1, 2) if d < 29 else (d - 28, 3)
    hh, mm = divmod(m, 60)
    if source == "sheet":
        return "%02d/%02d/2024 %02d:%02d" % (day, month, hh, mm)
    if source == "api":
        return "2024-%02d-%02dT%02d:%02d:00Z" % (month, day, hh, mm)
    return "2024-%02d-%02d %02d:%02d" % (month, day, hh, mm)


def source():
    r = rnd(10)
    return "form" if r < 6 else ("sheet" if r < 9 else "api")


def messy(email):
    r = rnd(8)
    if r == 0:
        return email.capitalize()
    if r == 1:
        return " " + email
    if r == 2:
        return email.upper().replace("@", "@")   # ALL CAPS
    if r == 3:
        return email + " "
    return email


people = []
seen = set()
while len(people) < 150:
    f, l = FIRST[rnd(len(FIRST))], LAST[rnd(len(LAST))]
    email = "%s.%s@%s" % (f.lower(), l.lower(), DOMAINS[rnd(len(DOMAINS))])
    if email in seen:
        continue
    seen.add(email)
    people.append((f + " " + l, email, CITIES[rnd(len(CITIES))]))

rows = []
for name, email, city in people:
    workshops = [WORKSHOPS[rnd(4)]]
    if rnd(5) == 0:   # a second, different workshop: not a duplicate
        w2 = WORKSHOPS[rnd(4)]
        if w2 not in workshops:
            workshops.append(w2)
    for w in workshops:
        t = when()
        rows.append((t, fmt(t, source()), name, messy(email), w, city))
        if rnd(6) == 0:   # submitted again later, maybe through another source
            t2 = min(t + 5 + rnd(3 * 1440), 39 * 1440 - 1)
            rows.append((t2, fmt(t2, source()), name + ("" if rnd(2) else " "), messy(email), w, city))
for k, (name, w) in enumerate([("Test User", "Intro to SQL"), ("QA Check", "Python for Analysts"),
                               ("Test User", "Data Visualisation"), ("Form Test", "Intro to SQL"),
                               ("Demo Account", "Spreadsheet Power Tips"), ("Test User 2", "Intro to SQL")]):
    t = when()
    rows.append((t, fmt(t, source()), name, "%s@larkspur.test" % name.lower().replace(" ", "."), w, "Berlin"))

# export order: grouped by source system, not by time (as the merged export really is)
rows.sort(key=lambda r: (rnd(1000), r[0]))
with open(sys.argv[1], "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["submitted_at", "name", "email", "workshop", "city"])
    for r in rows:
        w.writerow(r[1:])
