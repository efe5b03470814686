"""Pricing rules for the Larkspur web shop checkout."""

__version__ = "1.4.2"
