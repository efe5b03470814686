-- Alternative for flaky-test: reproduce by looping over seeds, find the culprit by running the
-- victim after each test file in turn, fix with a merged new dict written by a python one-off,
-- and explain in #dev.
return {
  { sh = "for s in $(seq 1 12); do echo \"seed $s: $(python3 -m pytest -q --seed $s 2>&1 | tail -n 1)\"; done" },
  { sh = "for f in tests/test_money.py tests/test_settings.py tests/test_export.py; do echo \"$f: $(python3 -m pytest -q --no-shuffle $f tests/test_checkout.py 2>&1 | tail -n 1)\"; done" },
  { sh = "grep -n overrides tests/test_export.py; cat shopcfg/settings.py" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("shopcfg/settings.py")
s = p.read_text()
old = '    settings = load_defaults()\n    settings.update(shop.get("overrides", {}))\n    return settings\n'
assert old in s
p.write_text(s.replace(old, '    return {**load_defaults(), **shop.get("overrides", {})}\n'))
PY
for s in $(seq 1 12); do python3 -m pytest -q --seed $s 2>&1 | tail -n 1; done | sort | uniq -c]] },
  { sh = "git commit -qam 'settings_for: build a new dict instead of updating the cached defaults' && git log --oneline -1" },
  { post = "#dev", text = "@sofia found QA-88: the checkout test fails whenever test_export_swiss_shop_in_francs runs before it (order-dependent). settings_for() did .update() on the dict cached by load_defaults()'s lru_cache, so the CHF override changed the defaults themselves. Not just a test problem: in production one shop's overrides would leak into other shops served by the same process. Fixed by returning a new merged dict; the cache stays." },
  { submit = "flaky" },
  { finish = true },
}
