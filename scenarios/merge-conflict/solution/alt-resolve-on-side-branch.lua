-- Careful junior on another route (play round vA, fourth session): asks Helen first whether
-- merge or rebase is preferred, resolves on a throwaway branch (`git switch -c resolve-bill-58`,
-- merge origin/main, python heredoc resolution, commit with git's own message via
-- GIT_EDITOR=true), fast-forwards feature/late-fee to it and deletes the side branch, pushes,
-- merges BILL-63 with an explicit message, and reports once in #billing in one long message.
-- Same tree as the reference: must score 100 %.
local part = require("parts.resolution")
local sh = part.resolve[5].sh
local INVOICE = sh:match("cat > billing/invoice.py <<'PYEOF'\n(.-)PYEOF")
local TESTS = sh:match("cat > tests/test_invoice.py <<'PYEOF'\n(.-)PYEOF")
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "helen", text = "Hi Helen, quick one before I update feature/late-fee: do you prefer a merge or a rebase here?" },
  { sh = "git fetch --all && git branch -vv && git log --oneline origin/main -n 3" },
  { sh = "git switch -c resolve-bill-58 && git merge origin/main; git status --short" },
  { sh = "python3 - <<'PY'\nopen('billing/invoice.py', 'w').write('''" .. INVOICE .. "''')\nopen('tests/test_invoice.py', 'w').write('''" .. TESTS .. "''')\nPY\npython3 -m pytest -q && git add -A && GIT_EDITOR=true git commit -q" },
  { sh = "git switch feature/late-fee && git merge --ff-only resolve-bill-58 && git branch -d resolve-bill-58 && git push origin feature/late-fee && git log --oneline --graph -n 6" },
  { sh = "git fetch && git merge -m 'Merge origin/main (BILL-63) into feature/late-fee' origin/main && python3 -m pytest -q && git push && git status -sb" },
  { submit = "conflict" },
  { post = "#billing", text = "@ravi I've merged main (your BILL-58, and BILL-63 since) into feature/late-fee and pushed it. In summary() I kept your format_money for every amount, so the late fee is printed in the invoice's currency as well as the total, and all of both sides' tests are kept and pass." },
  { finish = true },
}
