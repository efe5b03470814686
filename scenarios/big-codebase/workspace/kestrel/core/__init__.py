"""Shared helpers used by every part of the service: currencies, money, formatting, dates, ids."""
