-- Careful junior (round 7, p7b): picks the ticket up in #team, runs the `pytest` binary (not
-- python3 -m), fixes with `amount * (100 - percent) / 100` by sed, writes the commit message to a
-- file in /tmp with a body and commits with `git commit -F`, submits, then reports to Priya in
-- Markdown (a bullet list with code spans). A valid route: full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { post = "#team", text = "Morning! Taking SHOP-142 (SPRING20 total) now." },
  { sh = "pytest -q 2>&1 | tail -4" },
  { sh = "sed -n '/def apply_discount/,/return/p' shop/pricing.py" },
  { sh = "sed -i 's/discounted = amount - percent$/discounted = amount * (100 - percent) \\/ 100/' shop/pricing.py && git diff --stat" },
  { sh = "pytest -q 2>&1 | tail -2" },
  { sh = [[printf 'Fix coupon discount: subtract a percentage, not the raw value (SHOP-142)\n\napply_discount took the coupon percent off as euros: 250 - 20 = 230.\n' > /tmp/msg.txt && git commit -q -a -F /tmp/msg.txt && git log -1 --format=%s && git status --short]] },
  { submit = "fix" },
  { say = "priya", text = "**SHOP-142** update:\n- cause: `apply_discount` subtracted the coupon's percent as if it were euros (250.00 - 20 = 230.00)\n- fix: it now takes `amount * (100 - percent) / 100`, so SPRING20 gives 200.00 + VAT\n- whole suite green, committed on main, submitted to Marco for review" },
  { finish = true },
}
