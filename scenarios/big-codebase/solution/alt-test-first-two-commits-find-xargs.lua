-- Valid route (play round 2026-12-06, playbs): callers found with find | xargs grep -l, the history
-- with git log --author and git show --stat, the regression test committed first on its own
-- (CI red on that commit, as Dana's was), then the fix in a second commit; the PR description as
-- a British-English markdown list in DM to Dana, Maya told in #billing-dev ("payment receipts",
-- "payment reminders"). Two commits, each saying what it does: must pass 100 %.
local part = require("parts.reference")
return part.script(nil, part.reproduce, part.follow, {
  { sh = "find kestrel scripts -name '*.py' -print0 | xargs -0 grep -l 'format_money' | sort" },
  { sh = "git log --author=Jonas --format='%h %an %s'; git show --stat --format='%s%n%b' HEAD~2 | head -n 12" },
}, {
  { sh = [[cat >> tests/test_formatting.py <<'EOF'


def test_format_money_uses_the_registry_decimals():
    """BILL-231: yen have no minor unit, dinars have three."""
    assert format_money(13750, "JPY") == "JPY 13,750"
    assert format_money(204050, "KWD") == "KWD 204.050"
EOF
git add tests/test_formatting.py && git commit -q -m "Add a regression test for format_money with JPY and KWD (BILL-231)" && git log --oneline -n 1]] },
  part.fix[1],
  { sh = [[python3 -m pytest -q 2>&1 | tail -n 1 && git commit -q -am "Format document amounts with the registry's minor units in format_money (BILL-231)" && git status --short && git log --oneline -n 3]] },
}, {
  { say = "dana", text = "PR for BILL-231:\n\n- **cause**: `format_money` in kestrel/core/formatting.py divided every amount by 100, so currencies without two decimals were wrong (JPY 137.50 instead of 13,750; KWD off by a factor of ten)\n- **change**: kestrel/core/formatting.py now uses `to_decimal` and the registry's minor units, as the API has since PAY-311; regression test in tests/test_formatting.py (committed first)\n- **also affects**: payment receipts (receipts/email.py) and overdue payment reminders (notifications/reminders.py), which use the same helper; behaviour for two-decimal currencies is unchanged" },
}, part.submit, {
  { post = "#billing-dev", text = "@Maya BILL-231: the wrong amounts weren't only on invoices. Payment receipts and payment reminders use the same helper, so JPY, ISK and KWD customers got wrong figures on all three since January. Fixed and with Dana for review; Support can resend those three kinds of document once it's deployed." },
})
