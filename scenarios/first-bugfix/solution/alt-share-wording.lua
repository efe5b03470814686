-- Alternative for first-bugfix: a careful junior who words everything their own way. The fix
-- as amount - amount * percent / 100 written with perl, a regression test added to
-- test_pricing.py (with its own import), a subject without the usual keywords, and a report
-- split in two: first what was wrong ("deducted as a flat number of euros rather than as a
-- share"), then that it is committed and in review. Full marks.
return {
  { post = "#team", text = "Hi @priya, I've got SHOP-142 and I'm looking into it now." },
  { sh = "python3 -m pytest -q 2>&1 | tail -5; grep -n 'def apply_discount' -A5 shop/pricing.py" },
  { sh = [[perl -0pi -e 's/discounted = amount - percent\n/discounted = amount - amount * percent \/ 100\n/' shop/pricing.py
cat >> tests/test_pricing.py <<'PY'


from shop.pricing import apply_discount as discount_of


def test_discount_is_a_share_not_euros():
    assert discount_of(Decimal("80.00"), Decimal("15")) == Decimal("68.00")
PY
python3 -m pytest -q]] },
  { sh = "git add -A && git commit -q -m 'SPRING20: take the coupon rate as a share of the subtotal' && git log --stat -1 | cat" },
  { submit = "fix" },
  { say = "priya", text = "What went wrong: the discount was deducted as a flat number of euros rather than as a share of the basket." },
  { say = "priya", text = "It's committed with a regression test and Marco has it for review." },
  { finish = true },
}
