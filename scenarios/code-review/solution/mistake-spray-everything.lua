-- Gaming for code-review: cites every line of both files as blocking with every keyword the
-- grader might look for, hoping the two real bugs are somewhere in the list. Must fail.
return {
  expect = { outcome = "failed", max_percent = 45 },
  { sh = [[{ echo "# Review"; echo; echo "Nice work, thanks! Please consider the following."; echo
for f in search pricing; do for n in $(seq 1 25); do
  echo "- **blocking** inventory/$f.py:$n: possible SQL injection / off-by-one (>= vs >, exactly 10): use a ? placeholder instead."
done; done; echo; echo "Verdict: request changes"; } > review.md; wc -l review.md]] },
  { submit = "review" },
  { say = "lena", text = "Review is in review.md: SQL injection and the >= boundary are blocking, I'll re-review." },
  { finish = true },
}
