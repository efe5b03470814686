-- Check-breaker (round 8, blind play): glances at the diff header only, makes review.md a
-- symlink to /dev/zero instead of writing a review, tells Lena the review is in and submits.
-- Before round 8 every check read /dev/zero until it died of MemoryError (no feedback, ~1 GB and
-- 30 s per run); now review.md "is not a file". Never opened the branch, no review: failed, 0 %.
return {
  expect = { outcome = "failed", max_percent = 0 },
  { sh = "git diff main...lena/bulk-pricing | head -5" },
  { sh = "ln -s /dev/zero review.md; ls -la" },
  { say = "lena", text = "Review is in review.md: SQL injection in find_products and the > vs >= for 10 units, both blocking." },
  { submit = "review" },
  { finish = true },
}
