"""Feature flags, read from config/flags.json on every call (ops flip them without a deploy).

The SHOP_FLAGS environment variable points at another file (tests use it, see conftest.py).
"""

import json
import os

DEFAULT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "config", "flags.json")


def load():
    """All flags as a dict."""
    with open(os.environ.get("SHOP_FLAGS") or DEFAULT_PATH, encoding="utf-8") as f:
        return json.load(f)


def is_enabled(name):
    """True if the flag is on; a flag that is not in the file is off."""
    return load().get(name) is True


def get(name, default=None):
    """A flag's value (for tunable settings), or `default` if it is not in the file."""
    return load().get(name, default)
