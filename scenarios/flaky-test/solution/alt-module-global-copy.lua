-- Valid route (play-test): drops lru_cache for a module global read once and returns a fresh
-- copy (json round trip) from load_defaults; explains in #dev. The defaults are still read once
-- per process, so cache holds. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "python3 -m pytest -q --seed 4029 | tail -3" },
  { sh = "python3 -m pytest -q --seed 4029 -v | grep -E 'PASSED|FAILED' | head -30" },
  { sh = "cat shopcfg/settings.py; git log --oneline -5" },
  { sh = [[cat > shopcfg/settings.py <<'PY'
"""Shop settings: the platform defaults (defaults.json), overridden by what a shop configured."""
import json
import os

DEFAULTS_FILE = os.path.join(os.path.dirname(__file__), "defaults.json")

_DEFAULTS = None


def load_defaults():
    """A fresh copy of the platform defaults. The file is read once per process."""
    global _DEFAULTS
    if _DEFAULTS is None:
        with open(DEFAULTS_FILE, encoding="utf-8") as f:
            _DEFAULTS = json.load(f)
    return json.loads(json.dumps(_DEFAULTS))


def settings_for(shop):
    """The settings of one shop: the defaults with the shop's own overrides applied."""
    settings = load_defaults()
    settings.update(shop.get("overrides", {}))
    return settings
PY
for s in 3 20 4029 7 8; do python3 -m pytest -q --seed $s | tail -1; done]] },
  { sh = "git add shopcfg/settings.py && git commit -q -m 'Hand out a copy of the defaults: shop overrides changed the cached dict (QA-88)' && git status --short" },
  { submit = "flaky" },
  { post = "#dev", text = "@sofia QA-88: the euro test failed only when test_export_swiss_shop_in_francs ran before it. load_defaults() returned one cached dict and settings_for() updated it in place, so the CHF override stuck for every later shop in the process, in production too, not just in the tests. load_defaults now reads the file once and hands out a copy each time. Committed." },
  { finish = true },
}
