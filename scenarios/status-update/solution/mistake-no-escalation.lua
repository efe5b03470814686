-- Mistake: a correct, well-written update, the blocker written down with an ask and a date, but
-- Ruth is never told directly although the ticket asks for exactly that ("so I can act today").
return { expect = { outcome = "failed", max_percent = 70 },
  { sh = "cat TEMPLATE.md notes/standups.md" },
  { sh = "grep ',me,' tickets.csv" },
  { sh = "grep ',me,' tickets.csv | grep ',Done,'" },
  { sh = [[cat > status/2024-W11.md <<'EOF'
# Weekly status - week 11

## Done
- OPS-85: TLS certificates renewed, valid until 2025-03-10.
- OPS-80: CI runners on Debian 12, builds ~12% faster.
- OPS-83: backup restore test passed (41 min).
- OPS-91: 23 noisy Grafana alerts removed.

## In progress
- OPS-86: on-call handover checklist, draft ~70%.

## Blocked
- OPS-88: auditor VPN access, waiting on the vendor's IP ranges and NDA. Audit starts Monday 18 March; need Ruth to escalate.

## Next week
- Finish OPS-86, start OPS-90.
EOF]] },
  { submit = "status" },
  { post = "#team", text = "My week 11 status update is ready: status/2024-W11.md" },
  { finish = true },
}
