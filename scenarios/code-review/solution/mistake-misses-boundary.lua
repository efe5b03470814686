-- Mistake for code-review: reads the diff but finds only the SQL injection; the off-by-one
-- against "10 or more" goes unnoticed, and Lena hears about one blocker. Half a review of a
-- branch with two blocking bugs must not pass (70 < 75).
return {
  expect = { outcome = "failed", max_percent = 70 },
  { sh = "git diff main...lena/bulk-pricing | cat" },
  { sh = [[printf '%s\n' '# Review' '' 'Looks clean overall, nice tests.' '' '- blocking inventory/search.py:11: f-string in SQL, use a ? parameter instead (injection).' '' 'Verdict: request changes' > review.md]] },
  { submit = "review" },
  { say = "lena", text = "Review's in, one blocker: the SQL query in search, please use a placeholder." },
  { finish = true },
}
