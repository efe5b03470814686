"""Exports for the finance team."""
