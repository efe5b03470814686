-- Valid (play-test round 6, blind): awk with substr() on the time field (hour and minute as
-- 14:00-14:09) and a numeric status range, a tee'd list of counts read again later with sort,
-- answer.txt written by a python3 heredoc; British English, the count to Dana in #incidents.
return { expect = { outcome = "passed", min_percent = 95 },
  { post = "#incidents", text = "Hi all, I'm on INC-2031 - going through the edge log for the 14:00-14:10 window." },
  { sh = [==[awk '{t = substr($4, 14, 5)} t >= "14:00" && t <= "14:09" && $9 >= 500 && $9 <= 599 {print $1}' access.log | sort | uniq -c | tee /tmp/by_ip.txt | wc -l]==] },
  { sh = "sort -rn /tmp/by_ip.txt | head -n 3" },
  { sh = [==[awk '$1 == "198.51.100.23" {t = substr($4, 14, 5)} $1 == "198.51.100.23" && t >= "14:00" && t <= "14:09" && $9 >= 500 {split($7, p, "?"); print p[1]}' access.log | sort | uniq -c]==] },
  { sh = [==[python3 - <<'PY'
import re
p = "answer.txt"
s = open(p).read()
s = re.sub(r"(?m)^ip:.*$", "ip: 198.51.100.23", s)
s = re.sub(r"(?m)^count:.*$", "count: 46", s)
s = re.sub(r"(?m)^endpoint:.*$", "endpoint: /api/export", s)
open(p, "w").write(s)
PY
grep -v '^#' answer.txt]==] },
  { post = "#incidents", text = "@dana the client behind the spike is 198.51.100.23: 46 responses with a 5xx status between 14:00 and 14:10 UTC, all of them on /api/export (the CSV export). Happy for you to rate-limit it. Values are in answer.txt." },
  { post = "#incidents", text = "@jordan short version for customers: a single partner system was flooding our export feature, which caused the errors; we're blocking it now." },
  { submit = "triage" },
  { finish = true },
}
