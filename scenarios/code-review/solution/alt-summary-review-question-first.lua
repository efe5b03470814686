-- Valid route (play round 2026-12-06 fourth, vC): asks Lena a question first in #reviews (does
-- the search ever see customer input?), reads the branch with `git log -p -1`, writes review.md
-- as one summary paragraph plus a numbered list with "(must fix)" labels and short file names
-- ("search.py, line 11"), British wording ("parameterised", "behaviour"), verdict "Changes
-- requested"; tells Lena in #reviews after the submit. Must pass 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, {
  { post = "#reviews", text = "@lena starting on your review now. Quick question: does the product search get text straight from the shop's search box, or only from admin tools?" },
  { sh = "git log -p -1 lena/bulk-pricing | cat; git diff --stat main...lena/bulk-pricing" },
  { sh = "git show lena/bulk-pricing:inventory/search.py | grep -n '' ; git show lena/bulk-pricing:inventory/pricing.py | grep -n ''" },
}, {
  { sh = [==[cat > review.md <<'EOF'
# Review: lena/bulk-pricing

Summary: the bulk discount and the search are a nice, compact change and the tests are easy to follow, but two things need fixing before this can merge: the search query is open to SQL injection and the discount's boundary is off by one.

1. (must fix) search.py, line 11: the search text is interpolated into the SQL with an f-string. Anything typed in the search box becomes part of the query. Please use a parameterised query: `LIKE ?` with `f"%{text}%"` passed as a parameter, as CONTRIBUTING.md asks.
2. (must fix) pricing.py, line 14: `quantity > BULK_THRESHOLD` means an order of exactly 10 units pays full price, but INV-77 says 10 or more. Change it to `>=` and add a test for a 10-unit order; the current tests (5 and 20) don't catch this behaviour.
3. (optional) pricing.py, line 15: the `//` rounding down is fine; a short comment would help.

Verdict: changes requested
EOF
cat review.md]==] },
}, part.submit, {
  { post = "#reviews", text = "@lena review is in review.md, changes requested: the f-string in find_products is SQL injection (please bind the search text as a parameter), and > should be >= so exactly 10 units get the discount (plus a test for 10). Ping me and I'll re-review straight away." },
  { finish = true },
})
