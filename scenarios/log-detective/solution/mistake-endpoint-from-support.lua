-- Mistake for log-detective: finds the client and counts its 5xx in the window for real, but never
-- looks at which path it hit: support's message ("their CSV export has been failing") is enough
-- to write `endpoint: /api/export` into answer.txt. Right by luck, and the endpoint check alone
-- cannot tell: the replay on a log where that path is renamed shows no command of the learner
-- ever printed it (never_looked_endpoint, -10). IP, count and the report are real: 90 %, passed.
return {
  expect = { outcome = "passed", max_percent = 90 },
  { sh = "head -n 3 access.log" },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[awk '$1 == "198.51.100.23" && $4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^5/' access.log | wc -l]] },
  { sh = "cat answer.txt" },
  { sh = [[printf 'ip: 198.51.100.23\ncount: 46\nendpoint: /api/export\n' > answer.txt]] },
  { say = "dana", text = "It's 198.51.100.23: 46 5xx between 14:00 and 14:10, the partner's CSV export." },
  { post = "#incidents", text = "@jordan the spike was one client, 198.51.100.23 (the partner's CSV export script); Dana is rate-limiting it." },
  { submit = "triage" },
  { finish = true },
}
