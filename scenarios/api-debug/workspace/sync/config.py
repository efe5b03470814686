"""Where the Ledger API is and how billing-sync authenticates, from the environment.

LEDGER_URL    base URL of the ledger (default: the development server, http://127.0.0.1:8085)
LEDGER_TOKEN  bearer token (default: the development token in ledger/dev-token)
"""
import os

DEFAULT_URL = "http://127.0.0.1:8085"
DEV_TOKEN_FILE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "ledger", "dev-token")


def ledger_url():
    return os.environ.get("LEDGER_URL", DEFAULT_URL).rstrip("/")


def ledger_token():
    token = os.environ.get("LEDGER_TOKEN", "").strip()
    if token:
        return token
    with open(DEV_TOKEN_FILE, encoding="utf-8") as f:
        return f.read().strip()
