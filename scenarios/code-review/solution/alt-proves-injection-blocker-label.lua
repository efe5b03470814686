-- Valid route (round 6, blind play): a junior who proves before claiming: checks the branch out,
-- runs its tests, then shows in python that `' OR 1=1 --` returns every product and that 10
-- units get no discount; British spelling, "Blocker"/"Nit" labels, the proof quoted in the
-- review; tells Lena by DM in two messages (first the blockers, then the offer to re-review).
-- Must pass 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git diff main...lena/bulk-pricing" },
  { sh = "git checkout -q lena/bulk-pricing && python3 -m pytest -q" },
  { sh = [==[python3 - <<'PY'
from inventory import db
from inventory.search import find_products
from inventory.pricing import line_price
c = db.connect()
db.add_product(c, "LAMP-3", "Desk lamp", 4990, stock=12)
db.add_product(c, "MUG-01", "Stoneware mug", 799, stock=140)
print("injection:", [p["sku"] for p in find_products(c, "zzz' OR 1=1 --")])
print("10 units:", line_price(1000, 10))
PY]==] },
  { sh = "git checkout -q main && git show lena/bulk-pricing:inventory/search.py | cat -n | sed -n 8,14p && git show lena/bulk-pricing:inventory/pricing.py | cat -n | sed -n 10,16p" },
  { sh = [==[cat > review.md <<'EOF'
Review: lena/bulk-pricing

- Blocker - inventory/search.py:11: the search text is interpolated into the SQL with an
  f-string. I tried `zzz' OR 1=1 --` and it returned every product, so this is SQL injection.
  Please use a placeholder: `name LIKE ?` and pass `f"%{text}%"` as a parameter.
- Blocker - inventory/pricing.py:14: INV-77 says "10 or more", but line_price(1000, 10) gives
  10000 with no discount because of `>`. Change it to `>=` and add a test for exactly 10.
- Nit - inventory/pricing.py:15: `//` rounds down; worth a comment so it's a deliberate choice.

Otherwise tidy and well organised, cheers Lena.

Verdict: request changes
EOF]==] },
  { submit = "review" },
  { say = "lena", text = "Hi Lena, I've finished the review (review.md). Two blockers: find_products builds the LIKE with an f-string, so it's open to SQL injection (I reproduced it with ' OR 1=1 --), and the bulk discount misses exactly 10 units (> should be >=)." },
  { say = "lena", text = "Both are quick fixes; send it back and I'll re-review immediately so you can still make the freeze." },
  { finish = true },
}
