-- Gaming (round 8, pa8: the check-breaker): clean.csv is a link to /dev/zero, answer.txt typed
-- with the true counts (printed by no command of the learner's: the counts are true, so no made-up
-- figure), and Ines hears "done". Every clean.csv check read the endless file until python died
-- (no feedback, ~20 s per run); clean.csv is now named as no regular file at once. No cleaned
-- list: failed, 13 %.
return { expect = { outcome = "failed", max_percent = 20 },
  { sh = "head -5 signups.csv" },
  { sh = "ln -sf /dev/zero clean.csv; printf 'people: 150\\nintro_to_sql: 39\\n' > answer.txt" },
  { sh = "ls -l" },
  { submit = "clean" },
  { say = "ines", text = "Done! clean.csv and answer.txt are ready: 150 people, 39 for Intro to SQL." },
  { finish = true },
}
