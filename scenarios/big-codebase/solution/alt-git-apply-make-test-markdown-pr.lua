-- Valid (play round 7, blind, p7c): reads README/CONTRIBUTING, follows render's import, greps the
-- callers, reads PAY-311 with git log -p, asks Jonas in #billing-dev without a '?' ("ok thanks
-- all, quick one jonas: why did PAY-311 ..."), fixes format_money with a hand-written diff and
-- `git apply`, runs the suite with `make test`, commits with `git commit -F`, posts a markdown
-- PR description and tells Maya the three kinds of documents. 100 %.
local part = require("parts.git_apply")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.ask_jonas, part.fix, part.test,
  part.commit(), part.report())
