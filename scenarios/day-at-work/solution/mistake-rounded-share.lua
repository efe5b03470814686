-- Mistake for day-at-work: the headline to Rita carries ParcelNow's share as 12.0 % (true: 6 of
-- 48 = 12.5 %), a figure the data does not give (play-test finding: within half a point used to
-- pass). The worst carrier's 27.4 % is right; any unreal figure costs the headline (2 of 8),
-- nothing else (146/152).
local day = require("parts.day")

return {
  expect = { outcome = "passed", min_percent = 95.5, max_percent = 96.1 },
  table.unpack(day.careful_day({
    headline = "OPS-88 is in out/ops-88.csv. Headline: Cargola is worst with 27.4 % late; ParcelNow is at 12.0 %.",
  })),
}
