-- Mistake for code-review: reviews the files on main (the learner never looks at the branch),
-- so the cited lines and the findings are about code that is not under review.
return {
  expect = { outcome = "failed", max_percent = 40 },
  { sh = "cat -n inventory/pricing.py inventory/db.py" },
  { sh = [[cat > review.md <<'EOF'
# Review

Thanks Lena, clean and readable code.

- **blocking** inventory/pricing.py:6: quantity validation should use a custom error, please consider that instead.
- **nit** inventory/db.py:12: could use a context manager.

Verdict: request changes
EOF]] },
  { submit = "review" },
  { say = "lena", text = "Hi Lena, my review is in review.md, one blocking point about validation." },
  { finish = true },
}
