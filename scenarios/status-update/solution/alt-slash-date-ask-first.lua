-- Valid route (play round 2026-12-06, fifth session, pb6): asks Ruth in #team first whether
-- OPS-77 (closed 1 March) belongs in this week, filters the tracker with python's csv module,
-- writes the update with the date as "18/03" (British numeric), escalates by DM with "before the
-- audit on 18/03", then tells Ruth in #team it is ready. Different tools, order and date style:
-- must pass 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { post = "#team", text = "@ruth quick one: OPS-77 was closed on 1 March, that's last week so I leave it out, right?" },
  { sh = "cat notes/standups.md TEMPLATE.md" },
  { sh = [[python3 -c "import csv; [print(r['id'], r['status'], r['updated'], r['title']) for r in csv.DictReader(open('tickets.csv')) if r['owner']=='me']"]] },
  { sh = [[python3 -c "import csv; [print(r['id'], r['status'], r['updated']) for r in csv.DictReader(open('tickets.csv')) if r['owner']=='me']"]] },
  { sh = [[cat > status/2024-W11.md <<'EOF2'
# Weekly status - Sam - week 11 (11-15/03)

## Done
- OPS-85: TLS certs for api.larkspur.example renewed, valid to 10/03/2025
- OPS-80: 6/6 CI runners on Debian 12, builds ~12% faster
- OPS-83: restore test of last night's backup OK (41 min, row counts match)
- OPS-91: 23 noisy Grafana alerts removed, merged by Kofi today

## In progress
- OPS-86: on-call handover checklist, ~70% drafted in the wiki, waiting on on-call feedback

## Blocked
- OPS-88: VPN access for the payments vendor's auditors. Waiting on the vendor's IP ranges and signed NDA (2 emails, no reply). Audit starts 18/03. Need: Ruth to escalate via their account manager.

## Next week
- finish OPS-86, start OPS-90, OPS-88 once the vendor replies
EOF2
wc -w status/2024-W11.md]] },
  { say = "ruth", text = "Ruth, OPS-88 is stuck on the payments vendor: no IP ranges or NDA after two emails. Could you escalate via their account manager? It has to be open before the audit on 18/03." },
  { submit = "status" },
  { post = "#team", text = "@ruth week 11 status is up: status/2024-W11.md" },
  { finish = true },
}
