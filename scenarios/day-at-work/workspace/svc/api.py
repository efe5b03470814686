"""Request handling for the ETA endpoint, kept apart from the HTTP plumbing in server.py."""
from datetime import datetime

from svc.eta import TRANSIT_DAYS, promised_date


def eta_response(query: dict) -> tuple:
    """(status code, JSON-able body) for GET /eta?carrier=...&shipped_at=2024-10-03T14:10:00Z"""
    carrier = query.get("carrier", "")
    raw = query.get("shipped_at", "")
    if carrier not in TRANSIT_DAYS:
        return 400, {"error": f"unknown carrier {carrier!r}", "carriers": sorted(TRANSIT_DAYS)}
    try:
        shipped_at = datetime.strptime(raw, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return 400, {"error": "shipped_at must look like 2024-10-03T14:10:00Z"}
    return 200, {"carrier": carrier, "shipped_at": raw, "promised": promised_date(shipped_at, carrier).isoformat()}
