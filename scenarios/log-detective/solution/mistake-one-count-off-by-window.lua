-- Mistake (play-test playB, a sloppy junior): the right client and path, but the window is cut
-- at 14:09:00 instead of 14:09:59 (`$4 < "[12/Mar/2024:14:09"`), so the count is a few short,
-- and that wrong figure goes into answer.txt and to Dana. An honest miscount: the count check
-- fails and Dana's report loses its count credit; nothing is penalised as made up. With the
-- count worth 25 and the report 10 of 20 it must fail (pass is 75).
return { expect = { outcome = "failed", max_percent = 74 },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00" && $4 < "[12/Mar/2024:14:10" && $9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[awk '$1 == "198.51.100.23" && $4 >= "[12/Mar/2024:14:00" && $4 < "[12/Mar/2024:14:09" && $9 ~ /^5/' access.log | wc -l]] },
  { sh = [[awk '$1 == "198.51.100.23" && $9 ~ /^5/ {split($7, p, "?"); print p[1]}' access.log | sort | uniq -c]] },
  { sh = [[n=$(awk '$1 == "198.51.100.23" && $4 >= "[12/Mar/2024:14:00" && $4 < "[12/Mar/2024:14:09" && $9 ~ /^5/' access.log | wc -l); sed -i "s|^ip:.*|ip: 198.51.100.23|; s|^count:.*|count: $n|; s|^endpoint:.*|endpoint: /api/export|" answer.txt; cat answer.txt]] },
  { say = "dana", text = "198.51.100.23 is the culprit, see answer.txt for the count; it hammered /api/export." },
  { post = "#incidents", text = "Update: the 5xx spike came from 198.51.100.23 on the CSV export." },
  { submit = "triage" },
  { finish = true },
}
