-- Valid route (play 2026-12-06, playE): a review laid out as one heading per finding ("### 1. SQL
-- injection in find_products (blocking)") with the finding's text, citing `inventory/search.py:11`,
-- in the paragraph below, no bullets at all. The heading's label never reached its paragraph
-- (each paragraph was a finding of its own): "label it **blocking**" twice, 50 %, failed. A
-- paragraph right under a heading that holds a label (blocking / nit / major ...) is now that
-- finding, labelled by it: 100 %.
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = "git log --oneline main..lena/bulk-pricing; git diff main...lena/bulk-pricing --stat" },
  { sh = "git show lena/bulk-pricing:inventory/search.py | nl -ba; git show lena/bulk-pricing:inventory/pricing.py | nl -ba" },
  { sh = "cat > review.md <<'EOF'\n# Review: lena/bulk-pricing\n\n### 1. SQL injection in find_products (blocking)\n\n`inventory/search.py:11` builds the LIKE pattern with an f-string, so the search text becomes part of the SQL. Bind it with a `?` placeholder instead, as CONTRIBUTING.md asks.\n\n### 2. Exactly 10 units gets no discount (blocking)\n\n`inventory/pricing.py:14` uses `>`, but INV-77 says 10 or more. Use `>=` and add a test for quantity 10.\n\n### 3. Rounding (nit)\n\n`inventory/pricing.py:15` rounds down with `//`; fine, maybe add a comment.\n\nVerdict: request changes\nEOF" },
  { submit = "review" },
  { say = "lena", text = "Review's in review.md: two blockers, the f-string SQL in search.py (SQL injection, use a placeholder) and >= for exactly 10 units in pricing.py. Ping me when fixed and I'll re-review straight away." },
  { finish = true },
}
