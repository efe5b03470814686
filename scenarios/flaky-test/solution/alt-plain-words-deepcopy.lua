-- Alternative (found by playing): replays CI seed 3, fixes with copy.deepcopy, a unittest-style
-- regression test, and explains in plain words without the usual terms ("happened to run
-- earlier", "memoized ... the very same dictionary", "outside the tests ... would inherit its
-- currency"): 100 % (explained was 5 while the word lists missed these).
return {
  { sh = "grep -n 'seed\\|FAILED' ci-logs/build-2291.log | head" },
  { sh = "python3 -m pytest -q --seed 3 | tail -n 3" },
  { sh = "git log -p -1 -- shopcfg/settings.py | head -40" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("shopcfg/settings.py")
s = p.read_text()
s = s.replace("import json\n", "import copy\nimport json\n", 1)
s = s.replace("    settings = load_defaults()\n", "    settings = copy.deepcopy(load_defaults())\n", 1)
p.write_text(s)
PY
cat > tests/test_settings_no_bleed.py <<'PY'
import unittest

from shopcfg.settings import settings_for


class NoBleedBetweenShops(unittest.TestCase):
    def test_second_shop_keeps_default_currency(self):
        settings_for({"id": "ch", "overrides": {"currency": "CHF"}})
        self.assertEqual(settings_for({"id": "de"})["currency"], "EUR")
PY
python3 -m pytest -q --no-shuffle tests/test_export.py tests/test_checkout.py | tail -n 1; for s in 3 20 4029; do python3 -m pytest -q --seed $s | tail -n 1; done]] },
  { sh = "git add shopcfg/settings.py tests/test_settings_no_bleed.py && git commit -q -m 'settings_for: work on a copy of the cached defaults so overrides stay per shop (QA-88)'" },
  { post = "#dev", text = "@sofia QA-88: the euro test only breaks when the francs export test happened to run earlier in the same session. load_defaults() is memoized and hands back the very same dictionary every time; settings_for wrote each shop's overrides straight into it. So outside the tests, any shop handled after a shop with overrides in the same worker would inherit its currency. Fixed by giving each shop a copy; the memoization stays." },
  { submit = "flaky" },
  { finish = true },
}
