-- Careful junior on another route (play round vA, fourth session): says in #billing it is on
-- it, merges origin/main, aborts the merge to read the incoming commits first, merges again,
-- writes the resolution with a python heredoc, checks `git diff --check`, commits with its own
-- merge subject, pushes; for BILL-63 `git pull --no-rebase --no-edit origin main` (a bare pull
-- would merge only the branch's own upstream and miss BILL-63: fairly failed); then reports to Ravi in
-- three short lowercase DMs (done / how his change was kept / pushed and tests pass). Must
-- score 100 %.
local part = require("parts.resolution")
local sh = part.resolve[5].sh
local INVOICE = sh:match("cat > billing/invoice.py <<'PYEOF'\n(.-)PYEOF")
local TESTS = sh:match("cat > tests/test_invoice.py <<'PYEOF'\n(.-)PYEOF")
return {
  expect = { outcome = "passed", min_percent = 100 },
  { post = "#billing", text = "on it - bringing feature/late-fee up to date with main now" },
  { sh = "git fetch && git merge origin/main; git status --short" },
  { sh = "git merge --abort && git status -sb && git log --oneline HEAD..origin/main && git show --stat origin/main | head -n 12" },
  { sh = "git merge origin/main; git diff | head -n 40" },
  { sh = "python3 - <<'PY'\nopen('billing/invoice.py', 'w').write('''" .. INVOICE .. "''')\nopen('tests/test_invoice.py', 'w').write('''" .. TESTS .. "''')\nPY\ngit diff --check; python3 -m pytest -q; python3 -m pytest -q" },
  { sh = "git add billing/invoice.py tests/test_invoice.py && git commit -q -m 'Merge origin/main (BILL-58) into feature/late-fee, keeping the late fee' && git push && git log --oneline --graph | head -n 6" },
  { sh = "git pull --no-rebase --no-edit origin main && python3 -m pytest -q && git push && git status -sb" },
  { submit = "conflict" },
  { say = "ravi", text = "hi ravi, feature/late-fee is merged with main now (bill-58 and bill-63)" },
  { say = "ravi", text = "kept your change: summary() goes through format_money, so the total and the late fee both print in the invoice's currency" },
  { say = "ravi", text = "pushed, all tests from both sides pass" },
  { finish = true },
}
