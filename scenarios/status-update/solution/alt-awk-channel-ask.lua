-- Alternative: lists the tickets with awk after the tracker changed, writes the update with other
-- headings ("Completed", "Ongoing", "Blockers", "Next steps") and one-line bullets, and escalates
-- in #team addressed to Ruth with a question, then says it's ready in the same channel.
return {
  { sh = "cat notes/standups.md | head -n 30" },
  { sh = "awk -F, '$4 == \"me\" {print $3 \": \" $1 \" \" $2 \" (\" $5 \")\"}' tickets.csv | sort" },
  { sh = "awk -F, '$4 == \"me\" && $3 == \"Done\" && $5 >= \"2024-03-11\" {print $1}' tickets.csv" },
  { sh = [[cat > status/2024-W11.md <<'EOF'
# Status, week 11 (11-15 March)

## Completed
- OPS-80 CI runners migrated to Debian 12 (builds ~12% faster)
- OPS-83 Backup restore test passed: 41 min, row counts match
- OPS-85 TLS certs for api.larkspur.example renewed until 2025-03-10
- OPS-91 Removed 23 noisy Grafana alerts (merged Friday)

## Ongoing
- OPS-86 On-call handover checklist: draft ~70%, feedback welcome

## Blockers
- OPS-88 Auditor VPN access: the vendor still owes its IP ranges and the signed NDA. The audit
  starts Monday 18 March. Need: escalation via the vendor's account manager.

## Next steps
- Finish OPS-86, start OPS-90, open OPS-88's VPN once the vendor delivers
EOF
wc -w status/2024-W11.md]] },
  { post = "#team", text = "@ruth OPS-88 is blocked: the payments vendor hasn't sent its IP ranges or the signed NDA, and the audit starts Monday 18 March. Could you escalate through their account manager today?" },
  { post = "#team", text = "@ruth my week 11 update is ready: status/2024-W11.md" },
  { submit = "status" },
  { finish = true },
}
