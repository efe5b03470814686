-- Valid route (play 2026-12-06, playa): grep -E for the window and the status, cut/sort/uniq -c,
-- the path cut out of the request field; answer.txt written with a heredoc ("- IP:", "- Count: 46
-- (5xx only, ...)"); the report to Dana split over two DMs with markdown (`198.51.100.23`, then
-- **46**), and a status for support in #incidents naming the CSV export. Must score 100 %.
return { expect = { outcome = "passed", min_percent = 100 },
  { post = "#incidents", text = "on it: triaging `access.log` for the 14:00-14:10 window" },
  { sh = "head -n 3 access.log; cat NOTES.md | head -5" },
  { sh = "grep -E '\\[12/Mar/2024:14:0[0-9]:' access.log | grep -E '\" 5[0-9]{2} ' | cut -d' ' -f1 | sort | uniq -c | sort -rn | head -n 3" },
  { sh = "grep -E '^198\\.51\\.100\\.23 .*\\[12/Mar/2024:14:0[0-9]:.*\" 5[0-9]{2} ' access.log | cut -d'\"' -f2 | cut -d' ' -f2 | cut -d'?' -f1 | sort | uniq -c" },
  { sh = "cat > answer.txt <<'EOF'\n# INC-2031\n- IP: 198.51.100.23\n- Count: 46 (5xx only, 14:00:00-14:09:59)\n- Endpoint: /api/export\nEOF\ncat answer.txt" },
  { say = "dana", text = "Culprit: `198.51.100.23`." },
  { say = "dana", text = "It got **46** 5xx responses in the window, all on /api/export." },
  { post = "#incidents", text = "**Update:** the spike comes from one partner client hammering the CSV export (`/api/export`); Dana has the details." },
  { submit = "triage" },
  { finish = true },
}
