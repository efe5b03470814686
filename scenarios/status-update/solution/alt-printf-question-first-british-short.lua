-- Alternative (play 2026-12-06, vD: asks first, British, several short messages): the first act
-- is a question to Ruth about the blocker ("OPS-88 ... would you be able to escalate with their
-- account manager? audit is Mon 18th"), then reads tickets with column -s, -t, writes the file
-- line by line with printf (lowercase headings "done", "in progress", "blocked", "next week"),
-- checks it
-- "I've organised this week's update" / "it's in status/2024-W11.md". Must pass with full marks.
return {
  expect = { outcome = "passed", min_percent = 95 },
  { sh = "head -n 40 notes/standups.md" },
  { say = "ruth", text = "morning ruth - OPS-88 (vendor VPN for the payments audit) is blocked: the vendor hasn't sent their IP ranges or the signed NDA and isn't answering emails. would you be able to escalate with their account manager? the audit is Mon 18th." },
  { sh = "column -s, -t tickets.csv" },
  { sh = "grep ',me,' tickets.csv" },
  { sh = [[{
printf '# Weekly status - Sam - week 11\n\n'
printf '## done\n- OPS-80: CI runners all on Debian 12, builds ~12%% faster\n- OPS-83: backup restore test passed, 41 min, row counts match\n- OPS-85: TLS certs renewed, valid to 2025-03-10\n- OPS-91: 23 noisy Grafana alerts removed (Kofi merged it today)\n\n'
printf '## in progress\n- OPS-86: handover checklist draft ~70%% in the wiki\n\n'
printf '## blocked\n- OPS-88: vendor VPN access. waiting on the vendor for IP ranges + signed NDA, no reply to 2 emails. audit starts Mon 18 March; asked Ruth to escalate via their account manager.\n\n'
printf '## next week\n- finish OPS-86, start OPS-90 (log retention), OPS-88 when the vendor replies\n'
} > status/2024-W11.md; cat status/2024-W11.md]] },
  { submit = "status" },
  { say = "ruth", text = "I've organised this week's update." },
  { say = "ruth", text = "it's in status/2024-W11.md" },
  { finish = true },
}
