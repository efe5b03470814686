-- parts/route.lua: a route of first-bugfix shared by the action scripts that differ only in what
-- they tell Priya after the work: take the ticket, run the suite, fix apply_discount by sed, run
-- the suite again with the fix in, commit with a good subject, submit. Not an action script
-- itself: verify only plays solution/*.lua.
local M = {}

M.fixed_and_submitted = {
  { say = "priya", text = "Hi Priya, taking SHOP-142." },
  { sh = "python3 -m pytest -q | tail -3" },
  { sh = [[sed -i 's|discounted = amount - percent$|discounted = amount * (1 - percent / Decimal(100))|' shop/pricing.py]] },
  { sh = "python3 -m pytest -q" },
  { sh = "git commit -qam 'Apply coupon discount as a percentage of the amount (SHOP-142)'" },
  { submit = "fix" },
}

return M
