-- Valid alternative for log-detective: a careful learner who filters the window with grep on the
-- timestamp prefix (14:0x), the 5xx with awk on the status field, counts with cut|sort|uniq,
-- checks the path of the top client, then writes the values into answer.txt with sed (typed
-- after seeing them), DMs Dana first and posts the update to #incidents in lowercase. Different
-- tools and order, same facts, all counted by the learner: must pass with 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat NOTES.md; head -n 3 access.log" },
  { post = "#incidents", text = "looking into the 14:00-14:10 5xx spike in the edge log now" },
  { sh = [[grep ' \[12/Mar/2024:14:0[0-9]:' access.log | awk '$9 >= 500 && $9 <= 599' | cut -d' ' -f1 | sort | uniq -c | sort -rn | head -n 3]] },
  { sh = [[grep '^198\.51\.100\.23 ' access.log | grep ' \[12/Mar/2024:14:0[0-9]:' | awk '$9 >= 500 && $9 <= 599 {print $6, $7}' | cut -d'?' -f1 | sort | uniq -c]] },
  { sh = [[sed -i 's|^ip:.*|ip: 198.51.100.23|; s|^count:.*|count: 46|; s|^endpoint:.*|endpoint: /api/export|' answer.txt && tail -n 3 answer.txt]] },
  { say = "dana", text = "it's 198.51.100.23: 46 5xx between 14:00 and 14:10, all on /api/export (csv export, no backoff). answer.txt is filled in." },
  { post = "#incidents", text = "update: the spike was one client, 198.51.100.23, hitting /api/export - 46 5xx in the 10 minutes. @jordan it's the partner's csv export script; dana is rate-limiting it." },
  { submit = "triage" },
  { finish = true },
}
