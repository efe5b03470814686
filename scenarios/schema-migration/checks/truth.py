"""What migration 0004 must produce from a database at version 3, worked out in Python from the
orders alone (never from the learner's SQL). Used by checks/verify.py and tools/gen_db.py.

The rules (ticket + Helga, who owns customer data):
- a customer is a distinct e-mail address, compared trimmed and case-insensitively;
- "Anna Berg <anna@example.com>" (the 2019 import) is the address inside the angle brackets;
- a value without '@' after that (NULL, '', 'n/a', '-', ...) is no address: the order keeps
  customer_id NULL;
- a customer's name is the trimmed customer_name of their most recent order (placed_at, then the
  higher id) that has a non-blank name; NULL when none has.
"""
import re
import sqlite3

ANGLE = re.compile(r"<([^<>]*)>\s*$")


def norm_email(raw):
    if raw is None:
        return None
    s = raw.strip(" ")
    m = ANGLE.search(s)
    if m:
        s = m.group(1).strip(" ")
    s = s.lower()
    return s if "@" in s else None


def expected(conn):
    """(customers {email: name}, links {order_id: email or None})."""
    latest = {}                       # email -> (placed_at, id, name) of the latest named order
    links = {}
    for oid, placed, email, name in conn.execute(
            "SELECT id, placed_at, customer_email, customer_name FROM orders"):
        e = norm_email(email)
        links[oid] = e
        if e is None:
            continue
        latest.setdefault(e, None)
        clean = (name or "").strip(" ")
        if clean and (latest[e] is None or (placed, oid) > latest[e][:2]):
            latest[e] = (placed, oid, clean)
    return {e: (v[2] if v else None) for e, v in latest.items()}, links


def summary(path):
    """The figures a careful learner reports for a database: customers, linked orders, orders
    without customer, all orders."""
    conn = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    customers, links = expected(conn)
    linked = sum(1 for e in links.values() if e)
    return {"customers": len(customers), "linked": linked, "unlinked": len(links) - linked, "orders": len(links)}
