-- Alternative solution for leaked-secret: asks Ines first whether the key is revoked, moves
-- the code to os.getenv with its own error message, rewrites every ref with a python tree
-- filter AND a message filter (belt and braces), drops the backups with for-each-ref, clears
-- any stash, prunes aggressively, checks with git log -S, and reports by DM.
return {
  { say = "ines", text = "Hi Ines, I'm taking SEC-31. Is the old key already revoked, or should I wait before rewriting?" },
  { sh = "git log --all --oneline --decorate | cat; git grep -n lmk_live $(git rev-list --all) -- | cut -d: -f2 | sort | uniq -c" },
  { sh = [==[python3 - <<'PY'
import pathlib, re
p = pathlib.Path("notify/settings.py")
s = p.read_text()
s = re.sub(r"\n# TODO\(ops\).*\nLARKMSG_API_KEY = .*\n", "\n", s)
s = s.replace('''def api_key() -> str:
    """The API key for Larkspur Messaging."""
    return LARKMSG_API_KEY''', '''def api_key() -> str:
    """The API key for Larkspur Messaging; the secret store injects LARKMSG_API_KEY."""
    key = os.getenv("LARKMSG_API_KEY")
    if key is None or key == "":
        raise RuntimeError("missing environment variable LARKMSG_API_KEY")
    return key''')
p.write_text(s)
d = pathlib.Path("docs/CONFIG.md")
d.write_text(re.sub(r"lmk_live_\w+", "<ask the secret store>", d.read_text()))
PY
python3 -m pytest -q && git commit -qam 'Read the Larkspur key from LARKMSG_API_KEY, not the code (SEC-31)']==] },
  { sh = [==[cat > /tmp/scrub.py <<'PY'
import pathlib, re
for f in ("notify/settings.py", "docs/CONFIG.md"):
    p = pathlib.Path(f)
    if p.exists():
        p.write_text(re.sub(r"lmk_live_\w+", "REMOVED-SEC-31", p.read_text()))
PY
FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch -f --tree-filter 'python3 /tmp/scrub.py' --msg-filter 'sed "s/lmk_live_[A-Za-z0-9]*/REMOVED-SEC-31/g"' --tag-name-filter cat -- --all]==] },
  { sh = "git for-each-ref --format='%(refname)' refs/original/ | while read r; do git update-ref -d \"$r\"; done; git stash clear; git reflog expire --expire=now --all && git gc -q --prune=now --aggressive && git log --all --oneline -S lmk_live | wc -l && git show-ref --tags" },
  { submit = "scrub" },
  { say = "ines", text = "SEC-31 is done. The code takes the key from LARKMSG_API_KEY (tests green). I rewrote every branch and the v0.3.0 tag with filter-branch (files and commit messages), removed the refs/original backups, expired the reflog and pruned with gc: git log --all -S finds nothing any more." },
  { finish = true },
}
