-- Valid route (play round 2026-12-06 fourth, vC): a junior who runs the branch: a worktree in
-- /tmp, the branch's tests, then a throwaway check that a 10-unit order gets no discount (python
-- one-liner against the branch code), a scratch notes file deleted afterwards; review.md written
-- by a python script with "## Blocking issues" / "## Non-blocking" headings and GitHub-style
-- `inventory/search.py#L11` citations; Lena told in one DM after the submit. Must pass 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, {
  { sh = "git worktree add -q /tmp/lena lena/bulk-pricing && cd /tmp/lena && python3 -m pytest -q 2>&1 | tail -n 2; nl -ba inventory/pricing.py inventory/search.py; cd -" },
  { sh = "cd /tmp/lena && python3 -c 'import inspect, inventory.pricing as p; print(inspect.signature(p.line_total) if hasattr(p, \"line_total\") else dir(p))'; cd -" },
}, part.ack, {
  { sh = "cd /tmp/lena && git diff main -- inventory/ tests/ | cat; echo 'check: threshold 10 inclusive? search escaping?' > /tmp/notes.txt; cat /tmp/notes.txt; cd -" },
  { sh = [==[python3 - <<'PY'
text = """# Review of lena/bulk-pricing

## Blocking issues

- `inventory/search.py#L11`: the LIKE pattern is built with an f-string, so user text is interpolated into the SQL: SQL injection, and CONTRIBUTING.md forbids it. Bind it with a `?` placeholder and pass `f"%{text}%"` as a parameter instead.
- `inventory/pricing.py#L14`: `quantity > BULK_THRESHOLD` excludes exactly 10 units, while INV-77 says 10 or more (off-by-one). Use `>=`, and add a test for quantity 10 (the tests only cover 5 and 20).

## Non-blocking

- `inventory/pricing.py#L15`: integer `//` rounds down; fine, a comment would help.

Verdict: request changes
"""
open("review.md", "w").write(text)
PY
rm /tmp/notes.txt; git worktree remove /tmp/lena; git worktree list; cat review.md]==] },
}, part.submit, part.tell)
