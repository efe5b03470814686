-- Round 11 (h2), the terse writer and tool-swapper: git grep and git cat-file | nl on the branch,
-- a lowercase review with typos ("sql injectn", "shud be >="), "verdict: req changes", short DMs.
-- Same acts and findings as the reference: 100 % (the verdict "req changes" was unread: 90).
local part = require("parts.reference")
return part.script(nil,
  { { sh = "git log --oneline --all | head; git grep -n -e LIKE -e BULK_THRESHOLD lena/bulk-pricing -- inventory" },
    { sh = "git cat-file -p lena/bulk-pricing:inventory/pricing.py | nl -ba | sed -n 10,18p" } },
  { { say = "lena", text = "lookin at it now, no approve before i read it, sry" } },
  { { sh = [==[cat > review.md <<'EOF'
review lena/bulk-pricing

- BLOCKING search.py:11 - f-string in the LIKE = sql injectn (' OR 1=1 -- gets evrything). use ? placeholder + pass f"%{text}%" as param
- BLOCKING pricing.py:14 - `>` shud be `>=`, 10 units gets no discount (off by one). add test w/ qty 10 pls

verdict: req changes
EOF]==] } },
  part.submit,
  { { say = "lena", text = "revw done in review.md. 2 blockers: sql injectn in search (use ? param) + >= for 10 units. small fixes, ping me n i re-review" }, { finish = true } })
