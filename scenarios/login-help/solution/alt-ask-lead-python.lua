-- Alternative solution for login-help: ask the IT lead first, analyse the log with python
-- (Counter over reason/groups), edit the config with a python replace of just that line, write
-- the change-log line with printf, report the attack by DM, and give Maria the news last.
return {
  { say = "sven", text = "Hi Sven, taking HD-4471. Did anything change on the portal yesterday? Maria says it worked in the afternoon." },
  { sh = "cat HANDBOOK.md | head -n 20" },
  { sh = [[python3 - <<'PY'
import collections, re
c = collections.Counter()
for line in open("logs/auth.log"):
    m = re.search(r"user=(\S+) src=(\S+) result=(\w+)(?: reason=(\w+))?", line)
    if m and m.group(3) != "success":
        c[(m.group(3), m.group(4), m.group(2) if not m.group(2).startswith("10.8.") else "office")] += 1
for k, n in c.most_common(): print(n, *k)
PY]] },
  { sh = "tail -n 1 portal/CHANGES.log; grep allowed_groups portal/portal.conf; cut -d, -f3 directory/users.csv | sort | uniq -c" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("portal/portal.conf")
lines = p.read_text().splitlines(keepends=True)
lines = [l.replace("sales-emae", "sales-emea") if l.startswith("allowed_groups") else l for l in lines]
p.write_text("".join(lines))
PY
bin/portal-authcheck maria.gomez ext.kowalski p.lindgren j.tan; printf '%s learner: allowed_groups: corrected sales-emae to sales-emea after the HR rename (HD-4471)\n' 2024-03-12 >> portal/CHANGES.log]] },
  { say = "sven", text = "Found it: yesterday's allowed_groups edit has a typo (sales-emae), fixed and logged in CHANGES.log. Something for you too: j.tan got 38 wrong passwords from 203.0.113.77 this morning and is locked. That's outside the office network, so I left it alone." },
  { say = "maria", text = "Hi Maria, thanks for waiting! You should be able to sign in again now, with the password you have. Sorry about this morning, the problem was on our side." },
  { submit = "access" },
  { finish = true },
}
