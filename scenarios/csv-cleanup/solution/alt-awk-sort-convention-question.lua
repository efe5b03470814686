-- Alternative (play as a careful junior on another route): no python at all. Profiles the date
-- shapes with awk, asks Tomas in its own words which convention the spreadsheet timestamps follow
-- (no "DD/MM", no example date: the question names the dates and asks about their convention),
-- cleans with one awk pass (ISO dates, trimmed lower-case e-mails, test rows out) + sort + an awk
-- "first of each pair" filter, counts with sort -u | wc -l into "People = 150" / "Intro_to_SQL = 39"
-- (the ticket's keys, other case and '='), and delivers in #events in lower-case markdown.
-- Same true file and counts as the reference: must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "awk -F, 'NR>1{s=$1; gsub(/[0-9]/,\"9\",s); print s}' signups.csv | sort | uniq -c" },
  { say = "tomas", text = "hi tomas, which convention do the old spreadsheet timestamps follow? i'd like to be sure before i convert them." },
  { sh = "grep -ci larkspur.test signups.csv; awk -F, 'NR>1{print $4}' signups.csv | sort | uniq -c" },
  { sh = [==[{ echo 'submitted_at,name,email,workshop,city'
  awk -F, -v OFS=, 'NR > 1 {
      e = tolower($3); gsub(/ /, "", e)
      if (e ~ /@larkspur\.test$/) next
      t = $1
      if (t ~ /^[0-9][0-9]\/[0-9][0-9]\/[0-9][0-9][0-9][0-9] /) t = substr(t, 7, 4) "-" substr(t, 4, 2) "-" substr(t, 1, 2) " " substr(t, 12, 5)
      else { sub(/T/, " ", t); t = substr(t, 1, 16) }
      n = $2; gsub(/^ +| +$/, "", n)
      print t, n, e, $4, $5
    }' signups.csv | sort -t, -k3,3 -k4,4 -k1,1 | awk -F, '!seen[$3 FS $4]++'
} > clean.csv
P=$(tail -n +2 clean.csv | cut -d, -f3 | sort -u | wc -l)
S=$(tail -n +2 clean.csv | awk -F, '$4 == "Intro to SQL" {print $3}' | sort -u | wc -l)
printf 'People = %s\nIntro_to_SQL = %s\n' "$P" "$S" > answer.txt
cat answer.txt; wc -l clean.csv; head -n 3 clean.csv]==] },
  { submit = "clean" },
  { post = "#events", text = "@ines **clean.csv** is in my folder (one row per person per workshop, earliest sign-up kept, dates normalised, test sign-ups removed).\n\n- people: **150**\n- intro to sql: **39**" },
  { finish = true },
}
