-- Reference solution for log-detective: look at the format, filter to the window and to 5xx,
-- count per client, find the path, write the answer file, report to the lead.
return {
  { post = "#incidents", text = "On it: going through the edge log for 14:00-14:10 now." },
  { sh = "head -n 3 access.log && wc -l access.log" },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^5[0-9][0-9]$/ {print $1}' access.log | sort | uniq -c | sort -rn | head -5]] },
  { sh = [[awk '$1 == "198.51.100.23" && $4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^5/' access.log | wc -l]] },
  { sh = [[awk '$1 == "198.51.100.23" && $9 ~ /^5/ {split($7, p, "?"); print p[1]}' access.log | sort | uniq -c]] },
  { sh = [[
ip=$(awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -n 1 | awk '{print $2}')
n=$(awk -v ip="$ip" '$1 == ip && $4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^5/' access.log | wc -l)
ep=$(awk -v ip="$ip" '$1 == ip && $9 ~ /^5/ {split($7, p, "?"); print p[1]}' access.log | sort | uniq -c | sort -rn | head -n 1 | awk '{print $2}')
sed -i "s|^ip:.*|ip: $ip|; s|^count:.*|count: $n|; s|^endpoint:.*|endpoint: $ep|" answer.txt && cat answer.txt]] },
  { say = "dana", text = "Found it: 198.51.100.23 got 46 5xx responses between 14:00 and 14:10, all on GET /api/export?format=csv (a script without backoff, python-requests). Details in answer.txt." },
  { post = "#incidents", text = "Update: the spike came from one client, 198.51.100.23, hammering the CSV export (46 errors in 10 min). @jordan the partner's export script is the cause; Dana is rate-limiting it." },
  { submit = "triage" },
  { finish = true },
}
