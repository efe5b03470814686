-- Valid alternative for code-review: a careful learner who reads the full three-dot diff, then
-- greps the branch files with line numbers (git grep -n) instead of cat -n, writes the review in
-- plain paragraphs with British spelling ("parameterised", "behaviour") and the verdict worded
-- "changes requested", and tells Lena in lowercase. Same two blocking findings with fixes, a nit
-- and praise: must pass with 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "sed -n '1,80p' docs/CONTRIBUTING.md; git diff main...lena/bulk-pricing" },
  { sh = "git grep -n -e 'LIKE' -e 'BULK_THRESHOLD' -e '//' lena/bulk-pricing -- inventory/" },
  { say = "lena", text = "hi lena, on it - reading the branch properly now, review in a bit" },
  { sh = [[cat > review.md <<'EOF'
Review of lena/bulk-pricing for INV-77

Nice work on the naming of the pricing constants, and `in_stock` is a tidy helper.

Blocking - inventory/search.py:11: the user's search text is formatted straight into the SQL
(`LIKE '%{text}%'`). That is an SQL injection hole (`' OR 1=1 --`), and any apostrophe in a
name breaks the query. Please use a parameterised query with a `?` placeholder and pass
`f"%{text}%"` as a bound parameter, as CONTRIBUTING.md requires.

Blocking - inventory/pricing.py:14: INV-77 asks for the discount at 10 or more units, but
`quantity > BULK_THRESHOLD` skips exactly 10 (off-by-one behaviour). Change it to `>=` and add a
test for quantity 10; the tests only cover 5 and 20.

Nit - inventory/pricing.py:15: `//` rounds the discounted total down; worth a comment.

Verdict: changes requested
EOF]] },
  { submit = "review" },
  { say = "lena", text = "review's in review.md - two blockers: the sql injection in find_products (bind the search text with a ? placeholder) and >= so exactly 10 units gets the discount. both quick, i'll re-review as soon as you push so you make the freeze." },
  { finish = true },
}
