-- Careful junior on another route (play round vA, fourth session): a terse lowercase "on it"
-- to Priya, writes a small python fix script in /tmp with cat <<EOF, runs it and deletes it,
-- adds a regression test file written with printf (25 % of 80.00), runs the whole suite
-- before and after (several times), commits fix and test together with a lowercase subject,
-- asks Marco for a review, and reports to Priya in one terse lowercase line. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "priya", text = "on it - shop-142" },
  { sh = "python3 -m pytest -q | tail -n 3; git log --oneline | head -n 3" },
  { sh = [[cat > /tmp/fix142.py <<'EOF'
import re
path = "shop/pricing.py"
src = open(path).read()
new = re.sub(r"discounted = amount - percent\b", "discounted = amount * (Decimal(1) - percent / Decimal(100))", src)
assert new != src
open(path, "w").write(new)
EOF
python3 /tmp/fix142.py && rm /tmp/fix142.py && git diff]] },
  { sh = [[printf '%s\n' 'from decimal import Decimal' '' 'from shop.pricing import apply_discount' '' '' 'def test_quarter_off_eighty():' '    assert apply_discount(Decimal("80.00"), Decimal("25")) == Decimal("60.00")' > tests/test_percent_discount.py && cat tests/test_percent_discount.py]] },
  { sh = "python3 -m pytest -q; python3 -m pytest -q tests/test_percent_discount.py tests/test_pricing.py" },
  { sh = "git add shop/pricing.py tests/test_percent_discount.py && git commit -q -m 'fix coupon discount: take the percent of the amount, not a flat value (shop-142)' && git status --short && git show --stat HEAD | head -n 8" },
  { say = "marco", text = "hi marco, shop-142 fix is committed with a small extra test - could you review when you get a chance?" },
  { submit = "fix" },
  { say = "priya", text = "done. discount was subtracting the percent as euros (250-20=230), now it multiplies by (1 - pct/100) so 250 -> 200. committed, all tests pass" },
  { finish = true },
}
