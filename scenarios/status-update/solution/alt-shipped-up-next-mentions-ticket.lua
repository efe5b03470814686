-- Alternative (play 2026-12-06, vD: everyday headings and a cross-reference): headings "Shipped",
-- "Ongoing", "Blockers", "Up next" (not the template's words), and the In progress line says the
-- checklist "reuses the restore steps from OPS-83". It scored 50 %, failed: "Up next" was no Next
-- week section (structure 0, and the file counted as not written, so "it's in status/" cost
-- shared 10 and a false_ready -20), and OPS-83 named in passing read as listed in progress
-- (in_progress 0). Now "up next"/"upcoming" name Next week, and a ticket named only in relation
-- to another ("from OPS-83", "blocked by", "after") is a mention, not a listed ticket: 100 %.
return {
  expect = { outcome = "passed", min_percent = 95 },
  { sh = "cat notes/standups.md TEMPLATE.md; grep ',me,' tickets.csv" },
  { sh = "cat tickets.csv" },
  { sh = "cat tickets.csv" },
  { sh = [[cat > status/2024-W11.md <<'EOF'
# Status, week 11 (Sam)

## Shipped
- OPS-85: TLS certificates renewed, valid until 2025-03-10
- OPS-80: CI runners on Debian 12 (6/6), builds ~12% faster
- OPS-83: restore test passed in 41 min, row counts match
- OPS-91: 23 noisy Grafana alerts removed, merged by Kofi

## Ongoing
- OPS-86: handover checklist ~70% in the wiki; it reuses the restore steps from OPS-83

## Blockers
- OPS-88: vendor VPN for the payments audit. The vendor hasn't sent IP ranges or the signed NDA; audit starts Mon 18 March. Need Ruth to escalate via their account manager.

## Up next
- finish OPS-86, start OPS-90
EOF
wc -w status/2024-W11.md]] },
  { say = "ruth", text = "Ruth, could you escalate OPS-88 with the vendor's account manager? No IP ranges or NDA yet and the audit is Monday 18th." },
  { submit = "status" },
  { say = "ruth", text = "week 11 update is in status/2024-W11.md" },
  { finish = true },
}
