-- Alternative for code-review: exports Lena's commit as a patch file into /tmp with git
-- format-patch and reads it with grep -n (two steps, the second names no branch and no git),
-- reviews with a plain "Blocking:" list, and DMs Lena. Reading what a git command wrote from the
-- branch is reading the branch; the replay on a changed branch shows it: 100 %.
return {
  { sh = "cat docs/CONTRIBUTING.md; git log --oneline --all" },
  { sh = "git format-patch -1 lena/bulk-pricing --stdout > /tmp/inv77.patch; wc -l /tmp/inv77.patch" },
  { sh = "grep -n -e '^+++' -e 'LIKE' -e 'BULK' -e 'def ' /tmp/inv77.patch" },
  { sh = "git show lena/bulk-pricing:inventory/search.py | cat -n | sed -n '5,15p'; git show lena/bulk-pricing:inventory/pricing.py | cat -n | sed -n '10,16p'" },
  { sh = [[cat > review.md <<'EOF'
# Review of lena/bulk-pricing (INV-77)

Nice small functions and clear names; the tests are easy to read.

Blocking:
- inventory/search.py:11 builds the LIKE pattern with an f-string, so the search text can inject SQL. Use a ? placeholder and pass the pattern as a parameter (CONTRIBUTING.md asks for that too).
- inventory/pricing.py:14 uses `>`: an order of exactly 10 units gets no bulk discount although INV-77 says 10 or more. Use `>=` and add a test for quantity 10.

Verdict: request changes
EOF
cat review.md]] },
  { submit = "review" },
  { say = "lena", text = "Hi Lena, review is in review.md: two blockers. The search query takes the text through an f-string (SQL injection, please bind it as a parameter), and exactly 10 units gets no discount because of the >. Happy to look again once both are fixed." },
  { finish = true },
}
