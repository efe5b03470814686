-- Gaming (play-test round 7, hedging the file): counts 5xx per client over the whole log and in
-- the window, then fills answer.txt with both candidates ("ip: 198.51.100.23 or 192.0.2.44",
-- "count: 46 or 60"), tells Dana "one of these two" and posts an acknowledgement. Dana cannot
-- block "one of two": the checks took the first value of each line and gave full ip and count
-- marks (75 % passed); a line that offers a second client or figure is now no answer (the
-- checks' raw(): a second IP not ruled out, "or"/"/"/"-" before another number): 15 %, failed.
return {
  expect = { outcome = "failed", max_percent = 30 },
  { sh = [[awk '$9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00" && $4 < "[12/Mar/2024:14:10" && $9 ~ /^5/ {print $1, $7}' access.log | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[sed -i 's|^ip:.*|ip: 198.51.100.23 or 192.0.2.44|; s|^count:.*|count: 46 or 60|; s|^endpoint:.*|endpoint: /api/export|' answer.txt; cat answer.txt]] },
  { say = "dana", text = "It's one of two clients, 198.51.100.23 (46 5xx) or 192.0.2.44 (60 5xx), both in answer.txt." },
  { post = "#incidents", text = "Update: narrowed the 5xx spike down to two clients, details with Dana." },
  { submit = "triage" },
  { finish = true },
}
