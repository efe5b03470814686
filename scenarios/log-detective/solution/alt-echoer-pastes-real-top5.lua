-- Echoer, over-formal (round 11, h3): counts the window's 5xx per client with grep and cut, and
-- pastes that real output (five clients and their counts) to Dana in a code block, then names the
-- culprit in a markdown bullet list. The other IPs are the output the learner saw, not a hedge
-- between suspects: the report names one client with its count. Valid: 100 %.
return {
  { sh = "head -n 2 access.log; wc -l access.log" },
  { sh = [[grep -E '\[12/Mar/2024:14:0[0-9]:' access.log | awk '$9 >= 500 && $9 <= 599' | cut -d' ' -f1 | sort | uniq -c | sort -rn | head -5]] },
  { sh = [[grep -E '\[12/Mar/2024:14:0[0-9]:' access.log | grep '^198\.51\.100\.23 ' | awk '$9 ~ /^5/ {print $7}' | cut -d'?' -f1 | sort | uniq -c]] },
  { sh = [[printf 'ip: 198.51.100.23\ncount: 46\nendpoint: /api/export\n' > /tmp/a.txt && sed -i -e "/^ip:/r /tmp/a.txt" -e '/^\(ip\|count\|endpoint\):/d' answer.txt && cat answer.txt]] },
  { say = "dana", text = [[Hello Dana,

5xx responses per client, 14:00:00-14:09:59 (output of `grep ... | cut -d' ' -f1 | sort | uniq -c | sort -rn | head -5`):

```
     46 198.51.100.23
      2 198.51.100.7
      2 198.51.100.31
      2 192.0.2.44
      2 100.64.2.8
```

**Finding:**
- Client: `198.51.100.23`
- 5xx in the window: **46**
- Endpoint: `/api/export` (the CSV export)

answer.txt is filled in.]] },
  { post = "#incidents", text = "**Update INC-2031:** the 5xx spike comes from a single client, `198.51.100.23`, on `/api/export` (46 errors in the 10 minutes). Dana has the details." },
  { submit = "triage" },
  { finish = true },
}
