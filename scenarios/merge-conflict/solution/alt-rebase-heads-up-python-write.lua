-- Careful junior on another route (play round vA, fourth session): gives Ravi a heads-up before
-- starting, fetches and runs `git rebase origin/main` (not pull), lists the unmerged paths, writes
-- the resolved files with a python heredoc (the reference resolution's content), runs the suite,
-- `git rebase --continue` with GIT_EDITOR=true, `git push --force-with-lease`; when Ravi pushes
-- BILL-63, `git pull --rebase` and another lease push; reports to Ravi in a British markdown DM.
-- Same tree as the reference, linear history: must score 100 %.
local part = require("parts.resolution")
local sh = part.resolve[5].sh
local INVOICE = sh:match("cat > billing/invoice.py <<'PYEOF'\n(.-)PYEOF")
local TESTS = sh:match("cat > tests/test_invoice.py <<'PYEOF'\n(.-)PYEOF")
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "ravi", text = "Morning Ravi! Heads-up: I'm rebasing feature/late-fee onto main, which now has your BILL-58. I'll keep your format_money for every amount." },
  { sh = "git fetch origin && git log --oneline --graph --all | head -n 8" },
  { sh = "git rebase origin/main; git diff --name-only --diff-filter=U" },
  { sh = "python3 - <<'PY'\nopen('billing/invoice.py', 'w').write('''" .. INVOICE .. "''')\nopen('tests/test_invoice.py', 'w').write('''" .. TESTS .. "''')\nPY\ngrep -c '<<<<<<<' billing/invoice.py tests/test_invoice.py; python3 -m pytest -q" },
  { sh = "git add billing/invoice.py tests/test_invoice.py && GIT_EDITOR=true git rebase --continue && git log --oneline -n 4" },
  { sh = "git push --force-with-lease origin feature/late-fee && git status -sb" },
  { sh = "git pull --rebase origin main && python3 -m pytest -q && git push --force-with-lease origin feature/late-fee && git log --oneline -n 5" },
  { submit = "conflict" },
  { say = "ravi", text = "All finalised:\n- feature/late-fee is rebased onto main (your BILL-58 and BILL-63) and pushed\n- your `format_money` is kept: the total and the late fee are both printed in the invoice's currency\n- every test from both sides is in and passing" },
  { finish = true },
}
