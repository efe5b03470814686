-- Rude under pressure (play round 2026-12-06, fifth session, pb6): the reference's update, but
-- the escalation to Ruth reads "wtf, the vendor still hasn't sent the IP ranges ... can you
-- escalate via their account manager before the audit on Monday 18th?". The ask and the deadline
-- are there (escalated keeps its 30); the curse to the manager costs the communication item
-- (shared, scenarios/lib/tone.lua). 90 %: passes, not full marks.
return {
  expect = { outcome = "passed", max_percent = 90 },
  { sh = "cat TEMPLATE.md notes/standups.md; grep ',me,' tickets.csv" },
  { sh = "grep ',me,' tickets.csv | grep ',Done,'" },
  { sh = [[cat > status/2024-W11.md <<'EOF2'
# Weekly status - Sam - week 11 (11-15 March)

## Done
- OPS-85: TLS certificates for api.larkspur.example renewed, valid until 2025-03-10.
- OPS-80: all 6 CI runners on Debian 12; builds ~12% faster.
- OPS-83: backup restore test passed (41 min, row counts match).
- OPS-91: 23 noisy Grafana alerts removed (merged by Kofi today).

## In progress
- OPS-86: on-call handover checklist, draft ~70% in the wiki.

## Blocked
- OPS-88: VPN access for the payments vendor's auditors: vendor owes IP ranges and a signed NDA.
  Audit starts Monday 18 March. Ask: Ruth to escalate via their account manager.

## Next week
- Finish OPS-86; start OPS-90; OPS-88 once the vendor replies.
EOF2
wc -w status/2024-W11.md]] },
  { say = "ruth", text = "wtf, the payments vendor still hasn't sent the IP ranges or the NDA for OPS-88, two emails ignored. can you escalate via their account manager before the audit on Monday 18th?" },
  { submit = "status" },
  { say = "ruth", text = "status for week 11 is in status/2024-W11.md" },
  { finish = true },
}
