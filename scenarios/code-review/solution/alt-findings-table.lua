-- Valid route (play 2026-12-06, playa): the findings as a Markdown table with the file and the
-- line in two columns ("| Blocking | inventory/search.py | 11 | ... | Bind it ... |"), each row
-- a finding with its fix. No `path:line` was read in "search.py | 11" and the whole table was one
-- paragraph: both findings 0, 50 %, failed. A table row is now a finding of its own, and a path
-- cell followed by a line cell cites path:line: 100 %.
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat docs/CONTRIBUTING.md; git diff main...lena/bulk-pricing" },
  { sh = "git show lena/bulk-pricing:inventory/search.py | cat -n; git show lena/bulk-pricing:inventory/pricing.py | cat -n" },
  { say = "lena", text = "On it now, I'll read it properly before I approve anything." },
  { sh = [[cat > review.md <<'EOF'
# Review of lena/bulk-pricing (INV-77)

| Severity | File | Line | Finding | Suggested fix |
|---|---|---|---|---|
| Blocking | inventory/search.py | 11 | The search text goes into the SQL through an f-string: SQL injection (`' OR 1=1 --`), against CONTRIBUTING.md | Bind it: `LIKE ?` with `f"%{text}%"` as a parameter |
| Blocking | inventory/pricing.py | 14 | `quantity > BULK_THRESHOLD` gives no discount for exactly 10 units; INV-77 says 10 or more (off-by-one) | Use `>=` and add a test for quantity 10 |
| Nit | inventory/pricing.py | 15 | `//` rounds down | A comment would help |

Verdict: request changes
EOF
cat review.md]] },
  { submit = "review" },
  { say = "lena", text = "Review's in: two blockers, the SQL injection in find_products (bind a ? parameter) and >= for exactly 10 units. Small fixes, I'll re-review straight away." },
  { finish = true },
}
