-- Mistake for code-review: a sloppy learner who reads the branch and finds both blocking issues
-- but leaves a stray scratch file (notes.tmp) in the repo, writes terse findings without saying
-- how to fix them, and tells Lena only "left some comments". Lena learns neither what blocks
-- nor what to change: a fair verdict is a clearly lower score than the reference.
return {
  expect = { outcome = "failed", max_percent = 80 },
  { sh = "git diff main...lena/bulk-pricing > notes.tmp; cat notes.tmp" },
  { sh = [[cat > review.md <<'EOF'
# review

- search.py:11 sql stuff
- pricing.py:14 10 units?

Verdict: request changes
EOF]] },
  { submit = "review" },
  { say = "lena", text = "left some comments" },
  { finish = true },
}
