-- Round 10, the indirect runner: the CI order replayed only through a script file (`timeout 120
-- bash /tmp/repro.sh`, python3 -m pytest --seed 4029 inside); the explanation says the euro test
-- "fails ... after the Swiss export test" (a position before the polluter, no verb of running).
-- Before: 95 % (explained missed the order). Now 100 %.
local base = require("actions")
-- the CI order replayed only through a script file; the explanation says the euro test "fails
-- ... after the Swiss export test"
local out = { base[1],
  { sh = "printf 'cd /workspace\\npython3 -m pytest -q --seed 4029 | tail -3\\n' > /tmp/repro.sh && timeout 120 bash /tmp/repro.sh" },
}
for i = 5, #base - 3 do out[#out + 1] = base[i] end
out[#out + 1] = { say = "sofia", text = "QA-88 is fixed and committed. I reproduced it with the CI seed: python3 -m pytest --seed 4029 fails test_default_shop_pays_in_euro (CHF instead of EUR) after the Swiss export test. Cause: load_defaults() is an lru_cache and settings_for() called .update() on the cached dict, so overrides leaked into every later shop, in production too (one worker process). settings_for now copies the defaults, cache kept." }
out[#out + 1] = { submit = "flaky" }
out[#out + 1] = { finish = true }
return out
