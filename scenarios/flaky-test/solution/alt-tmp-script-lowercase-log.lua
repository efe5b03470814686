-- Careful junior on another route (play round vA, fourth session): terse lowercase throughout.
-- Saves a seeded run to a scratch log in /tmp and greps it, confirms the pair with an explicit
-- order, writes a python fix script in /tmp (settings built as a new dict from the defaults and
-- the overrides), runs it and deletes it, runs the suite under a while loop of seeds, commits
-- with `git commit -a` plus `git add` of its test, and tells #dev first that it is on it and
-- then, in one long lowercase message, what was wrong. Must pass with full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { post = "#dev", text = "looking at qa-88 (flaky euro test) now" },
  { sh = "python3 -m pytest --seed 4029 -v > /tmp/qa88-run.txt 2>&1; grep -n 'FAILED\\|PASSED' /tmp/qa88-run.txt | head -n 30" },
  { sh = "python3 -m pytest -q --no-shuffle tests/test_export.py::test_export_swiss_shop_in_francs tests/test_checkout.py::test_default_shop_pays_in_euro; rm /tmp/qa88-run.txt" },
  { sh = "git log --oneline -- shopcfg/ | head -n 5; sed -n '15,25p' shopcfg/settings.py" },
  { sh = [[cat > /tmp/fix_qa88.py <<'EOF'
path = "shopcfg/settings.py"
src = open(path).read()
old = '    settings = load_defaults()\n    settings.update(shop.get("overrides", {}))\n'
new = '    settings = {**load_defaults(), **shop.get("overrides", {})}\n'
assert old in src
open(path, "w").write(src.replace(old, new))
EOF
python3 /tmp/fix_qa88.py && rm /tmp/fix_qa88.py && git diff]] },
  { sh = [[printf '%s\n' 'from shopcfg.settings import settings_for' '' '' 'def test_chf_shop_does_not_change_next_shop():' '    settings_for({"overrides": {"currency": "CHF"}})' '    assert settings_for({})["currency"] == "EUR"' > tests/test_no_leak.py && python3 -m pytest -q tests/test_no_leak.py | tail -n 1]] },
  { sh = "s=1; while [ $s -le 12 ]; do python3 -m pytest -q --seed $s | tail -n 1; s=$((s+1)); done; python3 -m pytest -q --seed 4029 | tail -n 1" },
  { sh = "git add tests/test_no_leak.py && git commit -qam 'settings_for: build a new dict instead of updating the cached defaults (qa-88)' && git status --short && git log --oneline -n 2" },
  { submit = "flaky" },
  { post = "#dev", text = "qa-88 fixed + committed. it only failed in some test orders: the swiss export test (chf override) running before test_default_shop_pays_in_euro made the default shop come out in chf. root cause is the lru_cache on load_defaults(): settings_for() did .update() on the cached dict, so every shop's overrides got written into the shared defaults. in prod that leaks one shop's currency into other shops' requests on the same worker. settings_for now builds a new dict from defaults + overrides, cache kept, regression test added" },
  { finish = true },
}
