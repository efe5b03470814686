#!/usr/bin/env python3
"""Prints an invoice as the PDF service receives it: python3 scripts/render_invoice.py INV-2024-0098"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kestrel.invoices.render import render_invoice  # noqa: E402
from kestrel.storage.repository import load_invoice  # noqa: E402

if len(sys.argv) != 2:
    sys.exit("usage: render_invoice.py INVOICE-NUMBER")
print(render_invoice(load_invoice(sys.argv[1])), end="")
