-- Round 11 (h2), the undoer: saves the update as status/2024-W10.md with last week's OPS-77 under
-- Done and tells Ruth it is ready there, then re-reads the tracker, moves it to 2024-W11.md,
-- drops OPS-77, says what was wrong, and escalates OPS-88 in a later DM. The last word and the
-- final file are right: 100 %.
return {
  { sh = "cat TEMPLATE.md notes/standups.md tickets.csv" },
  { sh = [==[cat > status/2024-W10.md <<'EOF'
# Weekly status - Sam - week 11 (11-15 March)

## Done
- OPS-85: TLS certificates for api.larkspur.example renewed, valid until 2025-03-10.
- OPS-80: all 6 CI runners on Debian 12; builds ~12% faster.
- OPS-77: staging Postgres upgraded to 15.
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
  { say = "ruth", text = "Hi Ruth, my weekly status update is ready in status/2024-W10.md." },
  { sh = "cat tickets.csv; ls status" },
  { sh = "mv status/2024-W10.md status/2024-W11.md && sed -i '/OPS-77/d' status/2024-W11.md && cat status/2024-W11.md" },
  { say = "ruth", text = "Sorry Ruth, correction: I saved it under the wrong week and listed OPS-77, which was last week. Fixed: the update is now in status/2024-W11.md without OPS-77." },
  { say = "ruth", text = "Also, OPS-88 is blocked: the vendor still hasn't sent their IP ranges and NDA and the audit starts Monday 18th. Could you escalate via their account manager?" },
  { submit = "status" },
  { finish = true },
}
