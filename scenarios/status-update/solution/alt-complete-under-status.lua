-- Alternative for status-update (from a play-test that scored 90 %): column/sed/awk to read,
-- escalates OPS-88 to Ruth as a polite question (no "please"/"can you"), writes the file with
-- plain "Done:" style colon headings via printf, then tells Ruth the update is "complete" and
-- "under status/": any wording that points her at the written file is sharing it.
return {
  { sh = "column -s, -t tickets.csv" },
  { sh = "sed -n '/Wed 13/,/Thu 14/p' notes/standups.md" },
  { sh = "awk -F, '$4 == \"me\"' tickets.csv" },
  { sh = "sleep 1; awk -F, 'NR > 1 && $4 == \"me\" {print $1, $3, $5}' tickets.csv" },
  { say = "ruth", text = "Ruth, OPS-88 (VPN access for the payments vendor's auditors) is stuck: the vendor still hasn't sent their IP ranges or the signed NDA, and my two emails went unanswered. The audit begins on 18 March. Might you raise it with their account manager today?" },
  { sh = [[mkdir -p status && printf '%s\n' \
'# Weekly status - week 11 (11-15 March 2024)' '' \
'Done:' \
'- OPS-85: TLS certificates for api.larkspur.example renewed, valid until 2025-03-10' \
'- OPS-80: all 6 CI runners on Debian 12, builds about 12 percent faster' \
'- OPS-83: nightly backup restore test passed (41 min, row counts match)' \
'- OPS-91: 23 noisy Grafana alerts removed, merged by Kofi on Friday' '' \
'In progress:' \
'- OPS-86: on-call handover checklist, draft about 70 percent done, collecting feedback' '' \
'Blocked:' \
'- OPS-88: VPN access for the vendor auditors. Waiting on their IP ranges and signed NDA. I asked Ruth to escalate via their account manager; it must be open before the audit on Monday 18 March.' '' \
'Next week:' \
'- finish OPS-86' '- start OPS-90 (staging log retention to 7 days)' '- OPS-88 as soon as the vendor replies' \
> status/2024-W11.md && wc -w status/2024-W11.md]] },
  { submit = "status" },
  { say = "ruth", text = "Ruth, my week 11 update is complete, you can find it under status/." },
  { finish = true },
}
