-- Mistake: right client and window, but counts 4xx and 5xx together (the 429 rate-limit answers
-- included) and reports that number.
return { expect = { outcome = "failed" },
  { post = "#incidents", text = "Looking at the edge log for 14:00-14:10." },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[n=$(awk '$1 == "198.51.100.23" && $4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^[45]/' access.log | wc -l); sed -i "s|^ip:.*|ip: 198.51.100.23|; s|^count:.*|count: $n|; s|^endpoint:.*|endpoint: /api/export|" answer.txt; cat answer.txt]] },
  { sh = "grep -E '^(ip|count):' answer.txt | paste -sd' '" },
  { say = "dana", text = "198.51.100.23 is the client, see answer.txt for the count." },
  { post = "#incidents", text = "Cause found: one partner client hammering /api/export; Dana is on it. @jordan it's their export script." },
  { submit = "triage" },
  { finish = true },
}
