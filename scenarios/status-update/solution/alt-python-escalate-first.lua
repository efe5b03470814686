-- Alternative solution for status-update: escalate the blocker to Ruth FIRST (as soon as it is
-- found in the notes), then generate the ticket lists from tickets.csv with python (so the
-- mid-run change to OPS-91 is picked up from the data), add the prose by hand, head the
-- blocker section "Blockers" (a wording the checks used to reject: fixed), and announce the
-- update in #team.
return {
  { sh = "grep -n -i -e blocked -e waiting -e vendor notes/standups.md" },
  { say = "ruth", text = "Ruth, heads-up on a blocker: OPS-88 (VPN for the payments vendor's auditors) is stuck because the vendor still hasn't sent their IP ranges and signed NDA. The audit starts Monday the 18th. Could you escalate via their account manager today?" },
  { sh = "cat TEMPLATE.md" },
  { sh = "column -s, -t < tickets.csv" },
  { sh = [[python3 - <<'PY'
import csv
rows = [r for r in csv.DictReader(open("tickets.csv")) if r["owner"] == "me"]
notes = {"OPS-80": "CI runners all on Debian 12, builds ~12% faster",
         "OPS-83": "backup restore test passed in 41 min, row counts match",
         "OPS-85": "TLS certs renewed, valid until 2025-03-10",
         "OPS-91": "23 noisy Grafana alerts removed (merged Friday)",
         "OPS-86": "handover checklist draft ~70% in the wiki, feedback welcome"}
done = [r for r in rows if r["status"] == "Done" and "2024-03-11" <= r["updated"] <= "2024-03-15"]
prog = [r for r in rows if r["status"] == "In progress"]
out = ["# Weekly status - week 11 (11-15 March 2024)", "", "## Done"]
out += ["- %s: %s" % (r["id"], notes.get(r["id"], r["title"])) for r in done]
out += ["", "## In progress"] + ["- %s: %s" % (r["id"], notes.get(r["id"], r["title"])) for r in prog]
out += ["", "## Blockers",
        "- OPS-88: auditor VPN access, waiting on the vendor for IP ranges and the signed NDA.",
        "  Audit starts Monday 18 March; I asked Ruth to escalate to their account manager.",
        "", "## Next week", "- Finish OPS-86, start OPS-90, open the VPN for OPS-88 once the vendor replies.", ""]
open("status/2024-W11.md", "w").write("\n".join(out))
PY
cat status/2024-W11.md; wc -w status/2024-W11.md]] },
  { submit = "status" },
  { post = "#team", text = "Week 11 status update is ready: status/2024-W11.md (@ruth)" },
  { finish = true },
}
