-- Alternative: asks the lead a real question first (about the earlier burst), narrows the window
-- with grep on the time prefix and cut instead of awk fields, writes answer.txt from scratch with
-- printf (endpoint with the method, as a person would copy it), and reports in two messages: IP
-- first, count right after.
return {
  { sh = "head -n 2 access.log; grep -c ' 50[0-9] ' access.log" },
  { say = "dana", text = "There's a burst of 502s from 192.0.2.44 around 13:31. Is that related to INC-2031?" },
  { sh = [[grep -E '\[12/Mar/2024:14:0[0-9]:' access.log | cut -d' ' -f1,9 | grep -E ' 5[0-9]{2}$' | cut -d' ' -f1 | sort | uniq -c | sort -rn | head -n 3]] },
  { sh = [[grep -E '^198\.51\.100\.23 .*\[12/Mar/2024:14:0[0-9]:' access.log | cut -d' ' -f6,7,9 | grep -E ' 5[0-9]{2}$' | sort | uniq -c]] },
  { sh = "printf '# INC-2031\\nip: 198.51.100.23\\ncount: 46\\nendpoint: GET /api/export\\n' > answer.txt; cat answer.txt" },
  { say = "dana", text = "The client is 198.51.100.23, hitting GET /api/export?format=csv." },
  { say = "dana", text = "It got 46 responses with status 5xx between 14:00:00 and 14:09:59." },
  { post = "#incidents", text = "@jordan the errors came from one partner's CSV export job retrying without pause; Dana is limiting it, the shop should be back to normal." },
  { submit = "triage" },
  { finish = true },
}
