-- Sloppy (play 2026-12-06, playa): filters the window but counts only status 500 (not 503/504),
-- then recounts over the whole log ("$9 == 500", 14), writes the endpoint from support's message
-- without looking, tells Dana "14 errors". The IP is real and named in #incidents; the count is
-- wrong (0 of 25, "5xx means 500-599"), the report with a wrong count 10, the endpoint never read
-- -10: 55 %, failed.
return { expect = { outcome = "failed", max_percent = 60 },
  { post = "#incidents", text = "looking into the 14:00 spike" },
  { sh = "awk '$4 >= \"[12/Mar/2024:14:00\" && $4 < \"[12/Mar/2024:14:10\" && $9 == 500 {print $1}' access.log | sort | uniq -c | sort -rn | head -3" },
  { sh = "awk '$1 == \"198.51.100.23\" && $9 == 500' access.log | wc -l" },
  { sh = "printf 'ip: 198.51.100.23\\ncount: 14\\nendpoint: /api/export\\n' > answer.txt" },
  { say = "dana", text = "198.51.100.23, it got 14 errors" },
  { post = "#incidents", text = "found it, it's 198.51.100.23" },
  { submit = "triage" },
  { finish = true },
}
