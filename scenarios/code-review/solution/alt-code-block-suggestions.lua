-- Alternative for code-review (found by playing): numbered findings under "## Blocking", cited as
-- "`path` line N", each followed by its fix as a fenced code block after a blank line (Markdown's
-- list continuation), no praise. The findings parser ended an item at the blank line, so the
-- code block with `>=` belonged to no finding and constructive said the pricing finding had no
-- fix: 90 %. A fenced block, or an indented line after a blank line, now belongs to the item
-- above it ("# comment" lines inside a fence are no headings): 100 %.
return {
  { sh = "git diff main...lena/bulk-pricing" },
  { sh = "git show lena/bulk-pricing:inventory/search.py | cat -n; git show lena/bulk-pricing:inventory/pricing.py | cat -n" },
  { sh = [[cat > review.md <<'EOF'
# Review of lena/bulk-pricing

## Blocking

1. `inventory/search.py` line 12 - the text is formatted straight into the SQL string (injection risk, and it breaks CONTRIBUTING's SQL rule). Suggested code:

   ```python
   rows = conn.execute(
       "SELECT sku, name, price_cents FROM products WHERE name LIKE ? ORDER BY price_cents LIMIT ?",
       (f"%{text}%", limit),
   ).fetchall()
   ```

2. `inventory/pricing.py` line 14 - exactly 10 units get no discount, INV-77 says 10 or more:

   ```python
   if quantity >= BULK_THRESHOLD:
   ```

Verdict: request changes
EOF]] },
  { submit = "review" },
  { post = "#reviews", text = "@lena review is in review.md: two blockers, the f-string SQL in find_products (injection) and exactly 10 units not getting the bulk discount. Code suggestions are in the review." },
  { finish = true },
}
