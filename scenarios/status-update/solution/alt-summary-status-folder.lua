-- Alternative for status-update (from a play-test that lost 10): reads the sources with python's
-- csv module (again after Kofi's merge), "### Completed this week / Ongoing / Blockers / Coming
-- up" headings, escalates by DM as "would it be possible for you to lean on their account
-- manager", then tells Ruth "my summary for week 11 is saved in the status folder": naming the
-- written summary and its place is sharing it, whatever the words.
return {
  { sh = "cat TEMPLATE.md; sed -n '1,40p' notes/standups.md" },
  { sh = "python3 -c \"import csv; [print(r['id'], r['status'], r['updated']) for r in csv.DictReader(open('tickets.csv')) if r['owner']=='me']\"" },
  { sh = "sleep 1; echo checking the tracker again" },
  { sh = "python3 -c \"import csv; [print(r['id'], r['status'], r['updated']) for r in csv.DictReader(open('tickets.csv')) if r['owner']=='me' and r['updated']>='2024-03-11']\"" },
  { say = "ruth", text = "Ruth, I'm stuck on OPS-88 and need your help: the payments vendor still hasn't sent their IP ranges or the signed NDA, and two e-mails went unanswered. Their audit begins Mon 18 Mar. Would it be possible for you to lean on their account manager this afternoon?" },
  { sh = [[cat > status/2024-W11.md <<'EOF'
# Week 11 (11-15 Mar 2024) status

### Completed this week
- OPS-80: six of six CI runners moved to Debian 12, builds roughly 12 % quicker
- OPS-83: backup restore test OK (41 min, row counts identical)
- OPS-85: api.larkspur.example certificates renewed, expire 2025-03-10
- OPS-91: 23 unused Grafana alerts removed (Kofi merged it Friday)

### Ongoing
- OPS-86: on-call handover checklist, draft about 70 % done, waiting for on-call feedback

### Blockers
- OPS-88: auditor VPN access. The vendor still owes us its IP ranges and a signed NDA; two e-mails unanswered. Ruth has been asked to chase their account manager. Must be open by Mon 18 Mar, when the audit starts.

### Coming up
- wrap up OPS-86, begin OPS-90 (7-day staging log retention), finish OPS-88 once the vendor answers
EOF
wc -w status/2024-W11.md]] },
  { submit = "status" },
  { say = "ruth", text = "Ruth, my summary for week 11 is saved in the status folder now." },
  { finish = true },
}
