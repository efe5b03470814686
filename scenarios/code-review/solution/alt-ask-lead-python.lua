-- Alternative solution for code-review: ask the tech lead first, read the branch with
-- `git diff` only, look the bug lines up with grep -n, write review.md from a python script
-- using Markdown-style "`path`, line N" / "`path` (line N)" citations (which the checks used
-- to reject: fixed), and answer Lena in #reviews instead of a DM.
return {
  { say = "aisha", text = "Hi Aisha, happy to review it. Should I cite the line numbers of the branch version of each file?" },
  { sh = "git diff main...lena/bulk-pricing -- inventory/ | cat" },
  { sh = "for f in pricing search; do git show lena/bulk-pricing:inventory/$f.py | grep -n -e 'BULK_THRESHOLD:' -e 'LIKE'; done" },
  { sh = [[python3 - <<'PY'
import subprocess
def line(path, needle):
    src = subprocess.run(["git", "show", "lena/bulk-pricing:" + path], capture_output=True, text=True).stdout
    return next(n for n, l in enumerate(src.splitlines(), 1) if needle in l)
inj = line("inventory/search.py", "LIKE '%{text}%'")
off = line("inventory/pricing.py", "quantity > BULK_THRESHOLD")
open("review.md", "w").write(f"""# Review of lena/bulk-pricing

Good work overall, Lena: the tests are easy to read and the constants make the rule obvious.

* **blocking** - `inventory/search.py`, line {inj}: the search text goes into the query through an f-string,
  which allows SQL injection. Please bind it with a placeholder instead: `LIKE ?` with `f"%{{text}}%"`.
* **blocking** - `inventory/pricing.py` (line {off}): the ticket says 10 or more units, but `>` skips exactly
  10 units (off-by-one). Could you use `>=` and add a test for quantity 10?

Verdict: Request changes
""")
PY
cat review.md]] },
  { submit = "review" },
  { post = "#reviews", text = "@lena my review is in review.md: request changes for two blocking issues, SQL injection in find_products (bind the LIKE value with ?) and the bulk rule missing exactly 10 units (>=). Ping me and I'll re-review quickly." },
  { finish = true },
}
