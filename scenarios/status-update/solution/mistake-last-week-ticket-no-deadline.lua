-- Mistake (play as a sloppy junior): greps every Done ticket of its own and lists them all, so
-- OPS-77 (finished on 1 March, last week) is under Done; the escalation DM has an ask but no
-- deadline ("can you chase the vendor on OPS-88?"). The update is otherwise right and OPS-91's
-- merge is noticed. Done 0 of 20, escalated 20 of 30: 70 %, below the pass mark of 75.
return {
  expect = { outcome = "failed", max_percent = 70 },
  { sh = "cat notes/standups.md" },
  { sh = "grep ',me,' tickets.csv" },
  { sh = "grep ',Done,me,' tickets.csv" },
  { sh = [[cat > status/2024-W11.md <<'EOF'
# Week 11

## Done
- OPS-77: staging Postgres upgraded to 15.
- OPS-80: CI runners on Debian 12.
- OPS-83: backup restore test passed.
- OPS-85: TLS certificates renewed.
- OPS-91: noisy Grafana alerts removed.

## In progress
- OPS-86: on-call handover checklist, draft in the wiki.

## Blocked
- OPS-88: vendor VPN access. The vendor has not sent its IP ranges or the NDA. Audit starts Monday 18 March. Need Ruth to escalate.

## Next week
- Finish OPS-86, start OPS-90.
EOF]] },
  { say = "ruth", text = "can you chase the vendor on OPS-88?" },
  { submit = "status" },
  { say = "ruth", text = "my update is ready in status/2024-W11.md" },
  { finish = true },
}
