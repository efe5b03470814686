"""Payments received and refunds."""
