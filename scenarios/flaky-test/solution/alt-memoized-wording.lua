-- alt: reproduces with the CI seed and -x, narrows the order by explicit node ids inside a
-- $(...) in an echo, fixes with .copy() via awk, a unittest-style regression test, commits with
-- a message file, and explains in #dev in other words: "memoized", "identical dictionary
-- instance", "wrote each shop's overrides into it" (no "cache", "mutate" or "in place").
return {
  { sh = "grep -n -i 'seed\\|FAILED\\|assert' ci-logs/build-2291.log | head -20" },
  { sh = "python3 -m pytest -x -q --seed 4029 2>&1 | tail -n 15 # replay CI" },
  { sh = [[echo "narrowed: $(python3 -m pytest -q --no-shuffle tests/test_export.py::test_export_swiss_shop_in_francs tests/test_checkout.py::test_default_shop_pays_in_euro 2>&1 | tail -n 1)"]] },
  { sh = "git blame -L '/def load_defaults/,+12' shopcfg/settings.py; git show --stat HEAD~1 | head" },
  { sh = [[awk '{ if ($0 == "    settings = load_defaults()") print "    settings = load_defaults().copy()  # never modify the memoized defaults"; else print }' shopcfg/settings.py > /tmp/settings.new && cp /tmp/settings.new shopcfg/settings.py && git diff shopcfg]] },
  { sh = [[cat > tests/test_shop_isolation.py <<'PY'
import unittest

from shopcfg.settings import load_defaults, settings_for


class ShopIsolation(unittest.TestCase):
    def test_franc_override_stays_with_its_shop(self):
        swiss = settings_for({"id": "zurich", "overrides": {"currency": "CHF"}})
        self.assertEqual(swiss["currency"], "CHF")
        self.assertEqual(settings_for({"id": "berlin"})["currency"], "EUR")
        self.assertEqual(load_defaults()["currency"], "EUR")
PY
for seed in 3 20 4029 77 1234; do python3 -m pytest -q --seed $seed 2>&1 | tail -n 1; done]] },
  { sh = [[printf 'Stop settings_for from mutating the memoized platform defaults\n\nQA-88: overrides of one shop leaked into later shops.\n' > /tmp/commitmsg
git add shopcfg/settings.py tests/test_shop_isolation.py && git commit -q -F /tmp/commitmsg && git status --porcelain && git log --oneline -n 2]] },
  { post = "#dev", text = "@Sofia QA-88 root cause: the failure shows up only when test_export_swiss_shop_in_francs executes earlier in the same session than test_default_shop_pays_in_euro (seed 4029 reproduces it). Since Malik's perf commit, load_defaults() is memoized, so every call returns the identical dictionary instance, and settings_for() wrote each shop's overrides into it. Beyond the tests, this hits customers: in a long-running worker a shop with CHF would switch later shops to CHF as well. Fix (committed): settings_for now starts from a copy, the memoization stays, plus a regression test." },
  { submit = "flaky" },
  { finish = true },
}
