-- Mistake for log-detective: a right analysis and report to Dana, but #incidents gets only
-- "@jordan on it, support will hear from us soon": naming support is no status, so the update
-- earns the acknowledgement's 5 of 10 (95 %).
return {
  expect = { outcome = "passed", max_percent = 95 },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00" && $4 < "[12/Mar/2024:14:10" && $9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[awk '$1 == "198.51.100.23" && $4 >= "[12/Mar/2024:14:00" && $4 < "[12/Mar/2024:14:10" && $9 ~ /^5/ {print $7}' access.log | sort | uniq -c]] },
  { sh = [[sed -i "s|^ip:.*|ip: 198.51.100.23|; s|^count:.*|count: 46|; s|^endpoint:.*|endpoint: /api/export|" answer.txt; cat answer.txt]] },
  { say = "dana", text = "198.51.100.23 caused it: 46 5xx between 14:00 and 14:10 on /api/export." },
  { post = "#incidents", text = "@jordan on it, support will hear from us soon." },
  { submit = "triage" },
  { finish = true },
}
