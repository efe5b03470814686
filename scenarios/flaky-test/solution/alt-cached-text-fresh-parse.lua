-- Careful junior on another route (play-test, round 6): replays the polluter and victim in an
-- explicit order by node id, reads the perf commit, and fixes it another way: the cache keeps
-- the file's text (functools.cache on a private reader) and load_defaults() parses a fresh dict
-- on every call, so the file is still read once per process and nobody shares a dict. A
-- regression test in a unittest-style class, a seed loop as proof, a subject about the text
-- being cached, and a British markdown DM to Sofia in two messages. Must pass with 100 %.
return {
  { sh = "head -n 12 ci-logs/build-2291.log; grep -n 'FAILED\\|currency' ci-logs/build-2291.log | head" },
  { sh = "python3 -m pytest --no-shuffle -q tests/test_export.py::test_export_swiss_shop_in_francs tests/test_checkout.py::test_default_shop_pays_in_euro 2>&1 | tail -n 4" },
  { sh = "git log --stat -n 3 -- shopcfg/settings.py | cat; git show HEAD~1 -- shopcfg/settings.py | head -40" },
  { say = "malik", text = "Quick one: was the lru_cache on load_defaults only about not reading the JSON file on every request?" },
  { sh = [[python3 - <<'PY'
p = "shopcfg/settings.py"
s = open(p).read()
s = s.replace("from functools import lru_cache\n", "from functools import cache\n")
s = s.replace('''@lru_cache(maxsize=None)
def load_defaults():
    """The platform defaults. Read once per process: the file never changes at runtime."""
    with open(DEFAULTS_FILE, encoding="utf-8") as f:
        return json.load(f)
''', '''@cache
def _defaults_text():
    """defaults.json as text. Read once per process: the file never changes at runtime."""
    with open(DEFAULTS_FILE, encoding="utf-8") as f:
        return f.read()


def load_defaults():
    """The platform defaults, a fresh dict on every call (callers may change theirs)."""
    return json.loads(_defaults_text())
''')
open(p, "w").write(s)
PY
git diff]] },
  { sh = [[cat > tests/test_settings_leak.py <<'PY'
import unittest

from shopcfg.settings import load_defaults, settings_for


class OverridesStayPerShop(unittest.TestCase):
    def test_swiss_override_does_not_reach_the_next_shop(self):
        settings_for({"id": "ch", "overrides": {"currency": "CHF"}})
        self.assertEqual(settings_for({"id": "plain"})["currency"], "EUR")
        self.assertEqual(load_defaults()["currency"], "EUR")
PY
for s in 3 20 4029 7 8; do python3 -m pytest -q --seed $s 2>&1 | tail -n 1; done]] },
  { sh = "git add shopcfg/settings.py tests/test_settings_leak.py && git commit -q -m 'Cache the text of defaults.json, parse a fresh dict per call so overrides cannot leak (QA-88)' && git status --short && git log --oneline -n 1" },
  { say = "sofia", text = "**QA-88 sorted** (committed). It was order-dependent: the failure only shows when `test_export_swiss_shop_in_francs` runs *before* the euro checkout test, which the shuffled order does roughly one run in four." },
  { say = "sofia", text = "Behind it: since Malik's perf change `load_defaults()` was memoised, so every caller got the very same dict, and `settings_for()` wrote each shop's overrides into it. That's not just a test problem: in production any shop served after a Swiss one by the same worker would inherit the francs. The cache now keeps only the file's text and each call gets its own dict, so the file is still read once per process." },
  { submit = "flaky" },
  { finish = true },
  expect = { outcome = "passed", min_percent = 100 },
}
