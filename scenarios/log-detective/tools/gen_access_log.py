#!/usr/bin/env python3
"""Generates workspace/access.log for log-detective (deterministic: fixed seed).

Story, 12 Mar 2024, 13:00-15:00 UTC, nginx combined log format:
- steady shop traffic from ~45 clients plus a health checker (most requests, all 200);
- 13:31-13:37: 192.0.2.44 gets a burst of 502s on /api/search (the most 5xx of the day:
  a trap for anyone who does not filter on the time window);
- 14:00-14:10: 198.51.100.23 hammers /api/export?format=csv (a badly written script) and
  causes the spike: many 500/503/504, plus some 429 and 200; other clients get a few 503s
  as collateral (none comes close);
- product ids like /products/5031 and byte sizes like 5004 trap a naive `grep 50`.
Run: python3 tools/gen_access_log.py > workspace/access.log
"""
import random
from datetime import datetime, timedelta

rng = random.Random(20240312)
DAY = datetime(2024, 3, 12, 13, 0, 0)
END = DAY + timedelta(hours=2)

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/123.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64) Chrome/122.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14) Chrome/122.0 Mobile",
]
CLIENTS = (
    [f"198.51.100.{n}" for n in (7, 12, 31, 58, 64, 90, 101, 142, 177, 203, 219, 240)]
    + [f"192.0.2.{n}" for n in (3, 18, 27, 44, 61, 85, 119, 150, 166, 201, 233)]
    + [f"203.0.113.{n}" for n in (5, 9, 22, 37, 48, 77, 96, 120, 138, 181, 199, 250)]
    + [f"100.64.{a}.{b}" for a, b in ((1, 14), (2, 8), (3, 200), (7, 33), (9, 71), (12, 5), (14, 90), (15, 160))]
)
CULPRIT = "198.51.100.23"
EARLY = "192.0.2.44"
HEALTH = "10.0.4.12"
PAGES = ["/", "/products", "/cart", "/login", "/account", "/static/app.js", "/static/app.css",
         "/favicon.ico", "/api/cart", "/api/checkout", "/api/search?q=lamp", "/api/search?q=mug",
         "/api/search?q=tea", "/api/search?q=desk"]
PRODUCT_IDS = [1012, 1207, 2044, 3108, 4410, 5003, 5031, 5047, 5120, 6020, 7733, 8150]

lines = []


def emit(t, ip, method, path, status, size, ua, referer="-"):
    stamp = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
    lines.append((t, f'{ip} - - [{stamp}] "{method} {path} HTTP/1.1" {status} {size} "{referer}" "{ua}"'))


def normal_status(t):
    r = rng.random()
    if r < 0.006:
        return rng.choice([500, 502, 503])
    if r < 0.05:
        return rng.choice([404, 404, 401, 403, 400])
    if r < 0.09:
        return 304
    if r < 0.11:
        return 302
    return 200


def size_for(status, path):
    if status == 304:
        return 0
    if status >= 500:
        return rng.choice([157, 162, 183, 497])
    if path.startswith("/static"):
        return rng.choice([48211, 50043, 5004, 12087])
    if status == 200:
        return rng.randint(380, 9800)
    return rng.randint(150, 560)


# steady traffic: one request roughly every 5 seconds
t = DAY
client_ua = {ip: rng.choice(UAS) for ip in CLIENTS}
while t < END:
    t += timedelta(seconds=rng.choice([2, 3, 4, 5, 6, 7, 8]))
    ip = rng.choice(CLIENTS)
    if rng.random() < 0.3:
        path = f"/products/{rng.choice(PRODUCT_IDS)}"
    else:
        path = rng.choice(PAGES)
    method = "POST" if path in ("/api/checkout", "/login") and rng.random() < 0.7 else "GET"
    st = normal_status(t)
    in_spike = DAY.replace(hour=14, minute=0) <= t < DAY.replace(hour=14, minute=10)
    if in_spike and path.startswith("/api") and rng.random() < 0.35:
        st = 503  # collateral: the export job starves the API workers
    referer = "https://shop.example.com/" if rng.random() < 0.4 else "-"
    emit(t, ip, method, path, st, size_for(st, path), client_ua[ip], referer)

# health checker every 30 s, always fine
t = DAY
while t < END:
    emit(t, HEALTH, "GET", "/healthz", 200, 2, "kube-probe/1.28")
    t += timedelta(seconds=30)

# 13:31-13:37 earlier incident: upstream search restarting, one client retrying hard
t = DAY.replace(hour=13, minute=31, second=4)
for _ in range(58):
    emit(t, EARLY, "GET", "/api/search?q=lamp%20shade", 502, rng.choice([157, 183]), "ShopApp/3.2 (Android)")
    t += timedelta(seconds=rng.choice([4, 5, 6, 7, 8]))

# 14:00-14:10 the spike: an export script without backoff
t = DAY.replace(hour=14, minute=0, second=41)
stop = DAY.replace(hour=14, minute=9, second=30)
n5 = 0
while t < stop:
    r = rng.random()
    if r < 0.60:
        st = rng.choice([500, 503, 503, 504])
        n5 += 1
    elif r < 0.80:
        st = 429
    else:
        st = 200
    page = rng.randint(1, 40)
    emit(t, CULPRIT, "GET", f"/api/export?format=csv&page={page}", st,
         size_for(st, "/api/export") if st != 200 else rng.randint(180000, 260000), "python-requests/2.31.0")
    t += timedelta(seconds=rng.choice([5, 6, 7, 8, 9, 10, 11]))
# its quiet, successful runs earlier in the day (no 5xx)
for hh, mm in ((13, 12), (13, 48), (14, 33)):
    t = DAY.replace(hour=hh, minute=mm, second=5)
    for p in range(1, 4):
        emit(t, CULPRIT, "GET", f"/api/export?format=csv&page={p}", 200, rng.randint(180000, 260000), "python-requests/2.31.0")
        t += timedelta(seconds=40)

lines.sort(key=lambda x: x[0])
for _, l in lines:
    print(l)
