-- Alternative for code-review (finding of a play-test): a kind, specific review that does what
-- docs/CONTRIBUTING.md asks ("be kind and specific: say what is wrong, why, and suggest a fix"):
-- each blocking finding says why and how to fix it, in a friendly tone, but names nothing done
-- well. The guide never asks for praise, yet the constructive check wanted a praise word and
-- took its 10 points (90 %). Constructive now means what the guide says: a fix with each real
-- problem found and no words that attack the author: 100 %.
return {
  { sh = "cat docs/CONTRIBUTING.md; git diff main...lena/bulk-pricing --stat" },
  { sh = "git show lena/bulk-pricing:inventory/search.py | cat -n; git show lena/bulk-pricing:inventory/pricing.py | cat -n" },
  { sh = [[cat > review.md <<'EOF'
# Review: lena/bulk-pricing

- **blocking** inventory/search.py:11: the search text goes into the SQL through an f-string, so a
  search for `' OR 1=1 --` changes the query (SQL injection). Bind it as a value instead:
  `WHERE name LIKE ?` with `(f"%{text}%", limit)`, as our SQL rule asks.
- **blocking** inventory/pricing.py:14: INV-77 gives the discount from 10 units on, but `>` leaves
  out an order of exactly 10. Switch to `>=` and add a test for quantity 10 next to 5 and 20.

Verdict: request changes
EOF]] },
  { submit = "review" },
  { say = "lena", text = "Hi Lena, my review is in review.md. Two things to fix before merging: the search query is open to SQL injection (bind the text with a ? placeholder), and exactly 10 units gets no bulk discount (use >=). Both are quick; I'll re-review as soon as you push." },
  { finish = true },
}
