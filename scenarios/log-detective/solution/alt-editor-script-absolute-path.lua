-- Alternative for log-detective: the learner writes a small counting script in an editor (here:
-- a here-document whose path comes from a variable, so no command text spells it out, as a save from the desktop editor
-- leaves no command text at all), with the log's absolute path /workspace/access.log inside it,
-- and runs it. The replay that decides whether the count came from the log used to map
-- /workspace only in command text: the script read the real, unchanged log there, its 46 did not
-- "follow", and a real count was taken for a made-up one (never_counted -25, reported 10 of 20:
-- 65 %). The replay now also maps the paths inside the copy's own files: 100 %.
return {
  { sh = "head -n 3 access.log; cat NOTES.md" },
  { sh = [==[P=/work; P=${P}space/access.log
cat > count5xx.sh <<EOF
#!/bin/sh
awk -v ip="\$1" '\$1 == ip && \$4 >= "[12/Mar/2024:14:00:00" && \$4 < "[12/Mar/2024:14:10:00" && \$9 ~ /^5/' $P | wc -l
EOF
chmod +x count5xx.sh; cat count5xx.sh]==] },
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 ~ /^5/ {print $1}' /workspace/access.log | sort | uniq -c | sort -rn | head -n 3 | awk '{print $2}']] },
  { sh = "./count5xx.sh 198.51.100.23" },
  { sh = [[grep '^198\.51\.100\.23 ' access.log | awk '$9 ~ /^5/ { split($7, p, "?"); print p[1] }' | sort -u]] },
  { sh = [[printf 'ip: 198.51.100.23\ncount: 46\nendpoint: /api/export\n' > answer.txt; cat answer.txt]] },
  { say = "dana", text = "198.51.100.23 is the one: 46 responses with a 5xx status between 14:00 and 14:10 UTC, all GET /api/export." },
  { post = "#incidents", text = "Found it: a single partner client, 198.51.100.23, retrying the CSV export. Dana is on the mitigation." },
  { submit = "triage" },
  { finish = true },
}
