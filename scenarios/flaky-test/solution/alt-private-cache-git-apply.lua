-- Careful junior on another route (play round vA, fourth session): reproduces with the pytest
-- binary and the CI seed, narrows to the two tests with -k, restructures the code with a patch
-- applied by `git apply` (the lru_cache moves to a private _read_defaults(); load_defaults()
-- hands every caller a fresh dict: cache kept, one file read), first tries a wrong edit and
-- undoes it with `git checkout --`, commits with -a then amends its own commit to add a
-- regression test, and tells Sofia in several short DMs at the end. Must pass with full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "pytest -q --seed 4029 2>&1 | tail -n 4" },
  { sh = "pytest -q --seed 4029 -k 'swiss or pays_in_euro' -v 2>&1 | tail -n 6" },
  { sh = "cat shopcfg/settings.py && git log -p -n 1 -- shopcfg/settings.py | head -n 25" },
  { sh = "sed -i 's/settings.update(/settings = settings | (/' shopcfg/settings.py && python3 -c 'import shopcfg.settings' ; git checkout -- shopcfg/settings.py && git status --short" },
  { sh = [[cat > /tmp/qa88.diff <<'EOF'
--- a/shopcfg/settings.py
+++ b/shopcfg/settings.py
@@ -7,14 +7,19 @@ DEFAULTS_FILE = os.path.join(os.path.dirname(__file__), "defaults.json")
 
 
 @lru_cache(maxsize=None)
-def load_defaults():
-    """The platform defaults. Read once per process: the file never changes at runtime."""
+def _read_defaults():
+    """The platform defaults as read from disk. Read once per process; never hand this out."""
     with open(DEFAULTS_FILE, encoding="utf-8") as f:
         return json.load(f)
 
 
+def load_defaults():
+    """The platform defaults: a fresh dict per call, so a caller may change it safely."""
+    return dict(_read_defaults())
+
+
 def settings_for(shop):
     """The settings of one shop: the defaults with the shop's own overrides applied."""
     settings = load_defaults()
     settings.update(shop.get("overrides", {}))
     return settings
EOF
git apply /tmp/qa88.diff && rm /tmp/qa88.diff && git diff --stat]] },
  { sh = "pytest -q --seed 4029 | tail -n 1 && pytest -q --seed 3 | tail -n 1 && pytest -q --seed 20 | tail -n 1" },
  { sh = "git commit -q -am 'Stop shop overrides leaking into the cached defaults (QA-88)'" },
  { sh = [[cat > tests/test_defaults_copy.py <<'EOF'
from shopcfg.settings import load_defaults, settings_for


def test_overrides_do_not_change_the_defaults():
    assert settings_for({"overrides": {"currency": "CHF"}})["currency"] == "CHF"
    assert settings_for({})["currency"] == "EUR"
    assert load_defaults()["currency"] == "EUR"
EOF
pytest -q | tail -n 1 && git add tests/test_defaults_copy.py && git commit -q --amend --no-edit && git show --stat HEAD | tail -n 4 && git status --short]] },
  { submit = "flaky" },
  { say = "sofia", text = "QA-88 is fixed and committed." },
  { say = "sofia", text = "It was test-order dependent: if the Swiss export test (CHF) ran before test_default_shop_pays_in_euro, the default shop came out in CHF. I could reproduce it every time with the CI seed 4029." },
  { say = "sofia", text = "Root cause: Malik's lru_cache returns the same dict to every caller, and settings_for() called .update() on it, so each shop's overrides were written into the shared defaults. In production that means one shop's currency could leak into other shops served by the same process." },
  { say = "sofia", text = "The cache stays (still one file read), but load_defaults() now returns a fresh copy each time. Added a regression test too." },
  { finish = true },
}
