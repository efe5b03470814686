"""Invoices: the model, VAT, and the text the PDF service prints."""
