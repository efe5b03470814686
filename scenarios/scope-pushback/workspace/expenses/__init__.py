"""Ledgerly expenses: monthly expense reports."""
