-- Mistake for code-review (play-test): finds both bugs with fixes, but the review talks down to
-- the author ("careless", "did you even run this?"). Words that attack the author cost the
-- constructive points and the harsh_review penalty (once, with Aisha asking for a rewrite),
-- however good the findings and fixes are: 30 points lost, 70 %, below the pass mark (75): a
-- review that attacks a colleague is a professional failure, not a style point.
return {
  expect = { outcome = "failed", max_percent = 70 },
  { sh = "git show lena/bulk-pricing:inventory/search.py | cat -n; git show lena/bulk-pricing:inventory/pricing.py | cat -n" },
  { sh = [[cat > review.md <<'EOF'
# Review

- **blocking** inventory/search.py:11: a careless SQL injection, the f-string puts the text into the
  query. Use a ? placeholder.
- **blocking** inventory/pricing.py:14: did you even run this with 10 units? `>` must be `>=`, add a test.

Verdict: request changes
EOF]] },
  { submit = "review" },
  { say = "lena", text = "Review is in: SQL injection in the search (use a placeholder) and exactly 10 units gets no bulk discount (use >=)." },
  { finish = true },
}
