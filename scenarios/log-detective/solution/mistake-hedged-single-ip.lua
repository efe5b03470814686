-- Hedger (round 10): the counting is real and right, but the report to Dana hedges: "I think it's
-- probably 198.51.100.23? ... around 46 ... not 100% sure though". answer.txt is right. A finding said
-- as a guess costs 5 of the report (Dana blocks on the learner's word): 95 %, passed (100 % before).
return {
  expect = { outcome = "passed", min_percent = 95, max_percent = 95 },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 >= 500 {print $1}' access.log | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[awk '$1 == "198.51.100.23" && $9 >= 500 {split($7, p, "?"); print p[1]}' access.log | sort | uniq -c]] },
  { sh = [[sed -i 's|^ip:.*|ip: 198.51.100.23|; s|^count:.*|count: 46|; s|^endpoint:.*|endpoint: /api/export|' answer.txt]] },
  { say = "dana", text = "hi Dana, I think it's probably 198.51.100.23? looks like around 46 5xx in the window, mostly /api/export. not 100% sure though" },
  { post = "#incidents", text = "Looking at it, probably one client hammering /api/export." },
  { submit = "triage" },
  { finish = true },
}
