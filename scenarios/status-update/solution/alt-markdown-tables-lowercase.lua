-- Alternative (play 2026-12-06, playD: a careful junior who writes tables): reads the notes and
-- the tracker (column -t), writes every section as a markdown table (the Blocked row holds the
-- cause, the ask and the date in their own cells; a line that leads with "| OPS-86 |" is that
-- ticket's row), escalates in lower case by DM and says where the update is. Must score 100 %
-- (a guard for the section and ticket-row readers).
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat TEMPLATE.md notes/standups.md" },
  { sh = "grep ',me,' tickets.csv | sort -t, -k3" },
  { sh = "column -s, -t tickets.csv" },
  { sh = [[cat > status/2024-W11.md <<'EOF'
# Weekly status - Sam - week 11

## Done
| ticket | outcome |
|---|---|
| OPS-85 | TLS certificates for api.larkspur.example renewed, valid until 2025-03-10 |
| OPS-80 | all 6 CI runners on Debian 12, builds ~12% faster |
| OPS-83 | backup restore test passed (41 min, row counts match) |
| OPS-91 | 23 noisy Grafana alerts removed (merged by Kofi today) |

## In progress
| ticket | where it stands |
|---|---|
| OPS-86 | on-call handover checklist, draft ~70% in the wiki |

## Blocked
| ticket | blocked on | ask | by |
|---|---|---|---|
| OPS-88 | vendor hasn't sent IP ranges or the signed NDA | Ruth, please escalate via their account manager | audit starts Mon 18 March |

## Next week
- finish OPS-86, start OPS-90, open OPS-88 as soon as the vendor replies
EOF
wc -w status/2024-W11.md]] },
  { say = "ruth", text = "hi ruth, OPS-88 (vendor VPN for the auditors) is blocked: the vendor hasn't sent the IP ranges or the signed NDA, and the audit starts monday 18 march. could you escalate via their account manager today please?" },
  { submit = "status" },
  { say = "ruth", text = "my week 11 update is in status/2024-W11.md, tables this time." },
  { finish = true },
}
