-- Alternative: a short review in plain words; tells Lena in #reviews without the usual keywords ("open to injection", "exactly ten units").
return {
  { sh = "git diff main...lena/bulk-pricing" },
  { sh = "git show lena/bulk-pricing:inventory/search.py | cat -n; git show lena/bulk-pricing:inventory/pricing.py | cat -n" },
  { sh = [[cat > review.md <<'EOF'
# Review of lena/bulk-pricing

Nice, readable change overall, thanks!

- **blocking** inventory/search.py:11: user input goes straight into the query string via an f-string; that allows injection. Pass it as a parameter with a ? placeholder instead.
- **blocking** inventory/pricing.py:14: the ticket says "10 or more", but `>` skips an order of exactly 10 units. Change to `>=` and add a test for 10.

Verdict: request changes
EOF]] },
  { submit = "review" },
  { post = "#reviews", text = "@lena my review is up in review.md. Two blockers: the search query is open to injection (needs a bound parameter), and an order of exactly ten units gets no bulk price. Happy to re-review once fixed." },
  { finish = true },
}
