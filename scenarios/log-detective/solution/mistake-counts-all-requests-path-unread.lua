-- Mistake (play-test round 7, a junior who counts everything): takes the client with the most
-- requests of ANY status in the window (its 429s and 200s included) and reports that total as
-- "5xx errors" in answer.txt, and writes /api/export without ever looking at its paths. The IP
-- happens to be right; the count (68, every request in the window) is not what Dana asked (count
-- 0), the path was never read from the log (never_looked_endpoint -10): 60 %, failed.
return {
  expect = { outcome = "failed", max_percent = 65 },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00" && $4 < "[12/Mar/2024:14:10" {print $1}' access.log | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[n=$(awk '$1 == "198.51.100.23" && $4 >= "[12/Mar/2024:14:00" && $4 < "[12/Mar/2024:14:10"' access.log | wc -l); sed -i "s|^ip:.*|ip: 198.51.100.23|; s|^count:.*|count: $n|; s|^endpoint:.*|endpoint: /api/export|" answer.txt; cat answer.txt]] },
  { sh = "grep -E '^(ip|count):' answer.txt" },
  { say = "dana", text = "The spike is 198.51.100.23, see answer.txt for the number of 5xx errors, hitting /api/export." },
  { post = "#incidents", text = "Found the client: 198.51.100.23 hammering /api/export." },
  { submit = "triage" },
  { finish = true },
}
