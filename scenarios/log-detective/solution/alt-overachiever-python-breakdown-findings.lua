-- Over-achiever (round 8, blind play): one python pass over the log (5xx per client in the window,
-- the culprit's paths, minutes and statuses), answer.txt filled by python's re.sub, a bold DM to
-- Dana with a rate-limit suggestion, a findings.md of its own beside the answer, and an update in
-- #incidents pointing at it. Extra notes are no harm: 100 %.
return {
  { post = "#incidents", text = "On INC-2031: pulling the 14:00-14:10 5xx out of the edge log." },
  { sh = [==[python3 - <<'PY'
import collections, re
pat = re.compile(r'^(\S+) \S+ \S+ \[12/Mar/2024:(\d\d):(\d\d):(\d\d) [^\]]*\] "(\S+) (\S+) [^"]*" (\d{3})')
by_ip, paths, minutes, statuses = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
for line in open("access.log"):
    m = pat.match(line)
    if not m: continue
    ip, hh, mm, ss, meth, path, st = m.groups()
    if hh == "14" and int(mm) < 10 and st.startswith("5"):
        by_ip[ip] += 1
        if ip == "198.51.100.23":
            paths[path.split("?")[0]] += 1; minutes[mm] += 1; statuses[st] += 1
print(by_ip.most_common(4)); print(paths); print(sorted(minutes.items())); print(statuses)
PY]==] },
  { sh = [[python3 - <<'PY'
import re
s = open("answer.txt").read()
s = re.sub(r"(?m)^ip:.*$", "ip: 198.51.100.23", s)
s = re.sub(r"(?m)^count:.*$", "count: 46", s)
s = re.sub(r"(?m)^endpoint:.*$", "endpoint: /api/export", s)
open("answer.txt", "w").write(s)
PY
cat answer.txt]] },
  { say = "dana", text = "INC-2031: the client is **198.51.100.23** with **46** 5xx responses between 14:00 and 14:10 UTC, all on `/api/export`. Everyone else had 2 or fewer. Suggest a rate limit on /api/export after the block." },
  { sh = [[cat > findings.md <<'EOF2'
# INC-2031 findings
- client 198.51.100.23: 46 5xx in 14:00-14:10 UTC, path /api/export
- next highest clients: 2 each
EOF2]] },
  { post = "#incidents", text = "INC-2031 update: 198.51.100.23 hammered /api/export (46 5xx in the window), sent to Dana for the block. Notes in findings.md." },
  { submit = "triage" },
  { finish = true },
}
