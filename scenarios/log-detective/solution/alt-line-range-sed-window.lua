-- Valid (play-test round 7, a junior who windows by line numbers): finds the first line of 14:00
-- and the first of 14:10 with grep -n, cuts that range out with sed -n 'A,Bp' into /tmp, counts
-- 5xx per client there with cut and grep, takes the path with cut -d'?', fills answer.txt with
-- ed, tells Dana in a DM and posts a plain status for support. Everything from the log: 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { post = "#incidents", text = "looking at the edge log for the 14:00 to 14:10 window now" },
  { sh = "grep -n -m1 '12/Mar/2024:14:00' access.log; grep -n -m1 '12/Mar/2024:14:10' access.log" },
  { sh = [[a=$(grep -n -m1 '12/Mar/2024:14:00' access.log | cut -d: -f1); b=$(grep -n -m1 '12/Mar/2024:14:10' access.log | cut -d: -f1); sed -n "${a},$((b-1))p" access.log > /tmp/window.log; head -n1 /tmp/window.log; tail -n1 /tmp/window.log]] },
  { sh = [[grep -E '" 5[0-9]{2} ' /tmp/window.log | cut -d' ' -f1 | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[grep '^198.51.100.23 ' /tmp/window.log | grep -E '" 5[0-9]{2} ' | cut -d' ' -f7 | cut -d'?' -f1 | sort | uniq -c]] },
  { sh = [[printf '%s\n' '/^ip:/s/$/ 198.51.100.23/' '/^count:/s/$/ 46/' '/^endpoint:/s/$/ \/api\/export/' w q | ed -s answer.txt; tail -n 3 answer.txt]] },
  { say = "dana", text = "Dana: it's 198.51.100.23. 46 responses with 5xx status between 14:00:00 and 14:09:59, every one on /api/export (the csv export). answer.txt is filled in." },
  { post = "#incidents", text = "Status for support: one partner system was sending too many export requests and got errors back; Dana has the address to limit it. Shoppers should be fine once that's done." },
  { submit = "triage" },
  { finish = true },
}
