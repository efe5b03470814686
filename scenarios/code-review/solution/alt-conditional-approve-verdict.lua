-- Round 9 (pd9): a careful review whose verdict line approves on a condition about the fixes,
-- "Verdict: approve once both blocking issues are fixed": nothing is approved until the fixes are
-- in, so it is a request for changes worded ahead (checks/verify.py reads it so; scenario.lua's
-- approved_known_blocker reads that check). Before: taken for an approval, verdict 0 and the
-- approved_known_blocker penalty (70 %, failed).
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git diff main...lena/bulk-pricing" },
  { sh = "git show lena/bulk-pricing:inventory/search.py | cat -n; git show lena/bulk-pricing:inventory/pricing.py | cat -n" },
  { sh = "cat > review.md <<'EOF'\n# Review\n\n- **blocking** inventory/search.py:11: SQL injection, the text goes into the query via an f-string. Bind it with a ? placeholder instead.\n- **blocking** inventory/pricing.py:14: `>` gives no discount for exactly 10 units; the ticket says 10 or more. Use `>=` and add a test for 10.\n\nVerdict: approve once both blocking issues are fixed\nEOF" },
  { submit = "review" },
  { say = "lena", text = "Review is in review.md: SQL injection in find_products (use a ? placeholder) and >= for exactly 10 units. I'll approve once both are fixed." },
  { finish = true },
}
