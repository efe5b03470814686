#!/usr/bin/env python3
"""Prints (or, with --send OUTBOX, sends) the payment reminders due on a day.

    python3 scripts/send_reminders.py 2024-04-15
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kestrel.core.dates import parse_day  # noqa: E402
from kestrel.notifications.reminders import reminder_text  # noqa: E402
from kestrel.notifications.sender import send  # noqa: E402
from kestrel.storage.repository import list_invoices, payments_for  # noqa: E402

p = argparse.ArgumentParser()
p.add_argument("day", help="YYYY-MM-DD")
p.add_argument("--send", metavar="OUTBOX")
args = p.parse_args()
today = parse_day(args.day)
for inv in list_invoices():
    text = reminder_text(inv, today, paid=sum(pay.amount for pay in payments_for(inv.number)))
    if not text:
        continue
    if args.send:
        send(args.send, inv.customer, f"Reminder: {inv.number}", text)
    else:
        print(f"--- {inv.number}\n{text}")
