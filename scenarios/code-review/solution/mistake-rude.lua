-- Mistake for code-review: finds both bugs but writes an unkind review without suggestions,
-- and tells Lena only "done". The findings count; attacking the author costs a penalty, and
-- the handover names nothing: must not pass.
return {
  expect = { outcome = "failed", max_percent = 69 },
  { sh = "git show lena/bulk-pricing:inventory/search.py | cat -n; git show lena/bulk-pricing:inventory/pricing.py | cat -n" },
  { sh = [[cat > review.md <<'EOF'
# Review

- **blocking** inventory/search.py:11: SQL injection. Sloppy.
- **blocking** inventory/pricing.py:14: off-by-one, exactly 10 units get nothing. This is lazy testing.

Verdict: request changes
EOF]] },
  { submit = "review" },
  { say = "lena", text = "done" },
  { finish = true },
}
