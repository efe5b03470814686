-- Alternative (play as a careful junior on another route): lists its tickets with python's csv
-- module, drafts the whole update with python BEFORE the tracker changes (OPS-91 still in review),
-- sees Kofi's merge, re-reads tickets.csv and moves OPS-91 to the done list with a second python
-- edit. Headings "### Completed this week / Ongoing / Blockers / Next steps", British spelling,
-- the escalation by DM in its own words ("Would you be able to escalate ... begins on Mon 18th"),
-- and "my week-11 write-up is in the status folder". Every fact true and current: must be 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = [[python3 -c "
import csv
for t in csv.DictReader(open('tickets.csv')):
    if t['owner'] == 'me': print(t['status'], t['id'], t['title'], t['updated'], sep=' | ')
"; sed -n '/Wed 13/,/Thu 14/p' notes/standups.md]] },
  { sh = [[python3 - <<'PY'
text = """# Week 11 status (11-15 March)

### Completed this week
- OPS-85: TLS certificates for api.larkspur.example renewed, valid until 2025-03-10.
- OPS-80: all six CI runners on Debian 12; builds about 12% faster.
- OPS-83: nightly backup restore test passed (41 min, row counts match).

### Ongoing
- OPS-86: on-call handover checklist, draft ~70% in the wiki; feedback from on-call welcome.
- OPS-91: 23 noisy Grafana alerts removed, PR awaiting Kofi's review.

### Blockers
- OPS-88: VPN access for the payments vendor's auditors. The vendor still hasn't supplied its
  IP ranges or the signed NDA (two emails unanswered). Please escalate via their account
  manager: the audit begins on Monday 18 March.

### Next steps
- Finish OPS-86, start OPS-90 (staging log retention), open OPS-88 once the vendor replies.
"""
open("status/2024-W11.md", "w").write(text)
PY]] },
  { sh = "wc -w status/2024-W11.md" },
  { sh = "grep OPS-91 tickets.csv" },
  { sh = [[python3 - <<'PY'
p = "status/2024-W11.md"
t = open(p).read()
t = t.replace("- OPS-91: 23 noisy Grafana alerts removed, PR awaiting Kofi's review.\n", "")
t = t.replace("row counts match).\n", "row counts match).\n- OPS-91: 23 noisy Grafana alerts removed (merged by Kofi on Friday).\n", 1)
open(p, "w").write(t)
PY
cat status/2024-W11.md]] },
  { say = "ruth", text = "Ruth, OPS-88 (VPN for the payments vendor's auditors) is stuck: the vendor still hasn't sent their IP ranges or the signed NDA. Would you be able to escalate through their account manager? The audit begins on Mon 18th." },
  { submit = "status" },
  { say = "ruth", text = "Thanks Ruth. My week-11 write-up is in the status folder." },
  { finish = true },
}
