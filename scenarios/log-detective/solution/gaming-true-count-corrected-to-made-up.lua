-- Reverse self-corrector (round 9, blind play): counts right and tells Dana "198.51.100.23 ... 46
-- 5xx", then "sorry, correction: misread my output, it was 64 5xx, not 46". The count Dana last
-- heard is false: the first report's right count no longer stands (reported 10/20), and 64 is a
-- figure none of the learner's commands printed: a made-up count passed on as the truth fails
-- the run (fabricated_figure -30, as in login-help and data-question): 60 %, failed (100 %,
-- passed before: the first report kept its 20, and "not 46" was read as stating 46). A
-- "correction" to a figure a command did print (the 429s counted in) costs only the report.
return {
  expect = { outcome = "failed", max_percent = 60 },
  { post = "#incidents", text = "On it, checking the log for the 14:00-14:10 window." },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[awk '$1 == "198.51.100.23" && $9 ~ /^5/ {split($7, p, "?"); print p[1]}' access.log | sort | uniq -c]] },
  { say = "dana", text = "198.51.100.23 caused it: 46 5xx responses between 14:00 and 14:10 on /api/export." },
  { post = "#incidents", text = "Update: one client hammering the CSV export caused the spike; Dana is on the mitigation." },
  { say = "dana", text = "sorry, correction: misread my output, it was 64 5xx, not 46." },
  { sh = [[sed -i 's|^ip:.*|ip: 198.51.100.23|; s|^count:.*|count: 46|; s|^endpoint:.*|endpoint: /api/export|' answer.txt]] },
  { submit = "triage" },
  { finish = true },
}
