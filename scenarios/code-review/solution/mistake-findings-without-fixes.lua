-- Mistake for code-review (lazy junior): finds both bugs, labels them blocking and says why, but
-- suggests no fix for either ("please fix"), against the guide's "say what is wrong, why, and
-- suggest a fix". The findings count; constructive (10) does not: 90 %, passed (one slip in an
-- otherwise good review).
return {
  expect = { outcome = "passed", min_percent = 90, max_percent = 90 },
  { sh = "git show lena/bulk-pricing:inventory/search.py | cat -n; git show lena/bulk-pricing:inventory/pricing.py | cat -n" },
  { sh = [[cat > review.md <<'EOF'
# Review

- **blocking** inventory/search.py:11: SQL injection, the search text is put into the query with an f-string.
- **blocking** inventory/pricing.py:14: off-by-one, exactly 10 units get no discount although INV-77 says 10 or more.

Please fix.

Verdict: request changes
EOF]] },
  { submit = "review" },
  { say = "lena", text = "Review is in: SQL injection in the search and exactly 10 units gets no bulk discount." },
  { finish = true },
}
