-- Alternative (round 8, pa8: the iterative junior): writes the update straight from the stand-up
-- notes with OPS-91 still "waiting for Kofi's review", submits too early (the Done check fails:
-- Kofi merged OPS-91 in the meantime), reads the tracker again, moves OPS-91 to Done with a small
-- python edit, escalates OPS-88 to Ruth, submits again and tells her it's ready. The end state
-- is right and the scenario sets no retry cost: 100 %, passed.
return { expect = { outcome = "passed", min_percent = 95 },
  { sh = "cat notes/standups.md" },
  { sh = [[cat > status/2024-W11.md <<'EOF2'
# Weekly status - Sam - week 11

## Done
- OPS-85: TLS certs for api.larkspur.example renewed, expiry 2025-03-10.
- OPS-80: 6/6 CI runners on Debian 12, build time down ~12%.
- OPS-83: backup restore test OK (41 min, row counts match).

## In progress
- OPS-86: handover checklist draft ~70% in the wiki.
- OPS-91: Grafana alert cleanup PR (23 alerts), waiting for Kofi's review.

## Blocked
- OPS-88: vendor VPN access for the auditors: vendor hasn't sent IP ranges + signed NDA. Audit starts Mon 18 March. Need Ruth to escalate via the account manager.

## Next week
- Finish OPS-86, start OPS-90, OPS-88 when the vendor replies.
EOF2]] },
  { submit = "status" },
  { sh = "grep OPS-91 tickets.csv" },
  { sh = [[python3 - <<'PY'
p = "status/2024-W11.md"
t = open(p).read()
t = t.replace("- OPS-91: Grafana alert cleanup PR (23 alerts), waiting for Kofi's review.\n", "")
t = t.replace("## In progress", "- OPS-91: 23 noisy Grafana alerts removed (Kofi merged it today).\n\n## In progress")
open(p, "w").write(t)
PY
cat status/2024-W11.md]] },
  { say = "ruth", text = "Ruth, I need your help on OPS-88 please: the payments vendor still hasn't sent IP ranges or the signed NDA and the audit starts Monday 18 March. Can you escalate through their account manager today?" },
  { submit = "status" },
  { say = "ruth", text = "Status for week 11 is in status/2024-W11.md (fixed OPS-91, it got merged this afternoon)." },
  { finish = true },
}
