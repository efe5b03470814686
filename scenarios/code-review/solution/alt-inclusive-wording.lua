-- Alternative for code-review: reads the whole branch with `git log -p` and `nl`, cites
-- GitHub-style path#Lnn, labels findings "Must fix", verdict "changes requested", and tells Lena
-- in its own words ("the threshold comparison isn't inclusive: a 10-unit order pays full price",
-- "pasted into the SQL string"): each problem is recognised by the same words in review.md and
-- in chat (problems.lua), so this must score 100.
return {
  { sh = "sed -n 1,80p docs/CONTRIBUTING.md; git log -p --stat main..lena/bulk-pricing -- inventory | cat" },
  { sh = "for f in pricing search; do echo \"== $f\"; git show lena/bulk-pricing:inventory/$f.py | nl -ba; done" },
  { say = "lena", text = "Hi Lena, sorry, I can't sign it off without reading it through properly. Give me a few minutes." },
  { sh = [[cat > review.md <<'EOF2'
# lena/bulk-pricing: review notes

Thank you, Lena: the named constants make the INV-77 rule easy to follow, and in_stock is tidy.

* **Must fix** - inventory/search.py#L11: the search text is pasted into the SQL with an f-string;
  `' OR 1=1 --` changes the statement. Suggested fix: `WHERE name LIKE ?` with `f"%{text}%"` as a parameter.
* **Must fix** - inventory/pricing.py#L14: INV-77 says 10 or more, but `>` is not inclusive, so an
  order of exactly 10 pays full price. Suggested fix: `>=`, plus a test with quantity 10.
* Nit - inventory/pricing.py#L15: the integer division rounds down; fine, maybe worth a comment.

Verdict: changes requested
EOF2
cat review.md]] },
  { submit = "review" },
  { say = "lena", text = "Lena, my notes are in review.md, two things to fix before this goes in. The search pastes the user's text into the SQL string; please pass it as a bound parameter. And the threshold comparison isn't inclusive: a 10-unit order pays full price, although INV-77 says ten and up. Ping me and I'll look again straight away." },
  { finish = true },
}
