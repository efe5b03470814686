-- Mistake for log-detective: a sloppy learner who counts correctly and fills answer.txt, but
-- leaves a debug dump (debug.out) in the workspace and posts only "found it, fixed" in
-- #incidents without the client, the count or the endpoint (and never tells Dana). The answer
-- is right, the communication is not: fair is a lower score than the reference.
return {
  expect = { outcome = "failed", max_percent = 85 },
  { sh = "head -n 3 access.log" },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^5/' access.log > debug.out; awk '{print $1}' debug.out | sort | uniq -c | sort -rn | head -3; grep -c '^198.51.100.23 ' debug.out; grep '^198.51.100.23 ' debug.out | awk '{print $7}' | cut -d'?' -f1 | sort | uniq -c]] },
  { sh = [[sed -i 's|^ip:.*|ip: 198.51.100.23|; s|^count:.*|count: 46|; s|^endpoint:.*|endpoint: /api/export|' answer.txt]] },
  { post = "#incidents", text = "found it, fixed" },
  { submit = "triage" },
  { finish = true },
}
