-- Reference solution for flaky-test: read the CI log, replay its order with the seed, bisect to
-- the polluting test, read the history of settings.py, give each shop its own copy of the
-- cached defaults, add a regression test, prove it in many orders, commit, explain to Sofia.
return {
  { sh = "sed -n '6,10p;30,45p' ci-logs/build-2291.log" },
  { sh = "python3 -m pytest -q --seed 4029 | tail -3" },
  { sh = "python3 -m pytest --seed 4029 -v | grep -B8 FAILED | head -12" },
  { sh = "python3 -m pytest -q --no-shuffle tests/test_export.py::test_export_swiss_shop_in_francs tests/test_checkout.py::test_default_shop_pays_in_euro | tail -2" },
  { sh = "cat shopcfg/settings.py; git log --oneline -- shopcfg/settings.py" },
  { sh = "git log -p -1 -- shopcfg/settings.py | head -30" },
  { sh = "sed -i 's/    settings = load_defaults()$/    settings = dict(load_defaults())  # a copy: the cached defaults must never change/' shopcfg/settings.py && git diff" },
  { sh = [[cat > tests/test_settings_isolation.py <<'PY'
from shopcfg.settings import load_defaults, settings_for


def test_an_override_does_not_leak_into_the_next_shop():
    settings_for({"id": "swiss", "overrides": {"currency": "CHF"}})
    assert settings_for({"id": "plain"})["currency"] == "EUR"
    assert load_defaults()["currency"] == "EUR"
PY
python3 -m pytest -q --seed 4029 | tail -1]] },
  { sh = "for s in 2 3 11 20 4029; do python3 -m pytest -q --seed $s | tail -1; done" },
  { sh = "git add shopcfg/settings.py tests/test_settings_isolation.py && git commit -q -m 'Copy the cached defaults in settings_for so shop overrides do not leak (QA-88)' && git status --short" },
  { say = "sofia", text = "QA-88 is fixed and committed. It depended on the test order: whenever the Swiss export test (CHF override) ran before test_default_shop_pays_in_euro with no EUR shop in between, the default shop came out in CHF. Cause: since the perf change, load_defaults() is an lru_cache and settings_for() called .update() on that cached dict, so every override changed the defaults for all later shops. That's a real production bug too: in one worker process a shop's currency could leak into the next shops' requests. settings_for now works on a copy (cache kept), and I added a regression test." },
  { submit = "flaky" },
  { finish = true },
}
