-- Valid (play round 7, blind, p7c): asks Lena first in lowercase without a '?' ("hi lena quick one
-- is the discount meant for exactly 10 units as well"), reviews from a git worktree of the branch in
-- /tmp (grep -n for line numbers, pytest there, line_price(1000, 10) run to confirm the boundary),
-- writes review.md with a python heredoc as a numbered list with lowercase labels, and tells Lena
-- in one lowercase message that it ran line_price on her branch (a backed claim). 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, {
  { sh = "cat docs/CONTRIBUTING.md; git branch -a; git log --oneline --graph --all | head -20" },
  { say = "lena", text = "hi lena quick one is the discount meant for exactly 10 units as well or only above 10" },
  { sh = "git worktree add -q /tmp/lena lena/bulk-pricing && cd /tmp/lena && python3 -m pytest -q 2>&1 | tail -2; grep -n '' inventory/pricing.py inventory/search.py; cd /workspace" },
  { sh = [[cd /tmp/lena && python3 -c "from inventory.pricing import line_price; print(line_price(1000, 10), line_price(1000, 11))"; cd /workspace]] },
  { sh = [[python3 - <<'PY'
text = """# review of lena/bulk-pricing

really nice split between pricing and search, easy to follow.

1. **blocking**: inventory/search.py:11 builds the LIKE clause with an f-string, so whatever the user types ends up inside the SQL (sql injection: `' OR 1=1 --`). fix: use a placeholder, `LIKE ?` with `f"%{text}%"` as the parameter, like CONTRIBUTING.md says.
2. **blocking**: inventory/pricing.py:14 uses `>` but INV-77 says 10 *or more*, so exactly 10 units get no discount (i checked: line_price(1000, 10) returns the full price). fix: `>=` and a test for quantity == 10.
3. **nit**: inventory/pricing.py:15 floor division, maybe note the rounding in a comment.

Verdict: request changes
"""
open("review.md", "w").write(text)
PY
cat review.md; git worktree remove /tmp/lena]] },
  { submit = "review" },
  { say = "lena", text = "ok review's done, it's in review.md. two blockers: the search query is open to sql injection (bind the text with a ? placeholder) and exactly 10 units get no discount (use >=, add a test for 10). i ran line_price on your branch to confirm the 10 units one. both are quick, ping me and i'll re-review straight away" },
  { finish = true },
})
