-- Valid route (play round 2026-12-06, playbs): no commit of the learner's own: one filter-branch
-- pass applies the whole fix in every commit that has the files (settings.py reads LARKMSG_API_KEY
-- and raises a RuntimeError naming it, the docs get a placeholder), so HEAD and every old commit
-- read the key from the environment; tags rewritten, leftovers dropped with for-each-ref, reflog
-- expiry and gc, and the report given in #security. The ticket's fix is in HEAD, the history keeps
-- every commit: must pass 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git log --all --oneline --decorate; git grep -l lmk_live $(git rev-list --all) -- | sort -u" },
  { sh = [==[cat > /tmp/sec31.py <<'PY'
import pathlib, re
p = pathlib.Path("notify/settings.py")
if p.exists():
    s = re.sub(r"\n# TODO\(ops\)[^\n]*\nLARKMSG_API_KEY = [^\n]*\n", "\n", p.read_text())
    s = s.replace("    return LARKMSG_API_KEY", '    key = os.environ.get("LARKMSG_API_KEY")\n    if not key:\n        raise RuntimeError("LARKMSG_API_KEY is not set (the secret store injects it)")\n    return key')
    p.write_text(s)
d = pathlib.Path("docs/CONFIG.md")
if d.exists():
    d.write_text(re.sub(r"lmk_live_[A-Za-z0-9]+", "<from the secret store>", d.read_text()))
PY
FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch -f --tree-filter 'python3 /tmp/sec31.py' --tag-name-filter cat -- --all 2>&1 | tail -n 2
git for-each-ref --format='%(refname)' refs/original | xargs -r -n1 git update-ref -d; git reflog expire --expire=now --all && git gc -q --prune=now
python3 -m pytest -q 2>&1 | tail -n 1; git log --all -p | grep -c lmk_live; git status --short]==] },
  { submit = "scrub" },
  { post = "#security", text = "@ines SEC-31 done. One filter-branch pass over all branches and the v0.3.0 tag: in every commit settings.py now reads LARKMSG_API_KEY (RuntimeError if unset) and docs/CONFIG.md has a placeholder, so no revision holds the key. refs/original deleted, reflog expired, gc --prune=now: nothing left locally. Tests pass on HEAD." },
  { finish = true },
}
