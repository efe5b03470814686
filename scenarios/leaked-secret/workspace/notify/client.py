"""A tiny client for the Larkspur Messaging API."""

import json
import time

from . import settings


class SendError(RuntimeError):
    pass


def build_request(to: str, text: str) -> dict:
    """The HTTP request for one SMS, as a dict (method, url, headers, body)."""
    if not to.startswith("+") or not to[1:].isdigit():
        raise ValueError(f"phone number must be in E.164 format, got {to!r}")
    if not text or len(text) > 480:
        raise ValueError("text must be 1-480 characters")
    return {
        "method": "POST",
        "url": f"{settings.API_BASE_URL}/messages",
        "headers": {"Authorization": f"Bearer {settings.api_key()}", "Content-Type": "application/json"},
        "body": json.dumps({"from": settings.SENDER_ID, "to": to, "text": text}),
    }


def send(to: str, text: str, transport, retries: int = 3) -> str:
    """Sends one SMS with `transport(request) -> (status, body)`; returns the message id."""
    request = build_request(to, text)
    for attempt in range(retries + 1):
        status, body = transport(request)
        if status == 429 and attempt < retries:
            time.sleep(0.01 * 2 ** attempt)
            continue
        if status != 201:
            raise SendError(f"larkmsg answered {status}: {body}")
        return json.loads(body)["id"]
    raise SendError("rate limited")
