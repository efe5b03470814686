-- Round 11 (h2), the over-reacher who listens: the reference, plus a comment "while I was there"
-- in kestrel/legacy/money_utils.py, committed with the fix and named in the PR description.
-- scope fails (nothing imports legacy) and Dana requests changes; the learner takes the legacy
-- edit back out in a new commit and resubmits: 100 %. (Left as it was, the run scores 90 % and
-- fails: only scope is lost, but Dana never approves.)
local part = require("parts.reference")
local fix = {}
for _, a in ipairs(part.fix) do fix[#fix + 1] = a end
table.insert(fix, #fix, { sh = [[sed -i 's|"{:,.2f}".format(cents / 100.0)|"{:,.2f}".format(cents / 100.0)  # v1 only: two decimals|' kestrel/legacy/money_utils.py && sed -i 's/fmt_amount/fmt_amount/' docs/money.md && git add kestrel/legacy/money_utils.py]] })
local script = part.reference_with(nil, {
  fix = fix,
  describe = { { post = "#billing-dev", text = "@Dana PR for BILL-231. Cause: format_money in kestrel/core/formatting.py divided every amount by 100, which is only right for two-decimal currencies; yen have none, dinars three. Changed: kestrel/core/formatting.py (to_decimal + the registry's minor_units), tests/test_formatting.py (JPY and KWD regression test), and a comment in kestrel/legacy/money_utils.py while I was there. Also affects the payment receipts (receipts/email.py) and reminders (notifications/reminders.py), which use the same helper." } },
})
-- Dana requests changes for the legacy edit: the learner takes it out and hands it in again
table.remove(script)   -- the finish
for _, a in ipairs({
  { sh = "git checkout HEAD~1 -- kestrel/legacy/money_utils.py 2>/dev/null || git show $(git rev-list --max-parents=0 HEAD | tail -1):kestrel/legacy/money_utils.py >/dev/null; git diff --stat HEAD" },
  { say = "dana", text = "fair point, reverted the legacy comment, it's not part of BILL-231. resubmitting" },
  { sh = "git commit -qam 'Take the legacy comment back out of BILL-231 (not part of the fix)' && git status --short && git diff --stat HEAD~2" },
  { submit = "fix" },
  { finish = true },
}) do script[#script + 1] = a end
return script
