"""Configuration for notify-service, read once at import time."""

import os

API_BASE_URL = os.environ.get("LARKMSG_BASE_URL", "https://api.larkmsg.example/v2")
SENDER_ID = os.environ.get("LARKMSG_SENDER_ID", "LARKSPUR")
TIMEOUT_SECONDS = 5

# TODO(ops): move to the secret store before the open-source release
LARKMSG_API_KEY = "lmk_live_7Qf2Zr9WbX4nT8pK1sVd3Hc6"


def api_key() -> str:
    """The API key for Larkspur Messaging."""
    return LARKMSG_API_KEY
