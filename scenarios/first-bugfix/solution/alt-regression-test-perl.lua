-- Alternative solution for first-bugfix: a careful junior who reads the code first, fixes it
-- with perl instead of sed, ADDS a regression test of their own for another percentage (the
-- existing tests stay untouched), commits fix and test together with a subject in the
-- "SHOP-142: ..." style, reports to Priya by DM and says what Support needs to know.
return {
  { say = "priya", text = "Morning Priya! I'll take SHOP-142 now and keep you posted." },
  { sh = "cat shop/pricing.py | sed -n '/def apply_discount/,/return/p'; python3 -m pytest -q -k twenty 2>&1 | tail -n 15" },
  { sh = [[perl -pi -e 's/^(\s+)discounted = amount - percent$/$1discounted = amount - amount * percent \/ 100/' shop/pricing.py && git diff --stat]] },
  { sh = [[cat >> tests/test_pricing.py <<'PYEOF'


def test_discount_fifteen_percent_of_eighty():
    # SHOP-142 regression: the percentage is taken of the amount
    assert apply_discount(Decimal("80.00"), Decimal("15")) == Decimal("68.00")
PYEOF
python3 -m pytest -q]] },
  { sh = "git add shop/pricing.py tests/test_pricing.py && git commit -q -m 'SHOP-142: take the coupon percentage of the amount' -m 'apply_discount subtracted the percent value itself (250 - 20).' && git log --stat -n 1 | cat" },
  { submit = "fix" },
  { say = "priya", text = "SHOP-142 is fixed: the coupon discount was subtracted as a flat number (250.00 - 20 = 230.00) instead of 20% of the basket (200.00). Committed with a regression test; Marco has it for review." },
  { finish = true },
}
