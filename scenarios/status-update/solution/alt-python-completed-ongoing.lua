-- Alternative for status-update: reads with awk, notices the mid-run merge, writes the file with
-- python and other headings (### Completed / ### Ongoing / ### Blockers / ### Next steps), asks
-- Ruth by DM as a question ("would you be able to chase ..."), and shares in #team addressed to
-- her ("@ruth the week 11 summary is in status/2024-W11.md"). Same content: full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat notes/standups.md TEMPLATE.md" },
  { sh = "awk -F, '$0 ~ /,me,/' tickets.csv" },
  { sh = "awk -F, '$0 ~ /,me,/' tickets.csv" },
  { sh = [[python3 - <<'PY'
text = """### Completed
- OPS-85: TLS certs for api.larkspur.example renewed (valid to 2025-03-10)
- OPS-80: all 6 CI runners moved to Debian 12, builds ~12% faster
- OPS-83: backup restore test passed in 41 min
- OPS-91: 23 noisy Grafana alerts removed (Kofi merged it today)

### Ongoing
- OPS-86: on-call handover checklist, draft ~70% done

### Blockers
- OPS-88: VPN access for the payments vendor's auditors. The vendor has not sent their IP
  ranges or the signed NDA (two emails unanswered); the audit starts Monday 18 March.
  Ask: Ruth to chase their account manager.

### Next steps
- Finish OPS-86, start OPS-90, open OPS-88 once the vendor replies.
"""
open("status/2024-W11.md", "w").write(text)
PY
wc -w status/2024-W11.md]] },
  { say = "ruth", text = "Hi Ruth, would you be able to chase the payments vendor's account manager on OPS-88? They still owe us their IP ranges and the signed NDA, and the audit begins Monday 18 March." },
  { submit = "status" },
  { post = "#team", text = "@ruth the week 11 summary is in status/2024-W11.md" },
  { finish = true },
}
