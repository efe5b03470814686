"""HTTP helpers for the Ledger API (standard library only: the nightly job runs on a bare host)."""
import json
import urllib.error
import urllib.request

from . import config

USER_AGENT = "billing-sync/1.4"
TIMEOUT_SECONDS = 10


def _json(raw):
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}


def post_json(path, payload):
    """POSTs payload to the ledger as JSON. Returns (status, decoded body); raises
    urllib.error.URLError when the ledger cannot be reached."""
    request = urllib.request.Request(
        config.ledger_url() + path,
        data=json.dumps(payload).encode("utf-8"),
        headers={"Authorization": config.ledger_token(), "User-Agent": USER_AGENT},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            return response.status, _json(response.read())
    except urllib.error.HTTPError as err:
        return err.code, _json(err.read())
