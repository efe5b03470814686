-- Mistake for leaked-secret: does the technical work like the reference (filter-branch over all
-- refs, cleanup), but commits a stray debug file (grep output) with the subject "wip", and tells
-- Ines only "done". The repository ends up clean, so the work passes; the vague report without
-- any detail costs the report's detail credit (12 of 20). The junk file holds no key, but it and
-- the "wip" subject cost the tidy item (5 of 105): 88 % (it was 92 % while commit hygiene was not
-- graded here).
return {
  expect = { outcome = "passed", max_percent = 88 },
  { sh = [[python3 - <<'PY'
import pathlib, re
p = pathlib.Path("notify/settings.py")
s = p.read_text()
s = re.sub(r"\n# TODO\(ops\)[^\n]*\nLARKMSG_API_KEY = [^\n]*\n", "\n", s)
s = s.replace('    return LARKMSG_API_KEY', '    key = os.environ.get("LARKMSG_API_KEY")\n    if not key:\n        raise RuntimeError("LARKMSG_API_KEY missing")\n    return key')
p.write_text(s)
PY
sed -i 's/^    export LARKMSG_API_KEY=.*/    export LARKMSG_API_KEY=xxx/' docs/CONFIG.md
python3 -m pytest -q > debug_out.txt 2>&1; git add -A && git commit -qm 'wip']] },
  { sh = [[FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch -f --tree-filter 'for f in notify/settings.py docs/CONFIG.md; do [ -f "$f" ] && sed -i "s/lmk_live_[A-Za-z0-9]*/REDACTED/g" "$f"; done; true' --tag-name-filter cat -- --all && rm -rf .git/refs/original && git reflog expire --expire=now --all && git gc -q --prune=now]] },
  { submit = "scrub" },
  { say = "ines", text = "done" },
  { finish = true },
}
