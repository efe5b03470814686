-- Alternative (from a third play-test): "Must fix" / "Optional" headings and a "Verdict: changes
-- needed" line; tells Lena in #reviews.
return {
  { sh = "sed -n '1,200p' docs/CONTRIBUTING.md; git branch -a; git log --format='%h %an %s' main..lena/bulk-pricing" },
  { sh = "git worktree add -q /tmp/lbp-review lena/bulk-pricing && nl -ba /tmp/lbp-review/inventory/pricing.py /tmp/lbp-review/inventory/search.py && nl -ba /tmp/lbp-review/tests/test_pricing.py" },
  { sh = [[cat > review.md <<'EOF'
# lena/bulk-pricing review (INV-77)

Lena, the structure is tidy and the constants are well named; the in_stock helper reads clearly.

## Must fix before merge

- inventory/search.py:11 (blocking): the user's search text is interpolated into the SQL string, so
  anyone can inject SQL through the search box. Please pass it as a bound parameter instead:
  `"... WHERE name LIKE ? ...", (f"%{text}%", limit)`, which is also what CONTRIBUTING.md requires.
- inventory/pricing.py:14 (blocking): the ticket says ten or more units, but `>` leaves an order of
  exactly ten at full price. Switch to `>=` and consider adding a test for quantity 10.

## Optional

- nit inventory/pricing.py:15: the integer division rounds down by up to a cent; fine, maybe note it.

Verdict: changes needed
EOF
nl -ba review.md]] },
  { submit = "review" },
  { post = "#reviews", text = "@lena my review of lena/bulk-pricing is in review.md. Two must-fix items: the search text goes into the SQL unescaped (a bound ? parameter fixes it), and 10 units exactly gets no bulk discount because the check is > rather than >=. Once both are changed I'll re-read it straight away, hopefully well before 17:00." },
  { finish = true },
}
