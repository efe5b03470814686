-- Alternative (play as a careful junior who chats in short messages): the reference work, but the
-- escalation comes in two DMs: "heads-up on OPS-88 ...: the vendor hasn't sent ..., the audit
-- starts Monday 18 March." then "Could you escalate via their account manager today?" Each
-- message was judged alone, so the ask (no ticket named) belonged to nothing: escalated 20 of 30,
-- 90 %. The ask follows the blocker news it answers: must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat TEMPLATE.md notes/standups.md" },
  { sh = "grep ',me,' tickets.csv | sort -t, -k3" },
  { sh = "grep ',me,' tickets.csv | grep ',Done,'" },
  { sh = [[cat > status/2024-W11.md <<'EOF'
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
EOF
cat status/2024-W11.md | wc -w]] },
  { say = "ruth", text = "Hi Ruth, heads-up on OPS-88 (VPN access for the payments vendor's auditors): the vendor hasn't sent their IP ranges and signed NDA, and the audit starts Monday 18 March." },
  { say = "ruth", text = "Could you escalate via their account manager today?" },
  { submit = "status" },
  { say = "ruth", text = "My week 11 status update is ready in status/2024-W11.md." },
  { finish = true },
}
