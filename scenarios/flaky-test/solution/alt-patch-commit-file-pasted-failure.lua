-- Tool-swapper and echoer (round 11, h3): replays the CI seed with -p no:cacheprovider and -x,
-- saves the real failure with tee, fixes settings_for with `patch -p1` from a here-document,
-- commits with `git -C /workspace commit -F` a message file, and pastes the real failure line
-- (read back from the tee'd file) to Sofia in a code block, in formal markdown. Valid: 100 %.
return {
  { sh = "python3 -m pytest -p no:cacheprovider -x --seed=4029 2>&1 | tee /tmp/seed4029.txt | tail -4" },
  { sh = "python3 -m pytest -p no:cacheprovider --seed=4029 -v 2>&1 | grep -n -e PASSED -e FAILED | grep -B3 FAILED | head -6" },
  { sh = "git -C /workspace log --oneline -3 -- shopcfg/settings.py && git -C /workspace show HEAD~0 --stat | head -5" },
  { sh = [[patch -p1 <<'DIFF'
--- a/shopcfg/settings.py
+++ b/shopcfg/settings.py
@@ -15,6 +15,7 @@
 
 def settings_for(shop):
     """The settings of one shop: the defaults with the shop's own overrides applied."""
-    settings = load_defaults()
+    # load_defaults() is cached: work on a copy so one shop's overrides never reach the next
+    settings = dict(load_defaults())
     settings.update(shop.get("overrides", {}))
     return settings
DIFF
for s in 3 20 4029 99; do python3 -m pytest -q -p no:cacheprovider --seed=$s 2>&1 | tail -1; done]] },
  { sh = [[printf '%s\n' 'settings_for: copy the cached defaults before applying shop overrides' '' 'The lru_cache on load_defaults (perf change) made every shop share one dict,' 'so a CHF override leaked into later shops (QA-88).' > /tmp/msg.txt && git -C /workspace commit -q -a -F /tmp/msg.txt && git -C /workspace log --oneline -1 && git -C /workspace status --short]] },
  { sh = "grep -m1 -e \"^E \" -e 'AssertionError' /tmp/seed4029.txt" },
  { say = "sofia", text = [[## QA-88: fixed and committed

**What failed** (CI seed 4029, reproduced locally):
```
E       AssertionError: assert '29,90 CHF' == '29,90 €'
```

- **Order dependence:** `test_default_shop_pays_in_euro` fails only when `test_export_swiss_shop_in_francs` runs before it (no EUR shop in between).
- **Mechanism:** `load_defaults()` has been `@lru_cache`d since the perf commit; `settings_for()` called `.update()` on that cached dict, so the Swiss CHF override changed the defaults for every later shop.
- **Production impact:** yes, in one worker process a shop could get another shop's currency.
- **Fix:** `settings_for()` now works on a copy; the cache (and its latency win) is kept.]] },
  { submit = "flaky" },
  { finish = true },
}
