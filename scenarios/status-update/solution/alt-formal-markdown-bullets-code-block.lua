-- Round 11 (h2), the over-formal writer: greeting, bold-label markdown bullets for the OPS-88
-- escalation (ticket, blocked on, deadline, ask) and the file path in a fenced code block for the
-- ready note. Same acts and facts as the reference: 100 %.
return {
  { sh = "cat TEMPLATE.md notes/standups.md tickets.csv" },
  { sh = "grep -c . tickets.csv" },
  { sh = "cat tickets.csv" },
  { sh = [==[cat > status/2024-W11.md <<'EOF'
# Weekly status - Sam - week 11 (11-15 March)

## Done
- OPS-85: TLS certificates for api.larkspur.example renewed, valid until 2025-03-10.
- OPS-80: all 6 CI runners on Debian 12; builds ~12% faster.
- OPS-83: backup restore test passed (41 min, row counts match).
- OPS-91: 23 noisy Grafana alerts removed (merged by Kofi today).

## In progress
- OPS-86: on-call handover checklist, draft ~70% in the wiki; feedback from on-call welcome.

## Blocked
- OPS-88: VPN access for the payments vendor's auditors. Blocked on the vendor: no IP ranges or
  signed NDA yet, two emails unanswered. The audit starts Monday 18 March. Ask: Ruth, please
  escalate via their account manager.

## Next week
- Finish OPS-86; start OPS-90 (staging log retention to 7 days); open OPS-88 as soon as the vendor replies.
EOF]==] },
  { say = "ruth", text = "Good afternoon Ruth,\n\nI need your help with one blocker:\n\n- **Ticket:** `OPS-88` (VPN access for the payments vendor audit)\n- **Blocked on:** the vendor has not sent their public IP ranges and the signed NDA; two emails unanswered\n- **Deadline:** the audit starts **Monday 18 March**\n- **Ask:** could you escalate via their account manager today?\n\nKind regards,\nSam" },
  { submit = "status" },
  { say = "ruth", text = "Dear Ruth,\n\nThe weekly status update is complete:\n\n```\nstatus/2024-W11.md\n```\n\nBest regards" },
  { finish = true },
}
