-- Mistake: writes the update from Thursday's notes after the tracker changed (Kofi merged OPS-91
-- in #team), so OPS-91 stays "in progress"; the blocker is escalated well.
return { expect = { outcome = "failed" },
  { sh = "cat notes/standups.md" },
  { sh = "cat TEMPLATE.md" },
  { sh = "ls status" },
  { sh = [[cat > status/2024-W11.md <<'EOF'
# Weekly status - week 11

## Done
- OPS-85: TLS certificates renewed.
- OPS-80: CI runners on Debian 12.
- OPS-83: backup restore test passed.

## In progress
- OPS-91: Grafana alert clean-up, PR waiting for Kofi's review.
- OPS-86: handover checklist, draft ~70%.

## Blocked
- OPS-88: auditor VPN access, the vendor has not sent IP ranges and NDA; audit starts Monday 18 March. Ruth, please escalate.

## Next week
- Finish OPS-86, start OPS-90.
EOF]] },
  { say = "ruth", text = "Ruth, OPS-88 (vendor VPN for the auditors) is blocked on the vendor's IP ranges and NDA; the audit starts Monday the 18th. Could you escalate via their account manager?" },
  { submit = "status" },
  { say = "ruth", text = "My status update is ready in status/2024-W11.md." },
  { finish = true },
}
