-- Careful junior on another route (play round playff): reads the branch with `git log -p`, the
-- files with `nl -ba` from `git show`, writes the findings under "### Blocking" headings with
-- `file.py#L11`-style references, ends with "**Verdict:** not ready to merge yet, changes
-- requested", and tells Lena in two DMs, one blocker each (the message split in two). Both
-- blockers were told, the verdict requests changes: must score 100 %.
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = "git log -p --stat main..lena/bulk-pricing -- inventory/ | head -80" },
  { sh = "git show lena/bulk-pricing:inventory/search.py | nl -ba | sed -n 5,16p; git show lena/bulk-pricing:inventory/pricing.py | nl -ba | sed -n 10,16p" },
  { say = "lena", text = "Hi Lena, on it now. I'd rather not approve before I've read it all, back shortly." },
  { sh = [[cat > review.md <<'EOF'
# Review of lena/bulk-pricing (INV-77)

### Blocking

- `search.py#L11`: the user's search text is formatted into the SQL with an f-string, which is an SQL injection (try `' OR 1=1 --`). Please pass it as a parameter instead: `name LIKE ?` with `(f"%{text}%", limit)`.
- `pricing.py#L14`: the ticket says 10 *or more* units, but `quantity > BULK_THRESHOLD` leaves an order of exactly 10 without the discount. Switch to `>=` and add a test for exactly 10 (the tests only try 5 and 20).

### Nits

- `pricing.py#L15`: `//` rounds down; fine for cents, perhaps a short comment.

**Verdict:** not ready to merge yet, changes requested
EOF
cat review.md]] },
  { submit = "review" },
  { say = "lena", text = "Review's in review.md. First blocker: find_products builds the LIKE query with an f-string, that's an SQL injection; a ? placeholder with the pattern as a parameter fixes it." },
  { say = "lena", text = "Second one: the discount misses an order of exactly 10 units (`>` should be `>=`), plus a test for 10. I'll re-review as soon as both are in." },
  { finish = true },
}
