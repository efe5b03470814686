-- Valid route (play 2026-12-06, playa): looks at the whole log first, finds that the top 5xx
-- client, 192.0.2.44, burst at 13:31-13:37, and posts in #incidents that it "is not it ... outside
-- the window" before narrowing to 14:00-14:10. Naming an IP to rule it out was taken as a first
-- report blaming it (reported 5 of 20, 85 %, and Dana answered as if blamed). A clause or
-- sentence that rules an IP out no longer blames it: 100 %.
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = "awk '$9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -3" },
  { sh = "awk '$1 == \"192.0.2.44\" && $9 ~ /^5/ {print substr($4, 14, 5)}' access.log | sort | uniq -c | head" },
  { post = "#incidents", text = "Update: the top 5xx client of the whole log, 192.0.2.44, is not it: its 502s were all 13:31-13:37, outside the window. Narrowing to 14:00-14:10 now." },
  { sh = "awk '$4 >= \"[12/Mar/2024:14:00\" && $4 < \"[12/Mar/2024:14:10\" && $9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -3" },
  { sh = "awk '$1 == \"198.51.100.23\" && $4 >= \"[12/Mar/2024:14:00\" && $4 < \"[12/Mar/2024:14:10\" && $9 ~ /^5/ {split($7, p, \"?\"); print p[1]}' access.log | sort | uniq -c" },
  { sh = "printf 'ip: 198.51.100.23\\ncount: 46\\nendpoint: /api/export\\n' > answer.txt" },
  { post = "#incidents", text = "@dana it's 198.51.100.23: 46 5xx between 14:00 and 14:10, all on /api/export." },
  { submit = "triage" },
  { finish = true },
}
