-- Alternative for log-detective: one awk program that splits the time with split() and compares
-- status 500-599 numerically, answer.txt with upper-case keys as bullets, the report worded
-- "received 46 server errors (HTTP 5xx)", and a status for support in plain words, no IP and
-- no jargon ("a single automated download job ... Dana is throttling it"): stating the true
-- finding in any words is a full update, so this must score 100.
return {
  { sh = "sed -n 1,20p NOTES.md; awk 'NR<=2' access.log" },
  { sh = [[awk '{ split($4, t, ":"); hm = t[2] ":" t[3]; if (substr($4, 2, 11) == "12/Mar/2024" && hm >= "14:00" && hm <= "14:09" && $9 >= 500 && $9 <= 599) n[$1]++ }
END { for (ip in n) printf "%5d %s\n", n[ip], ip }' access.log | sort -nr | head -n 4]] },
  { sh = [[awk '$1 == "198.51.100.23" { split($4, t, ":"); hm = t[2] ":" t[3]; if (hm >= "14:00" && hm <= "14:09" && $9 >= 500 && $9 <= 599) { sub(/\?.*/, "", $7); print $9, $7 } }' access.log | sort | uniq -c]] },
  { sh = [[{ grep '^#' answer.txt; printf -- '- IP: 198.51.100.23\n- Count: 46\n- Endpoint: /api/export\n'; } > /tmp/ans && cat /tmp/ans > answer.txt && cat answer.txt]] },
  { say = "dana", text = "Dana, the source is 198.51.100.23: it received 46 server errors (HTTP 5xx) from 14:00:00 to 14:09:59 UTC, all on /api/export?format=csv." },
  { post = "#incidents", text = "Status: the error burst came from a single automated download job that kept retrying without pausing. Dana is throttling it now, so the shop should behave normally again." },
  { submit = "triage" },
  { finish = true },
}
