#!/usr/bin/env python3
"""Validates config/currencies.json: ISO codes, a name, and minor_units between 0 and 4."""
import json
import re
import sys
from pathlib import Path

path = Path(__file__).resolve().parent.parent / "config" / "currencies.json"
bad = 0
for code, entry in json.loads(path.read_text(encoding="utf-8")).items():
    if not re.fullmatch(r"[A-Z]{3}", code):
        print(f"{code}: not an ISO 4217 code"); bad = 1
    if not entry.get("name"):
        print(f"{code}: no name"); bad = 1
    if entry.get("minor_units") not in (0, 1, 2, 3, 4):
        print(f"{code}: minor_units must be 0..4"); bad = 1
print("currencies.json: " + ("problems found" if bad else "ok"))
sys.exit(bad)
