-- Careful junior with another team's labels (play round playff): reads the branch with
-- `git diff main...lena/bulk-pricing` and `git show ...| cat -n`, labels the findings **Major** and
-- **Minor** instead of blocking / nit (the first says it has to be fixed before merging), requests
-- changes and tells Lena. "Major" is a blocking label in everyday review language: must score 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { sh = [[cat > review.md <<'EOF'
# Review: lena/bulk-pricing

- **Major** - inventory/search.py:11 - the LIKE pattern is built with an f-string, so the search text goes straight into the SQL: injection (`' OR 1=1 --`). Please bind it: `LIKE ?` and pass `f"%{text}%"` as a parameter.
- **Major** - inventory/pricing.py:14 - `quantity > BULK_THRESHOLD` gives no discount for exactly 10 units, but INV-77 says 10 or more. Use `>=` and add a test with quantity 10.
- **Minor** - inventory/pricing.py:15 - integer division rounds down; fine, maybe say so in a comment.

Verdict: request changes
EOF
cat review.md]] },
}, part.submit, part.tell)
