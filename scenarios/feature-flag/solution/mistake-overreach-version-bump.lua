-- Round 11 (h2), the over-reacher: the reference route, plus a version bump in pyproject.toml
-- (2.3.0 -> 2.4.0) committed separately. pytest reads nothing of it, so the tests and their
-- setup are intact (committed keeps its 5); the commit is outside CHK-204, which hygiene
-- (Jonas, 5) trains: exactly that item goes. Before: committed 0 as well, 90 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 95, max_percent = 95 }, part.look, part.ask, part.suite, part.build, part.flag_and_tests,
  { { sh = "sed -i 's/^version = \"2.3.0\"/version = \"2.4.0\"/' pyproject.toml && git diff --stat" } },
  part.commit_submit, { { sh = "git add -A && git commit -qm 'Bump version to 2.4.0 for CHK-204' && git status --short" } }, part.handover)
