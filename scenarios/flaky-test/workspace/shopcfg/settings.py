"""Shop settings: the platform defaults (defaults.json), overridden by what a shop configured."""
import json
import os
from functools import lru_cache

DEFAULTS_FILE = os.path.join(os.path.dirname(__file__), "defaults.json")


@lru_cache(maxsize=None)
def load_defaults():
    """The platform defaults. Read once per process: the file never changes at runtime."""
    with open(DEFAULTS_FILE, encoding="utf-8") as f:
        return json.load(f)


def settings_for(shop):
    """The settings of one shop: the defaults with the shop's own overrides applied."""
    settings = load_defaults()
    settings.update(shop.get("overrides", {}))
    return settings
