"""invoicer: invoices for the shop (line items, VAT, rounding)."""
__version__ = "1.4.0"
