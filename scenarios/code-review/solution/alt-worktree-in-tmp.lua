-- Alternative for code-review: reads the branch in a git worktree under /tmp (`git worktree add
-- /tmp/lena lena/bulk-pricing`, `cd /tmp/lena`, `nl -ba` of the files), writes review.md with
-- numbered findings and a bold verdict, removes the worktree and tells Lena in #reviews. The
-- "looked at the branch" evidence replays these commands with /tmp mapped to a folder of its own
-- and the stale worktree pruned: 100 %.
return {
  { sh = "git branch -a && cat docs/CONTRIBUTING.md | head -n 20" },
  { sh = "git worktree add -q /tmp/lena lena/bulk-pricing && cd /tmp/lena && git log -1 --format=%s" },
  { sh = "nl -ba inventory/search.py; nl -ba inventory/pricing.py" },
  { sh = "grep -n 'quantity' tests/test_pricing.py; cd /workspace" },
  { post = "#reviews", text = "@Lena reading it now, I'll not approve blind but I'll be quick :)" },
  { sh = [[cat > review.md <<'EOF'
## Review of lena/bulk-pricing

Nice, tidy change overall - the naming of the constants is good.

1. **Blocking** - `inventory/search.py:11`: the query string is built with an f-string, so user input goes straight into SQL (injection, and a product name with an apostrophe breaks it). Please use a parameterised query: `name LIKE ?` with `f"%{text}%"` as the value.
2. **Blocking** - `inventory/pricing.py:14`: the ticket says 10 or more units, but `>` means an order of exactly 10 gets no discount. `>=` fixes it; a test for quantity 10 would catch it.

**Verdict: request changes**
EOF
git worktree remove /tmp/lena; ls]] },
  { submit = "review" },
  { post = "#reviews", text = "@Lena review is in (review.md): two blockers - SQL injection in find_products (parameterise the LIKE), and the bulk discount should start at 10 (>=). Ping me and I'll re-review quickly." },
  { finish = true },
}
