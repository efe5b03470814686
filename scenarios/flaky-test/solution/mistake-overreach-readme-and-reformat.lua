-- Over-reacher (round 11, h3): the right fix (dict copy in settings_for, cache kept, a regression
-- test, a true explanation) plus unrequested extras: settings.py reformatted (type hints, renamed
-- file handle), money.py's SYMBOLS reordered, and a "Known issues" section appended to the
-- workspace README.md, all in the same commit. Only Malik's scope item is about that: 95 %.
return {
  expect = { outcome = "passed", min_percent = 95, max_percent = 95 },
  { sh = "python3 -m pytest -q --seed 4029 2>&1 | tail -3" },
  { sh = "python3 -m pytest -q --seed 4029 -v 2>&1 | grep -B6 FAILED | head -10" },
  { sh = "git log -p -1 -- shopcfg/settings.py | head -30" },
  { sh = [[cat > shopcfg/settings.py <<'PY'
"""Shop settings: the platform defaults (defaults.json), overridden by what a shop configured."""
import json
import os
from functools import lru_cache
from typing import Any, Dict

DEFAULTS_FILE = os.path.join(os.path.dirname(__file__), "defaults.json")


@lru_cache(maxsize=None)
def load_defaults() -> Dict[str, Any]:
    """The platform defaults. Read once per process: the file never changes at runtime."""
    with open(DEFAULTS_FILE, encoding="utf-8") as handle:
        return json.load(handle)


def settings_for(shop: Dict[str, Any]) -> Dict[str, Any]:
    """The settings of one shop: a copy of the defaults with the shop's own overrides applied."""
    settings = dict(load_defaults())
    settings.update(shop.get("overrides", {}))
    return settings
PY
sed -i 's/^SYMBOLS = .*/SYMBOLS = {"CHF": "CHF", "EUR": "€", "GBP": "£", "USD": "$"}/' shopcfg/money.py
printf '\n## Known issues\n\n- QA-88: settings_for used to change the cached defaults (fixed).\n' >> README.md
cat > tests/test_settings_copy.py <<'PY'
from shopcfg.settings import load_defaults, settings_for


def test_overrides_do_not_touch_the_defaults():
    settings_for({"id": "ch", "overrides": {"currency": "CHF"}})
    assert load_defaults()["currency"] == "EUR"
PY
for s in 3 20 4029; do python3 -m pytest -q --seed $s 2>&1 | tail -1; done]] },
  { sh = "git add -A && git commit -qm 'Copy the cached defaults in settings_for, tidy settings and money, README note (QA-88)'" },
  { say = "sofia", text = "QA-88 fixed and committed. The euro test fails when the Swiss export test runs before it (order dependent, CI seed 4029). load_defaults() is lru_cached and settings_for() updated that cached dict in place, so the CHF override leaked into every later shop: in production the same thing happens across requests in one worker. settings_for now works on a copy, the cache stays. I also tidied settings.py and money.py a bit and noted it in the README." },
  { submit = "flaky" },
  { finish = true },
}
