-- Mistake for day-at-work: a hurried junior who skips data/README.md and counts rows: Sam gets
-- the number of in_transit rows (most of those parcels were delivered since), OPS-88 counts
-- the importer's duplicates and compares the delivery timestamp with the promised date as text.
-- SHIP-231 and the review are fine.
local day = require("parts.day")

return {
  expect = { outcome = "failed", max_percent = 70 },
  table.unpack(day.steps(
    { sh = "head -3 data/shipments.csv" },
    { wait = 500 },
    { say = "dana", text = "Sure, OPS-88 first." },
    { sh = [[awk -F, 'NR > 1 && $7 == "delivered" && $6 ~ /^2024-09/ { d[$3]++; if ($6 > $5) l[$3]++ } END { for (c in d) printf "%s,%d,%d,%.1f\n", c, d[c], l[c], 100 * l[c] / d[c] }' data/shipments.csv | sort | sed '1i carrier,delivered,late,late_pct' > out/ops-88.csv; cat out/ops-88.csv]] },
    { submit = "ops88" },
    { wait = 400 },
    { sh = "grep Brightmart data/shipments.csv | grep -c in_transit" },
    { say = "sam", text = "Brightmart has 134 parcels in transit." },
    { post = "#ops", text = "@rita OPS-88 is in out/ops-88.csv: RoadRunner is worst, 96.8 % late." },
    day.review_properly(300),
    { wait = 600 },
    day.eta_on_branch,
    { finish = true }
  )),
}
