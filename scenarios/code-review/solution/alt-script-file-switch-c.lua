-- Round 10, the indirect runner and the git expert: reads the branch only through a script file
-- (`bash /tmp/look.sh`: a detached HEAD on lena/bulk-pricing, `git switch -c` a review branch
-- there, `nl -ba` both files, back to main), then `timeout 60 env GIT_PAGER=cat sh -c 'git log'`;
-- tells Lena by name in #reviews. It scored 50 % (unread_review): replayed on the workspace as it
-- is now, the script's `git switch -c review/lena-bulk` failed (the branch exists by then) and
-- printed main's files; the replay now also starts from the workspace as it stood at the start.
local part = require("parts.reference")

local look = {
  { sh = "cat docs/CONTRIBUTING.md" },
  { sh = "cat > /tmp/look.sh <<'EOF'\nset -e\ngit switch -q --detach lena/bulk-pricing\ngit switch -q -c review/lena-bulk\nnl -ba inventory/search.py inventory/pricing.py\ngit switch -q main\nEOF" },
  { sh = "bash /tmp/look.sh" },
  { sh = "timeout 60 env GIT_PAGER=cat sh -c 'git log --oneline main..lena/bulk-pricing'" },
}

local tell = {
  { post = "#reviews", text = "@Lena review is in review.md: request changes for two blocking issues. search.py:11 builds the LIKE with an f-string (SQL injection, bind it with a ? placeholder) and pricing.py:14 needs >= so exactly 10 units get the discount (plus a test for 10)." },
  { finish = true },
}

return part.script(nil, look, part.ack, part.review, part.submit, tell)
