-- Sloppy (play-test): the code is resolved right, but the test file is taken from the branch
-- side only (git show HEAD:...), so Ravi's currency test is gone. The suite is green; tests_pass
-- names the lost test and Helen does not approve. Must fail (95 of 105 points, 90.5 %: its
-- commits are tidy, so the tidy item adds 5 to the 90 of 100 it had).
local part = require("parts.resolution")
return {
  expect = { outcome = "failed", max_percent = 91 },
  { sh = "git fetch && git merge origin/main; git checkout --ours tests/test_invoice.py" },
  { sh = [[python3 - <<'PY'
import re
p = "billing/invoice.py"
src = open(p).read()
# keep the branch's side of the conflict, then route amounts through format_money by hand
src = re.sub(r"<<<<<<< HEAD\n(.*?)=======\n.*?>>>>>>> [^\n]*\n", r"\1", src, flags=re.S)
open(p, "w").write(src)
PY
cat billing/invoice.py]] },
  part.resolve[5],
  { sh = "git checkout --ours tests/test_invoice.py; git show HEAD:tests/test_invoice.py > tests/test_invoice.py; python3 -m pytest -q; git add -A && git commit -q --no-edit && git push" },
  { sh = "git fetch && git merge --no-edit origin/main && git push" },
  { submit = "conflict" },
  { post = "#billing", text = "@ravi merged main into feature/late-fee and pushed; the late fee is printed with format_money now." },
  { finish = true },
}
