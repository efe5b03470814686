-- Valid route (play 2026-12-06, playa): `git diff -- inventory/` and `nl -ba`, a review in British
-- wording under "## Must fix" with numbered findings cited as `path` (line N) ("interpolated
-- straight into the SQL string", "parameterised query", "ten units or more"), and Lena told in
-- #reviews in lowercase ("two things to sort ... string interpolation ... exactly ten units").
-- Scored 100 % when played: kept so the wording stays covered.
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = "git log --oneline main..lena/bulk-pricing; git diff main...lena/bulk-pricing -- inventory/" },
  { sh = "for f in search pricing; do git show lena/bulk-pricing:inventory/$f.py | nl -ba; done" },
  { sh = [[cat > review.md <<'EOF'
## Must fix

1. `inventory/search.py` (line 11): the search text is interpolated straight into the SQL string, so a search such as `' OR 1=1 --` is an injection; CONTRIBUTING.md asks for bound parameters. Please use a parameterised query: `LIKE ?` with `f"%{text}%"` passed as a parameter.
2. `inventory/pricing.py` (line 14): INV-77 says ten units *or more*, but `>` leaves an order of exactly ten at full price. I'd change it to `>=` and add a test for a quantity of 10.

## Nits

- Nice, tidy constants in pricing.py; `in_stock` reads well.

Verdict: request changes
EOF
cat review.md]] },
  { submit = "review" },
  { post = "#reviews", text = "@lena review's in. two things to sort before it goes in: the search query is built by string interpolation (injection risk, needs a bound parameter), and the bulk discount isn't applied at exactly ten units (should be >=). happy to have another look as soon as they're in." },
  { finish = true },
}
