-- Valid route (play 2026-12-06, playE): a careful lowercase junior. Checks the branch out and reads
-- it with `grep -n .`, then writes review.md with numbered findings under "## blocking" that cite
-- the lines the way people write them in prose: "In `inventory/search.py` on line 11" and
-- "`inventory/pricing.py`, L14"; verdict "**Verdict:** ❌ changes requested"; Lena told both
-- blockers. Neither citation was read (50 %, failed); the checks now read "on/at line N", ", L14",
-- "lines 11-12", "path - line N" and "line N of/in path": 100 %.
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat docs/CONTRIBUTING.md; git branch -a; git log --oneline --all | head" },
  { sh = "git checkout -q lena/bulk-pricing && grep -n . inventory/search.py inventory/pricing.py && git checkout -q main" },
  { say = "lena", text = "hiya lena, reviewing now, back to you shortly" },
  { sh = "cat > review.md <<'EOF'\n# review of lena/bulk-pricing\n\nthanks for this lena, the search helper is tidy.\n\n## blocking\n\n1. In `inventory/search.py` on line 11 the search text goes straight into the SQL through an f-string, which is an SQL injection risk (and breaks on an apostrophe). Please use a `?` placeholder and pass `f\"%{text}%\"` as a parameter instead.\n2. `inventory/pricing.py`, L14: `quantity > BULK_THRESHOLD` leaves out an order of exactly 10 units, but INV-77 says 10 or more. Use `>=` and add a test for quantity 10.\n\n## nit\n\n- `//` in pricing.py rounds down; fine, maybe a comment.\n\n**Verdict:** ❌ changes requested\nEOF" },
  { submit = "review" },
  { say = "lena", text = "review's in review.md. two things to sort before it merges: the f-string SQL in search.py (use a placeholder) and > vs >= for exactly 10 units in pricing.py. happy to look again straight away." },
  { finish = true },
}
