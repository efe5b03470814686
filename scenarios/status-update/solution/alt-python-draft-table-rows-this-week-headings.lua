-- Alternative (play 2026-12-06, vD: a python junior with everyday headings): reads the notes,
-- lists its tickets with python's csv module, writes the update from a python heredoc in /tmp
-- (headings "Done this week", "Still in progress", "Blocked / needs help", "Next week's plan";
-- Done as a markdown table with one ticket per row), re-reads the tracker after Kofi's merge,
-- asks Ruth by DM with a question ("could you chase ... before the audit on Monday 18th?"), and
-- shares in #team "@ruth week 11 status is up under status/". Must pass with full marks.
return {
  expect = { outcome = "passed", min_percent = 95 },
  { sh = "cat notes/standups.md; cat TEMPLATE.md" },
  { sh = [[python3 -c "import csv; [print(r['id'], r['status'], r['updated'], r['title']) for r in csv.DictReader(open('tickets.csv')) if r['owner'] == 'me']"]] },
  { sh = "ls status/" },
  { sh = [[python3 -c "import csv; [print(r['id'], r['status'], r['updated']) for r in csv.DictReader(open('tickets.csv')) if r['owner'] == 'me']"]] },
  { sh = [==[cat > /tmp/w11.py <<'PY'
text = """# Weekly status - Sam - week 11 (11-15 March 2024)

## Done this week
| ticket | what | outcome |
|---|---|---|
| OPS-85 | TLS certs for api.larkspur.example renewed | valid until 2025-03-10 |
| OPS-80 | CI runners migrated to Debian 12 | all 6, builds ~12% faster |
| OPS-83 | Backup restore test | 41 min, row counts match |
| OPS-91 | Noisy Grafana alerts cleaned up | 23 alerts removed, merged by Kofi |

## Still in progress
- OPS-86: on-call handover checklist, draft ~70% in the wiki, feedback from on-call welcome.

## Blocked / needs help
- OPS-88: VPN access for the payments vendor's auditors. Waiting on the vendor's IP ranges and
  signed NDA (two emails unanswered). Audit starts Monday 18 March: Ruth, please escalate via
  their account manager.

## Next week's plan
- Finish OPS-86, start OPS-90 (staging log retention to 7 days), open OPS-88 once the vendor replies.
"""
open("status/2024-W11.md", "w").write(text)
PY
python3 /tmp/w11.py && rm /tmp/w11.py && wc -w status/2024-W11.md]==] },
  { say = "ruth", text = "Hi Ruth, OPS-88 is stuck on the payments vendor: no IP ranges or signed NDA after two emails, and their audit starts Monday 18th. Could you chase their account manager before then?" },
  { submit = "status" },
  { post = "#team", text = "@ruth week 11 status is up under status/2024-W11.md" },
  { finish = true },
}
