"""Settings per environment. The service refuses to guess which one it runs in: without
INVOICER_ENV it stops, so production can never start with test settings or the other way round."""
import os

ENVIRONMENTS = {
    "test": {"currency": "EUR", "database": "sqlite://:memory:", "invoice_prefix": "TEST-"},
    "staging": {"currency": "EUR", "database_env": "INVOICER_DATABASE_URL", "invoice_prefix": "STG-"},
    "production": {"currency": "EUR", "database_env": "INVOICER_DATABASE_URL", "invoice_prefix": "INV-"},
}


class SettingsError(RuntimeError):
    pass


def load(environ=None):
    environ = os.environ if environ is None else environ
    name = environ.get("INVOICER_ENV", "")
    if not name:
        raise SettingsError("INVOICER_ENV is not set: set it to one of %s (see README.md)" % ", ".join(ENVIRONMENTS))
    if name not in ENVIRONMENTS:
        raise SettingsError("INVOICER_ENV=%s is unknown: use one of %s" % (name, ", ".join(ENVIRONMENTS)))
    settings = dict(ENVIRONMENTS[name], name=name)
    key = settings.pop("database_env", None)
    if key:
        if not environ.get(key):
            raise SettingsError("INVOICER_ENV=%s needs %s (the database URL)" % (name, key))
        settings["database"] = environ[key]
    return settings
