-- Undoer and quoter (round 8, blind play): reads the log with -p, writes a one-nit review with
-- "Verdict: approve" and commits review.md on main by mistake; then reads the bug lines with
-- line numbers, undoes the commit (`git reset --soft HEAD~1`, `git restore --staged`), and
-- rewrites review.md: the CONTRIBUTING.md rule quoted ("> a verdict line: `Verdict: approve` or
-- `Verdict: request changes`."), both blockers with fixes, the nit, a note that the first draft
-- approved, and one real verdict line, request changes. A quoted line is no verdict; the end
-- state is a right review and nothing committed: must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat docs/CONTRIBUTING.md; git log -p --stat main..lena/bulk-pricing | head -120" },
  { sh = [[cat > review.md <<'EOF'
Review of lena/bulk-pricing

- nit inventory/search.py:13: ORDER BY price_cents could use a tie-breaker on sku.

Verdict: approve
EOF
git add review.md && git commit -qm 'review of lena/bulk-pricing' && git log --oneline -2]] },
  { sh = "git show lena/bulk-pricing:inventory/pricing.py | cat -n | sed -n 10,16p; git show lena/bulk-pricing:inventory/search.py | cat -n | sed -n 8,16p" },
  { sh = "git reset --soft HEAD~1 && git restore --staged review.md && git status --short && git log --oneline -1" },
  { sh = [[cat > review.md <<'EOF'
Review of lena/bulk-pricing

From docs/CONTRIBUTING.md:
> a verdict line: `Verdict: approve` or `Verdict: request changes`.

- **blocking** inventory/search.py:11: the search text is pasted into the SQL with an f-string,
  which allows SQL injection (try a search for `' OR 1=1 --`). Bind it instead:
  `WHERE name LIKE ?` with `(f"%{text}%", limit)`.
- **blocking** inventory/pricing.py:14: the ticket says "10 or more units", but `>` excludes
  exactly 10. Use `>=` and add a test with quantity 10.
- nit inventory/search.py:13: ORDER BY price_cents could use a tie-breaker on sku.

I changed my first draft (approve) after reading the code properly, sorry for the noise.

Verdict: request changes
EOF
cat review.md]] },
  { say = "lena", text = "Hi Lena, my review is in review.md. I can't approve yet: two blocking issues. The search builds the SQL with an f-string, so it is open to SQL injection: please bind the text with a ? placeholder. And the discount uses > 10 instead of >= 10, so exactly 10 units get no discount. Both are quick, I'll look again as soon as you push." },
  { submit = "review" },
  { finish = true },
}
