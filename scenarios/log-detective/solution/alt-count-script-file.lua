-- Alternative for log-detective: writes a small python script first (the count comes from running
-- `python3 count5xx.py`, a line that does not name access.log), then cuts the window into a file
-- in /tmp and takes the endpoint from that file. Which command counted is decided by replaying
-- the commands on a changed log, not by the words of the line: 100 %.
return {
  { sh = "head -n 3 access.log; cat NOTES.md" },
  { sh = [==[cat > /tmp/count5xx.py <<'PY'
import collections
hits = collections.Counter()
with open("access.log") as log:
    for line in log:
        parts = line.split()
        stamp, status = parts[3], parts[8]
        if stamp.startswith("[12/Mar/2024:14:0") and status.startswith("5"):
            hits[parts[0]] += 1
for ip, n in hits.most_common(3):
    print(n, ip)
PY
ls -l /tmp/count5xx.py]==] },
  { sh = "python3 /tmp/count5xx.py" },
  { post = "#incidents", text = "Looking at the 14:00-14:10 window now, per-client 5xx counts coming." },
  { sh = [[grep '^198\.51\.100\.23 ' access.log | grep '12/Mar/2024:14:0' > /tmp/culprit.log; awk '$9 ~ /^5/ { split($7, p, "?"); print p[1] }' /tmp/culprit.log | sort | uniq -c]] },
  { sh = [[printf 'ip: 198.51.100.23\ncount: 46\nendpoint: /api/export\n' > answer.txt; cat answer.txt]] },
  { say = "dana", text = "198.51.100.23 is the one: 46 responses with a 5xx status between 14:00 and 14:10 UTC, all GET /api/export." },
  { post = "#incidents", text = "Found it: a single partner client, 198.51.100.23, retrying the CSV export. Dana is on the mitigation." },
  { submit = "triage" },
  { finish = true },
}
