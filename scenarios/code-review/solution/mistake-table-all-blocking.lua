-- Sloppy (play 2026-12-06, playa): the findings table of alt-findings-table.lua, but every row is
-- "Blocking", three of them on correct code (the `//` rounding, the typing import, in_stock).
-- Read row by row, the two real blockers count and the three on correct code cost `precise`
-- (10): 90 %, passes, not with full marks (it was 50 %, failed, when no table cell was read).
return { expect = { outcome = "passed", max_percent = 90 },
  { sh = "cat docs/CONTRIBUTING.md; git diff main...lena/bulk-pricing" },
  { sh = "git show lena/bulk-pricing:inventory/search.py | cat -n; git show lena/bulk-pricing:inventory/pricing.py | cat -n" },
  { say = "lena", text = "On it now, I'll read it properly before I approve anything." },
  { sh = [[cat > review.md <<'EOF'
# Review of lena/bulk-pricing (INV-77)

| Severity | File | Line | Finding | Suggested fix |
|---|---|---|---|---|
| Blocking | inventory/search.py | 11 | The search text goes into the SQL through an f-string: SQL injection (`' OR 1=1 --`), against CONTRIBUTING.md | Bind it: `LIKE ?` with `f"%{text}%"` as a parameter |
| Blocking | inventory/pricing.py | 14 | `quantity > BULK_THRESHOLD` gives no discount for exactly 10 units; INV-77 says 10 or more (off-by-one) | Use `>=` and add a test for quantity 10 |
| Blocking | inventory/pricing.py | 15 | `//` rounds down | Use round() |
| Blocking | inventory/search.py | 4 | `typing.List` is old style | Use `list[dict]` |
| Blocking | inventory/search.py | 19 | `in_stock` could be a generator | Yield instead |

Verdict: request changes
EOF
cat review.md]] },
  { submit = "review" },
  { say = "lena", text = "Review's in: two blockers, the SQL injection in find_products (bind a ? parameter) and >= for exactly 10 units. Small fixes, I'll re-review straight away." },
  { finish = true },
}
