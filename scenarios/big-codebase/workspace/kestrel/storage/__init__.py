"""Persistence. Production uses Postgres; this file-backed repository serves tests and scripts."""
