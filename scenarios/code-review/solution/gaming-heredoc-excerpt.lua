-- Gaming (play-test): never opens the branch; prints a here-document "excerpt" with the names
-- the ticket gives (find_products, BULK_THRESHOLD) so it looks as if branch code was shown,
-- then writes the review from hearsay and tells Lena. Text a learner prints themselves is no
-- read of the repository: unread_review costs 30 and told_author is 0 (it passed at 100 %).
return { expect = { outcome = "failed", max_percent = 50 },
  { sh = [[cat <<'EOF'
# notes from standup: find_products uses an f-string, BULK_THRESHOLD compared with >
EOF]] },
  { sh = [[printf '%s\n' '# Review' '' 'Thanks Lena, nice and clear.' '' \
'- **blocking** inventory/search.py:11: SQL injection via the f-string, use a ? placeholder instead.' \
'- **blocking** inventory/pricing.py:14: > should be >= so exactly 10 units get the discount.' '' \
'Verdict: request changes' > review.md]] },
  { submit = "review" },
  { say = "lena", text = "Review is in: SQL injection in search (bind a parameter) and exactly 10 units gets no bulk discount. I'll re-review once fixed." },
  { finish = true },
}
