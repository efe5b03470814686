-- Mistake: reproduces with the CI seed and fixes the code right (a copy of the cached defaults),
-- with a clear subject and a full explanation, but leaves a debug print in settings.py and
-- commits a scratch script with `git add -A`. Untidy commits cost Malik's remark `scope` (5),
-- not the approval of a fix that works: 95 %, passed (as a check, scope made Malik refuse).
return {
  expect = { outcome = "passed", min_percent = 95, max_percent = 95 },
  { sh = "python3 -m pytest -q --seed 4029 | tail -n 2" },
  { sh = [[cat > scratch.py <<'PY'
from shopcfg.settings import settings_for
print(settings_for({"id": "x", "overrides": {"currency": "CHF"}}))
print(settings_for({"id": "y"}))
PY
python3 scratch.py]] },
  { sh = [[sed -i 's/    settings = load_defaults()$/    settings = dict(load_defaults())\n    print("DEBUG settings", shop, settings)/' shopcfg/settings.py && python3 -m pytest -q --seed 4029 | tail -n 1]] },
  { sh = "git add -A && git commit -q -m 'Copy the cached defaults so shop overrides no longer leak into the next shop' && git status --short" },
  { say = "sofia", text = "QA-88: it depends on the test order. When test_export_swiss_shop_in_francs runs first, settings_for calls .update() on the dict that the lru_cache on load_defaults returns, so CHF ends up in the cached defaults. In production that means one shop's overrides leak into every later shop's settings in the same process, not just a test problem. settings_for now copies the defaults first; the cache stays." },
  { submit = "flaky" },
  { finish = true },
}
