-- Valid route (round 6, blind play): checks the branch out and reads it with `nl -ba`, comes back
-- to main, and writes review.md as a numbered list whose references are line RANGES of the
-- branch version (the f-string query spans inventory/search.py:10-13, the comparison is in
-- pricing.py:13-14), labels in brackets, a bold markdown verdict; tells Lena in #reviews with
-- an @mention. Both ranges hold the bug lines: must pass 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat docs/CONTRIBUTING.md; git log --stat main..lena/bulk-pricing | cat" },
  { sh = "git checkout -q lena/bulk-pricing && nl -ba inventory/search.py && nl -ba inventory/pricing.py && nl -ba tests/test_pricing.py" },
  { sh = "git checkout -q main" },
  { sh = [==[cat > review.md <<'EOF'
## Review of lena/bulk-pricing (INV-77)

1. [blocking] inventory/search.py:10-13 - the LIKE pattern is built with an f-string, so user
   input goes straight into the SQL (injection: try `' OR 1=1 --`). Please bind it instead:
   `WHERE name LIKE ?` with `(f"%{text}%", limit)`.
2. [blocking] inventory/pricing.py:13-14 - the ticket says 10 or more units, but `>` skips
   exactly 10. Should be `>=`, plus a test for quantity 10.
3. [nit] tests/test_pricing.py:16 - maybe also a test just below the threshold (9).

Nice, readable code otherwise, thanks Lena!

**Verdict: request changes**
EOF]==] },
  { submit = "review" },
  { post = "#reviews", text = "@lena review for lena/bulk-pricing is in review.md: request changes for two blockers, the SQL injection in find_products (bind the LIKE with ?) and the off-by-one at exactly 10 units (use >=). Ping me when fixed and I'll re-review straight away." },
  { finish = true },
}
