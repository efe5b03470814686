-- Alternative for log-detective: grep for the window, awk's numeric `$9 >= 500`, cut and uniq,
-- the path column of the culprit's window lines (`/api/export?format=csv`, query kept in
-- answer.txt), and one markdown status in #incidents for Dana and support at once ("46 × 5xx
-- between 14:00–14:10 UTC", bold, code span, cc @dana): 100 %.
return {
  { sh = "grep -c . access.log; sed -n '1,2p' access.log" },
  { sh = [[grep '12/Mar/2024:14:0' access.log | awk '$9 >= 500 && $9 <= 599' | cut -d' ' -f1 | sort | uniq -c | sort -rn | head -n 4]] },
  { sh = [[grep '^198\.51\.100\.23 ' access.log | grep '12/Mar/2024:14:0' | awk '$9 >= 500' | cut -d' ' -f7 | sort | uniq -c]] },
  { sh = [[sed -i -e 's|^ip:.*|ip: 198.51.100.23|' -e 's|^count:.*|count: 46|' -e 's|^endpoint:.*|endpoint: /api/export?format=csv|' answer.txt && cat answer.txt]] },
  { post = "#incidents", text = "**update**: culprit is **198.51.100.23** — 46 × 5xx between 14:00–14:10 UTC, all `GET /api/export?format=csv` (looks like an export script with no back-off). cc @dana" },
  { submit = "triage" },
  { finish = true },
}
