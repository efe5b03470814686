-- Alternative for flaky-test: ask Malik about the cache before changing it, keep the cached
-- read private and hand out deep copies from load_defaults() (no caller can change the cache),
-- rewrite the file with a heredoc, commit with -a, explain by DM in two messages.
return {
  { sh = "python3 -m pytest -q --seed 4029 2>&1 | tail -n 3" },
  { sh = "git log --stat -3 | cat" },
  { say = "malik", text = "Hi Malik, why was the lru_cache added to load_defaults? I think settings_for changes the cached dict." },
  { sh = [[cat > shopcfg/settings.py <<'PY'
"""Shop settings: the platform defaults (defaults.json), overridden by what a shop configured."""
import copy
import json
import os
from functools import lru_cache

DEFAULTS_FILE = os.path.join(os.path.dirname(__file__), "defaults.json")


@lru_cache(maxsize=None)
def _read_defaults():
    """defaults.json, read once per process (settings_for runs on every request)."""
    with open(DEFAULTS_FILE, encoding="utf-8") as f:
        return json.load(f)


def load_defaults():
    """The platform defaults: a fresh copy each time, so no caller can change the cached ones."""
    return copy.deepcopy(_read_defaults())


def settings_for(shop):
    """The settings of one shop: the defaults with the shop's own overrides applied."""
    settings = load_defaults()
    settings.update(shop.get("overrides", {}))
    return settings
PY
python3 -m pytest -q --seed 4029 | tail -n 1; python3 -m pytest -q --seed 3 | tail -n 1]] },
  { sh = "git commit -qam 'Hand out copies of the cached defaults: overrides leaked between shops' && git show --stat HEAD | cat" },
  { say = "sofia", text = "Found it: the test is order dependent. If the Swiss shop export test runs first, its CHF override is written into the cached defaults, because settings_for updated the dict that load_defaults caches (lru_cache) in place." },
  { say = "sofia", text = "So it's a real bug, not only the test: in production every shop handled after a CHF shop by the same process would get CHF. load_defaults now returns a copy; committed." },
  { submit = "flaky" },
  { finish = true },
}
