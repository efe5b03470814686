-- Round 11 (h2), the echoer of its own notes: the OPS-88 escalation quotes the learner's stand-up
-- line ("audit starts Mon 18th!! ... Ruth could escalate via their account manager?") and asks
-- "Could you?"; the update written by python. The notes are the learner's own words, not copied
-- from Ruth or the ticket: 100 %.
return {
  { sh = "cat TEMPLATE.md notes/standups.md tickets.csv" },
  { sh = "awk -F, '$4==\"me\"' tickets.csv" },
  { sh = "awk -F, '$4==\"me\"' tickets.csv" },
  { sh = [==[python3 - <<'PY'
open('status/2024-W11.md','w').write('''# Weekly status - Sam - week 11 (11-15 March)

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
''')
PY]==] },
  { say = "ruth", text = "Ruth, from my notes on OPS-88: \"vendor hasn't sent the IP ranges, audit starts Mon 18th!! emailed their contact twice, no answer. Ruth could escalate via their account manager?\" Could you?" },
  { submit = "status" },
  { say = "ruth", text = "Weekly update is in status/2024-W11.md." },
  { finish = true },
}
