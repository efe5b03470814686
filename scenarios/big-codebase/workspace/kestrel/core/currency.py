"""The currency registry: the currencies Kestrel bills in and their minor units (ISO 4217).

config/currencies.json is the only place that knows currency facts. Code asks the registry
(get_currency) instead of hard-coding a currency anywhere, so adding a currency is a config change.
"""
import json
from dataclasses import dataclass
from functools import lru_cache

from kestrel.config import config_dir
from kestrel.core.errors import UnknownCurrency


@dataclass(frozen=True)
class Currency:
    code: str
    name: str
    minor_units: int   # decimals of the currency: 2 for EUR (cents), 0 for JPY, 3 for KWD (fils)


@lru_cache(maxsize=None)
def _registry():
    with open(config_dir() / "currencies.json", encoding="utf-8") as f:
        raw = json.load(f)
    return {code: Currency(code, entry["name"], int(entry["minor_units"])) for code, entry in raw.items()}


def get_currency(code):
    """The Currency for an ISO code (any case); raises UnknownCurrency for one we do not bill in."""
    try:
        return _registry()[str(code).upper()]
    except KeyError:
        raise UnknownCurrency(code) from None


def supported_codes():
    return sorted(_registry())
