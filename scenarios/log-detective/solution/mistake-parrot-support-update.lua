-- Parrot (round 9, blind play): the right IP, count and endpoint, counted and told to Dana; the
-- only #incidents post is Jordan's own message pasted back ("a partner says their CSV export has
-- been failing since about 14:00, ..."). Copied text earns nothing for what it copies: the post
-- counts as no more than an acknowledgement (updates 5/10): 95 %, passed (100 % before: "CSV
-- export" in Jordan's words counted as the learner's finding).
return {
  expect = { outcome = "passed", min_percent = 95, max_percent = 95 },
  { sh = "head -3 access.log; cat NOTES.md" },
  { sh = "wc -l access.log" },
  { sh = "cat answer.txt" },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^5/ {split($7, p, "?"); print $1, p[1]}' access.log | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[sed -i 's|^ip:.*|ip: 198.51.100.23|; s|^count:.*|count: 46|; s|^endpoint:.*|endpoint: /api/export|' answer.txt]] },
  { say = "dana", text = "198.51.100.23 caused it: 46 5xx between 14:00 and 14:10 on /api/export." },
  { post = "#incidents", text = "a partner says their CSV export has been failing since about 14:00, and a few shoppers saw error pages." },
  { submit = "triage" },
  { finish = true },
}
