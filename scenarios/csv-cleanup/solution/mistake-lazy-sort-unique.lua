-- Mistake (play as a lazy junior): the minimum that looks done. Never asks about the dates, lower-
-- cases the lines, drops the test rows and runs `sort -u` over the raw export as "clean.csv": the
-- dates stay in three shapes, double submissions made at different times or from another source
-- stay in. answer.txt is counted from that file, and Ines hears "done, clean.csv and answer.txt
-- are in the folder". The delivery is judged by the file, not the word "done": must fail. (It
-- scored 38 %: `tr A-Z a-z` also lower-cased the workshops, so no row matched a real sign-up and
-- the dates check, with nothing to compare, passed its 30 points; now it fails: 8 %.)
return {
  expect = { outcome = "failed", max_percent = 10 },
  { sh = "head -n 3 signups.csv" },
  { sh = "(head -n 1 signups.csv; tail -n +2 signups.csv | tr 'A-Z' 'a-z' | grep -v larkspur.test | sort -u) > clean.csv; wc -l clean.csv" },
  { sh = "printf 'people: %s\\nintro_to_sql: %s\\n' $(tail -n +2 clean.csv | cut -d, -f3 | tr -d ' ' | sort -u | wc -l) $(grep -c 'intro to sql' clean.csv) > answer.txt; cat answer.txt" },
  { submit = "clean" },
  { say = "ines", text = "done, clean.csv and answer.txt are in the folder" },
  { finish = true },
}
