-- Alternative for code-review (found by playing): two short blocking findings (what and why),
-- then one "Suggestions:" paragraph with the fix for each ("bind the search text with a ?
-- placeholder, and use >= with a test for exactly 10 units"), no praise. The guide's "suggest a
-- fix" is met, but the fixes stand outside the bullets, so constructive wanted them inside:
-- 90 %. A problem's own fix anywhere in the review counts now (a bare "Please fix." still does
-- not: mistake-findings-without-fixes): 100 %.
return {
  { sh = "git show lena/bulk-pricing:inventory/search.py | cat -n; git show lena/bulk-pricing:inventory/pricing.py | cat -n" },
  { sh = [[cat > review.md <<'EOF'
# Review: lena/bulk-pricing

- **blocking** inventory/search.py:11: SQL injection, the search text is put into the query with an f-string.
- **blocking** inventory/pricing.py:14: off-by-one, exactly 10 units get no discount although INV-77 says 10 or more.

Suggestions: bind the search text with a ? placeholder, and use >= with a test for exactly 10 units.

Verdict: request changes
EOF]] },
  { submit = "review" },
  { say = "lena", text = "Hi Lena, review is in: SQL injection in the search (bind it as a parameter) and exactly 10 units gets no bulk discount (use >=). Happy to re-review quickly." },
  { finish = true },
}
