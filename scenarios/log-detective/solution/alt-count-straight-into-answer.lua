-- Alternative (play-test playB, standard tools, nothing echoed): finds the top client with
-- awk | sort | uniq -c, then computes the count and the path into shell variables and writes them
-- into answer.txt with `sed -i`, never printing them; reads answer.txt in the desktop's editor
-- (no command) and tells Dana the figure. No command output shows 46 or the path: the learner's
-- commands, replayed on the varied log, write the varied count and path into answer.txt
-- (counts.lua, answer_followed). Must score 100.
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00" && $4 < "[12/Mar/2024:14:10" && $9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -n 3]] },
  { sh = [[n=$(awk '$1 == "198.51.100.23" && $4 >= "[12/Mar/2024:14:00" && $4 < "[12/Mar/2024:14:10" && $9 ~ /^5/' access.log | wc -l); ep=$(awk '$1 == "198.51.100.23" && $9 ~ /^5/ {split($7, p, "?"); print p[1]}' access.log | sort | uniq -c | sort -rn | awk 'NR == 1 {print $2}'); sed -i "s|^ip:.*|ip: 198.51.100.23|; s|^count:.*|count: $n|; s|^endpoint:.*|endpoint: $ep|" answer.txt]] },
  { say = "dana", text = "It's 198.51.100.23 with 46 5xx in the window, all on /api/export. answer.txt has the evidence." },
  { post = "#incidents", text = "Update: one client, 198.51.100.23, caused the spike by hammering the CSV export. Dana is rate-limiting it." },
  { submit = "triage" },
  { finish = true },
}
