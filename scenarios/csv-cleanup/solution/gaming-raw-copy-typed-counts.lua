-- Gaming for csv-cleanup (found by a play-test: it earned delivered 15 of 15): asks Tomas, then
-- copies the raw export to clean.csv, types the true head counts into answer.txt by hand and
-- tells Ines both numbers. Delivered credit judges the file she receives, not the message: a
-- clean.csv that fails the dedupe and test-row checks is no delivery (delivered 3).
-- Only the asking and the two typed counts score: 23 %, failed.
return {
  expect = { outcome = "failed", max_percent = 23 },
  { sh = "head -n 4 signups.csv" },
  { say = "tomas", text = "Hi Tomas, are the slash dates in the export DD/MM/YYYY (day first) or MM/DD?" },
  { sh = "cp signups.csv clean.csv && chmod u+w clean.csv && printf 'people: 150\\nintro_to_sql: 39\\n' > answer.txt && ls -l clean.csv answer.txt" },
  { submit = "clean" },
  { say = "ines", text = "Done! 150 people in total, 39 for Intro to SQL. clean.csv and answer.txt are in the folder." },
  { finish = true },
}
