-- Iterative (round 8, blind play): counts every non-200 of the culprit (its 429s too), tells Dana
-- "55 errors" and submits 55 (count fails), then splits the statuses, rewrites the count as 46,
-- resubmits and corrects itself to Dana. The scenario judges the FIRST report to the incident lead
-- (she acts on it: the right IP with a wrong count is 10 of 20); nothing else is lost: 90 %, passed.
return {
  expect = { outcome = "passed", min_percent = 89, max_percent = 91 },
  { post = "#incidents", text = "looking at the edge log for INC-2031 now" },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $1 == "198.51.100.23" && $9 != 200' access.log | wc -l]] },
  { sh = [[awk '$1 == "198.51.100.23" {print $7}' access.log | cut -d'?' -f1 | sort | uniq -c]] },
  { sh = [[sed -i "s/^ip:.*/ip: 198.51.100.23/; s/^count:.*/count: 55/; s|^endpoint:.*|endpoint: /api/export|" answer.txt; cat answer.txt]] },
  { say = "dana", text = "dana: 198.51.100.23, 55 errors in the window, on /api/export" },
  { submit = "triage" },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $1 == "198.51.100.23" {print $9}' access.log | sort | uniq -c]] },
  { sh = [[N=$(awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $1 == "198.51.100.23" && $9 ~ /^5/' access.log | wc -l); sed -i "s/^count:.*/count: $N/" answer.txt; cat answer.txt]] },
  { submit = "triage" },
  { say = "dana", text = "correction: 46, not 55. I had counted its 9 429s too, which are 4xx. 198.51.100.23 got 46 5xx between 14:00 and 14:10." },
  { post = "#incidents", text = "INC-2031: source is 198.51.100.23 (46 5xx on /api/export, 14:00-14:10). Dana has it." },
  { finish = true },
}
