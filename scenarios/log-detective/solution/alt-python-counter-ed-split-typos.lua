-- Terse splitter with other tools (round 9, blind play): counts with python3 -c and a
-- collections.Counter over (ip, path) in the window, fills answer.txt with ed, and tells Dana in
-- three short lowercase messages with typos ("teh", "backof"), none complete alone: the IP, then
-- the count, then the endpoint; the #incidents update names the client and the CSV export. A
-- true, complete report in pieces: 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { post = "#incidents", text = "looking at teh edge log now for 14:00-14:10" },
  { sh = "cat NOTES.md answer.txt; head -2 access.log" },
  { sh = [[python3 -c "
import collections
c = collections.Counter()
for l in open('access.log'):
    f = l.split()
    if '[12/Mar/2024:14:00' <= f[3] < '[12/Mar/2024:14:10' and f[8].startswith('5'):
        c[(f[0], f[6].split('?')[0])] += 1
print(c.most_common(4))
"]] },
  { sh = [[ed -s answer.txt <<'ED'
/^ip:/s/.*/ip: 198.51.100.23/
/^count:/s/.*/count: 46/
/^endpoint:/s/.*/endpoint: \/api\/export/
w
q
ED
cat answer.txt]] },
  { say = "dana", text = "ip is 198.51.100.23" },
  { say = "dana", text = "it got 46 5xx in teh window 14:00-14:10" },
  { say = "dana", text = "endpoint /api/export (format=csv), looks like a script with no backof" },
  { post = "#incidents", text = "update: its one client (198.51.100.23) hammering the csv export, dana is rate limiting it" },
  { submit = "triage" },
  { finish = true },
}
