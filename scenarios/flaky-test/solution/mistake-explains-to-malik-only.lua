-- Round 10, the wrong recipient: the whole explanation (order, cache mutated in place, production
-- impact) sent to Malik, and only "QA-88 is fixed and committed." to Sofia, who asked for it in
-- the ticket. explained goes (0), the rest keeps its credit: 85 %.
local base = require("actions")
local out = { expect = { max_percent = 85 } }
for i = 1, #base - 3 do out[#out + 1] = base[i] end
out[#out + 1] = { say = "malik", text = "Hi Malik, QA-88 was your lru_cache: load_defaults() returns the cached dict and settings_for() called .update() on it, so when the Swiss export test (CHF) runs before test_default_shop_pays_in_euro the default shop comes out in CHF. In production one shop's overrides could leak into the next shop's requests in the same worker. I kept the cache, settings_for works on a copy now." }
out[#out + 1] = { say = "sofia", text = "QA-88 is fixed and committed." }
out[#out + 1] = { submit = "flaky" }
out[#out + 1] = { finish = true }
return out
