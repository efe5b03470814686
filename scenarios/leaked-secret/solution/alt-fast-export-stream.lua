-- Alternative solution for leaked-secret: fixes code and docs first (python edit), then rewrites
-- every ref with a `git fast-export --all | perl | git fast-import --force` round trip (the perl
-- masks the key with X's of the same length, so the stream's byte counts stay valid), checks out
-- the rewritten tip, expires the reflog, prunes, verifies with git log -S and reports by DM.
-- Another valid rewrite tool (the same result as filter-branch, no refs/original): 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git log --all --oneline --decorate; grep -rn lmk_live --exclude-dir=.git ." },
  { sh = [[python3 - <<'PY'
import pathlib, re
p = pathlib.Path("notify/settings.py")
s = p.read_text()
s = re.sub(r"\n# TODO\(ops\)[^\n]*\nLARKMSG_API_KEY = [^\n]*\n", "\n", s)
s = s.replace('    return LARKMSG_API_KEY', '    key = os.environ.get("LARKMSG_API_KEY")\n    if not key:\n        raise RuntimeError("LARKMSG_API_KEY is not set (the secret store injects it)")\n    return key')
p.write_text(s)
d = pathlib.Path("docs/CONFIG.md")
d.write_text(re.sub(r"lmk_live_[A-Za-z0-9]+", "<key from the secret store>", d.read_text()))
PY
python3 -m pytest -q 2>&1 | tail -n 1 && git commit -qam 'Read the messaging API key from LARKMSG_API_KEY (SEC-31)']] },
  { sh = [[git fast-export --all --signed-tags=strip | perl -pe 's/lmk_live_[A-Za-z0-9]+/"X" x length($&)/ge' | git fast-import --quiet --force && git reset -q --hard HEAD && git status --short]] },
  { sh = [[git reflog expire --expire=now --all && git gc -q --prune=now && git log --all --oneline -S lmk_live | wc -l; git log --all -p | grep -c lmk_live; git tag -l]] },
  { submit = "scrub" },
  { say = "ines", text = "SEC-31 done. Code reads LARKMSG_API_KEY now (tests green), the key is out of settings.py and docs/CONFIG.md, and I rewrote the whole history, all branches plus the v0.3.0 tag, with git fast-export/fast-import. Reflog expired and gc --prune=now, so no local copy is left." },
  { finish = true },
}
