"""Sends notifications by writing them to the outbox folder the mail relay picks up."""
import json
from pathlib import Path


def send(outbox, to, subject, body):
    """Writes one message as JSON into `outbox` and returns its path."""
    outbox = Path(outbox)
    outbox.mkdir(parents=True, exist_ok=True)
    n = len(list(outbox.glob("*.json"))) + 1
    path = outbox / f"{n:06d}.json"
    path.write_text(json.dumps({"to": to, "subject": subject, "body": body}, indent=2), encoding="utf-8")
    return path
