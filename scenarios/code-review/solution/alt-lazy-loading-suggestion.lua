-- Alternative for code-review: the careful review, plus a technical aside that uses the word
-- "lazy" about code ("lazy loading", "lazily") and calls a sloppy-looking rounding choice a nit.
-- "lazy" attacks nobody here: only "lazy work/code/fix", "being lazy" or "so lazy" are harsh.
-- Full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat docs/CONTRIBUTING.md && git diff main...lena/bulk-pricing" },
  { sh = "git show lena/bulk-pricing:inventory/pricing.py | cat -n && git show lena/bulk-pricing:inventory/search.py | cat -n" },
  { sh = [[cat > review.md <<'EOF'
# Review of lena/bulk-pricing (INV-77)

- **blocking** inventory/search.py:11: the search text goes into the SQL through an f-string
  (`LIKE '%{text}%'`): SQL injection, and a `'` in a name breaks the query. Bind it instead:
  `WHERE name LIKE ?` with `(f"%{text}%", limit)` as the parameters.
- **blocking** inventory/pricing.py:14: the ticket says 10 or more units; `quantity > BULK_THRESHOLD`
  skips exactly 10. Use `>=` and add a test for quantity 10.
- **nit** inventory/pricing.py: the price table could be loaded lazily (lazy loading on first use)
  if it ever grows; not needed for this change.

Verdict: request changes
EOF]] },
  { submit = "review" },
  { say = "lena", text = "Lena, my review is in review.md: please bind the search text with a ? placeholder (SQL injection) and use >= so exactly 10 units get the bulk price. Ping me and I'll re-review straight away." },
  { finish = true },
}
