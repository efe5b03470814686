"""Service configuration: where the config files live and the settings in config/settings.toml."""
import os
import tomllib
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def config_dir():
    """The folder with settings.toml, currencies.json and tax_rates.json (KESTREL_CONFIG_DIR overrides)."""
    return Path(os.environ.get("KESTREL_CONFIG_DIR", ROOT / "config"))


def data_dir():
    """The folder the file-backed repository reads invoices and payments from."""
    return Path(os.environ.get("KESTREL_DATA_DIR", ROOT / "data"))


@lru_cache(maxsize=None)
def settings():
    with open(config_dir() / "settings.toml", "rb") as f:
        return tomllib.load(f)
