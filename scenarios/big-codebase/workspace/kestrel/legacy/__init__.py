"""Helpers from the v1 service (before the 2023 rewrite)."""
