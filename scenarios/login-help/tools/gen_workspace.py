#!/usr/bin/env python3
"""Builds workspace/directory/users.csv and workspace/logs/auth.log for login-help.

Deterministic (own LCG, no `random`). The story in the log:
- 2024-03-11 17:00 HR renames the directory group sales-europe to sales-emea; at 17:02 Jonas edits portal.conf (HR reorg: sales-europe -> sales-emea) and
  mistypes the group as "sales-emae"; from then on every sales-emea user is denied with
  reason=group_not_allowed. Maria Gomez tries 6 times on the morning of the 12th.
- j.tan's account is hammered from an outside address (203.0.113.77) at 06:12-06:19 on the
  12th: 38 bad passwords, then the lockout. Nobody asked about it: the learner should flag it.
- ext.kowalski (contractors-mkt) is denied all along, correctly (that group never had access).
- ordinary noise: successes, the odd mistyped password followed by a success.
Run: python3 tools/gen_workspace.py workspace
"""
import sys

state = 4471


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state % n


FIRST = ["anna", "ben", "chloe", "david", "elif", "farid", "greta", "hugo", "ines", "jan", "kira",
         "lars", "mona", "nils", "olga", "pavel", "rosa", "sami", "tara", "uwe", "vera", "wim",
         "yara", "zoe", "omar", "lea", "ravi", "sofia", "theo", "nadia"]
LAST = ["berg", "costa", "dahl", "eriksen", "fischer", "garcia", "hansen", "ivanova", "jensen",
        "klein", "larsen", "moreau", "novak", "olsen", "petrov", "quist", "rossi", "schmidt",
        "tanaka", "ullman", "vogel", "wagner", "yilmaz", "zimmer", "brandt", "lund", "mehta",
        "nowak", "sato", "haas"]
GROUPS = ["hq-staff"] * 9 + ["engineering"] * 7 + ["sales-emea"] * 6 + ["finance"] * 4 + ["contractors-it"] * 2

users = []   # (username, display, groups, status)
seen = set()
while len(users) < 28:
    f, l = FIRST[rnd(len(FIRST))], LAST[rnd(len(LAST))]
    u = "%s.%s" % (f[0], l)
    if u in seen or u in ("m.gomez", "j.tan"):
        continue
    seen.add(u)
    g = GROUPS[len(users)]
    if g == "engineering" and rnd(3) == 0:
        g = "engineering;hq-staff"
    users.append((u, "%s %s" % (f.capitalize(), l.capitalize()), g, "active"))
users.insert(5, ("maria.gomez", "Maria Gomez", "sales-emea", "active"))
users.insert(11, ("j.tan", "Jia Tan", "finance", "locked"))
users.insert(17, ("ext.kowalski", "Piotr Kowalski (agency)", "contractors-mkt", "active"))
users.insert(23, ("p.lindgren", "Per Lindgren", "sales-emea", "disabled"))   # left in February
users.append(("svc.backup", "Backup service", "service-accounts", "active"))

ALLOWED_BEFORE = {"hq-staff", "engineering", "sales-europe", "finance", "contractors-it"}
ALLOWED_AFTER = {"hq-staff", "engineering", "sales-emae", "finance", "contractors-it"}

events = []   # (seconds since 2024-03-11 00:00, line)


def ts(sec):
    d, sec = divmod(sec, 86400)
    return "2024-03-%02dT%02d:%02d:%02dZ" % (11 + d, sec // 3600, sec % 3600 // 60, sec % 60)


def log(sec, user, src, result, groups, reason=None):
    r = "result=%s" % result + (" reason=%s" % reason if reason else "")
    events.append((sec, "%s portal01 staffportal[{pid}]: login user=%s src=%s %s groups=%s" % (
        ts(sec), user, src, r, groups)))


CHANGE = 17 * 3600 + 2 * 60   # 2024-03-11 17:02
for u, _, g, status in users:
    if u in ("j.tan", "svc.backup"):
        continue
    src = "10.8.%d.%d" % (1 + rnd(4), 10 + rnd(200))
    days = [(0, 7 * 3600 + rnd(3 * 3600)), (0, 13 * 3600 + rnd(4 * 3600)), (1, 7 * 3600 + rnd(3 * 3600))]
    for day, sec in days:
        t = day * 86400 + sec
        if u == "maria.gomez" and day == 1:
            continue   # her morning is written below
        allowed = ALLOWED_BEFORE if t < CHANGE else ALLOWED_AFTER
        gg = g.replace("sales-emea", "sales-europe") if t < CHANGE else g   # HR renamed it at 17:00
        if status == "disabled":
            log(t, u, src, "denied", gg, "account_disabled")
            continue
        ok = any(x in allowed for x in gg.split(";"))
        if rnd(9) == 0 and ok:
            log(t - 40, u, src, "failure", gg, "bad_password")
        if ok:
            log(t, u, src, "success", gg)
        else:
            log(t, u, src, "denied", gg, "group_not_allowed")
# Maria: fine on the 11th before the change, denied on the 12th, twice after password resets
m_src = "10.8.3.57"
for k, sec in enumerate([8 * 3600 + 2 * 60 + 11, 8 * 3600 + 2 * 60 + 40, 8 * 3600 + 9 * 60 + 5,
                         8 * 3600 + 21 * 60 + 30, 8 * 3600 + 34 * 60 + 2, 8 * 3600 + 47 * 60 + 19]):
    log(86400 + sec, "maria.gomez", m_src, "denied", "sales-emea", "group_not_allowed")
events.append((86400 + 8 * 3600 + 15 * 60, "%s portal01 selfservice[812]: password_reset user=maria.gomez via=sms ok" % ts(86400 + 8 * 3600 + 15 * 60)))
events.append((86400 + 8 * 3600 + 30 * 60, "%s portal01 selfservice[812]: password_reset user=maria.gomez via=sms ok" % ts(86400 + 8 * 3600 + 30 * 60)))
# the config reload at the change
events.append((CHANGE + 5, "%s portal01 staffportal[3001]: config reloaded from /etc/staffportal/portal.conf (allowed_groups: 5 entries)" % ts(CHANGE + 5)))
# brute force against j.tan from outside
t = 86400 + 6 * 3600 + 12 * 60 + 3
for k in range(38):
    log(t, "j.tan", "203.0.113.77", "failure", "finance", "bad_password")
    t += 7 + rnd(8)
log(t + 2, "j.tan", "203.0.113.77", "locked", "finance", "too_many_failures")
log(t + 60, "j.tan", "203.0.113.77", "denied", "finance", "account_locked")
# the backup service account uses a token, never the login page: one line per night
for day in (0, 1):
    events.append((day * 86400 + 2 * 3600 + 15, "%s portal01 staffportal[2999]: token_auth user=svc.backup src=10.8.0.5 result=success" % ts(day * 86400 + 2 * 3600 + 15)))

events.sort()
out = sys.argv[1]
with open(out + "/logs/auth.log", "w") as f:
    pid = 3100
    for _, line in events:
        pid += 1 + rnd(3)
        f.write(line.replace("{pid}", str(pid)) + "\n")
with open(out + "/directory/users.csv", "w") as f:
    f.write("username,display_name,groups,status\n")
    for u in users:
        f.write(",".join(u) + "\n")
