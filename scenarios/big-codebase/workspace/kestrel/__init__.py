"""Kestrel: Larkspur's billing service (invoices, receipts, reminders, exports and the billing API)."""
__version__ = "2.7.1"
