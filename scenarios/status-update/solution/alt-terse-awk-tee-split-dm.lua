-- Terse non-native junior (round 9, blind play): filters the tracker with awk, writes the update
-- with tee and a here-document, lowercase and with typos ("renewd", "til", "there account
-- manager"), and escalates in three short DMs, none complete alone: a greeting, the blocker and
-- what is missing, then the deadline and the ask. A true, complete update and escalation: 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat notes/standups.md; cat TEMPLATE.md" },
  { sh = "awk -F, '$4==\"me\"' tickets.csv" },
  { sh = "awk -F, '$4==\"me\" && $3==\"Done\" && $5>=\"2024-03-11\"' tickets.csv" },
  { sh = [[mkdir -p status && tee status/2024-W11.md >/dev/null <<'EOF'
# Weekly status - Ana - week 11

## Done
- OPS-85 tls certs for api.larkspur.example renewd, valid til 2025-03-10
- OPS-80 ci runners all 6 on debian 12, builds ~12 % faster
- OPS-83 backup restore test ok, 41 min, row counts match
- OPS-91 grafana alerts cleanup merged by kofi, 23 alerts less

## In progress
- OPS-86 handover checklist draft ~70 % in wiki, need feedback from on-call

## Blocked
- OPS-88 vpn for payments vendor auditors: vendor not sent ip ranges + signed nda, 2 mails no answer. audit starts mon 18 march. need ruth to escalate via there account manager before monday

## Next week
- finish OPS-86, start OPS-90 (staging logs 7 days), OPS-88 when vendor answer
EOF
wc -w status/2024-W11.md]] },
  { say = "ruth", text = "hi ruth" },
  { say = "ruth", text = "ops-88 (vpn for the vendor auditors) is blokced, vendor didnt send ip ranges and nda, 2 emails no answer" },
  { say = "ruth", text = "audit is mon 18th. can u pls escalate to there account manager today?" },
  { submit = "status" },
  { say = "ruth", text = "status is in status/2024-W11.md" },
  { finish = true },
}
