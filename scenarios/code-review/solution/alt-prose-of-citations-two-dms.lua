-- Valid route (play round 2026-12-06 fourth, vC): checks the branch out and numbers its lines
-- with awk, goes back to main; review.md in plain paragraphs that cite in prose ("line 11 of
-- inventory/search.py", "in inventory/pricing.py on line 14"), a bold "**Verdict:** request
-- changes" line; after the submit Lena hears one DM per finding, as review comments come.
-- Both blockers found, labelled and fixed: must pass 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, {
  { sh = "cat docs/CONTRIBUTING.md; git branch -a; git log --oneline --all | cat" },
  { sh = "git checkout -q lena/bulk-pricing && for f in inventory/pricing.py inventory/search.py; do echo \"== $f\"; awk '{printf \"%3d  %s\\n\", NR, $0}' \"$f\"; done; git checkout -q main" },
}, part.ack, {
  { sh = [==[cat > review.md <<'EOF'
# Review of lena/bulk-pricing (INV-77)

Blocking: line 11 of inventory/search.py builds the LIKE pattern with an f-string, so the search text goes straight into the SQL. That is SQL injection (`' OR 1=1 --`) and against CONTRIBUTING.md. Please use a `?` placeholder and pass `f"%{text}%"` as a parameter instead.

Blocking: in inventory/pricing.py on line 14 the check is `quantity > BULK_THRESHOLD`, but INV-77 says 10 or more units, so an order of exactly 10 gets no discount (off-by-one). Use `>=` and add a test for quantity 10; the tests only try 5 and 20.

Nit: the `//` on line 15 of inventory/pricing.py rounds down, which is fine, maybe worth a comment.

**Verdict:** request changes
EOF
cat review.md]==] },
}, part.submit, {
  { say = "lena", text = "Lena, first comment from my review: search.py line 11 puts the search text into the SQL with an f-string, which is SQL injection. Could you bind it with a ? placeholder instead?" },
  { say = "lena", text = "Second one: pricing.py line 14 uses > so exactly 10 units gets no discount, INV-77 says 10 or more. >= plus a test for 10 fixes it. Both blocking, I'll re-review as soon as they're in." },
  { finish = true },
})
