-- Mistake flaky-test: reproduces and fixes it right, but leaves a debug print in the code,
-- commits a scratch file with everything (git add -A) under the subject "stuff" and explains
-- little. Each costs its own line: committed 0/5 (subject), scope 0/5 (scratch.py, the print),
-- explained 5/15; Malik asks for changes (the subject). The fix itself is real: 80 %, failed
-- only by the review.
return {
  expect = { outcome = "failed", max_percent = 80 },
  { sh = "python3 -m pytest -q --seed 4029 | tail -n 2" },
  { sh = "cat shopcfg/settings.py" },
  { sh = [[cat > scratch.py <<'PY'
# trying stuff
from shopcfg.settings import settings_for
print(settings_for({"id": "x", "overrides": {"currency": "CHF"}}))
print(settings_for({"id": "y"}))
PY
python3 scratch.py]] },
  { sh = [[sed -i 's/    settings = load_defaults()$/    settings = dict(load_defaults())\n    print("DEBUG settings", shop, settings)/' shopcfg/settings.py && python3 -m pytest -q --seed 4029 | tail -n 1]] },
  { sh = "git add -A && git commit -q -m 'stuff' && git status --short" },
  { post = "#dev", text = "fixed the flaky thing, was some cache issue" },
  { say = "sofia", text = "done, pls check" },
  { submit = "flaky" },
  { finish = true },
}
