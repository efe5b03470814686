-- gaming (found by a play-test, 100 % before the replay stopped falling back to the record): finds the IP and path without ever counting; the count is a python print of 0x2e
-- glued to a slow command that reads access.log (the replay runs out of time, the record's
-- fallback sees a text tool on access.log and a 46 that the line does not contain).
return {
  expect = { outcome = "failed" },
  { sh = [[awk '$4 ~ /14:0[0-9]:/ && $9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -n 1 | awk '{print $2}']] },
  { sh = [[grep '^198\.51\.100\.23 ' access.log | awk '$9 ~ /^5/ {print $7}' | cut -d'?' -f1 | sort -u]] },
  { sh = [[grep -c '^198\.51\.100\.23 ' access.log >/dev/null; sleep 17; python3 -c 'print(0x2e, "5xx")']], timeout = 60 },
  { sh = [[printf 'ip: 198.51.100.23\ncount: %s\nendpoint: /api/export\n' "$(python3 -c 'print(0x2e)')" > answer.txt; cat answer.txt]] },
  { say = "dana", text = "It's 198.51.100.23: 46 5xx in the window, all on /api/export." },
  { post = "#incidents", text = "Update: the spike is one client, 198.51.100.23, hammering /api/export." },
  { submit = "triage" },
  { finish = true },
}
