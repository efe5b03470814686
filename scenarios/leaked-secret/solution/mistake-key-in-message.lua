-- Mistake for leaked-secret: a careful-looking cleanup (code, docs, every ref rewritten, local
-- leftovers gone) whose own fix commit names the key in its message. filter-branch's tree
-- filter never touches messages: the key would go public in the log. Must fail.
return {
  expect = { outcome = "failed", max_percent = 75 },
  { say = "ines", text = "On SEC-31 now, I'll scrub it from every commit and the tag." },
  { sh = [[python3 - <<'PY'
import pathlib, re
p = pathlib.Path("notify/settings.py")
s = p.read_text()
s = re.sub(r"\n# TODO\(ops\).*\nLARKMSG_API_KEY = .*\n", "\n", s)
s = s.replace('    """The API key for Larkspur Messaging."""\n    return LARKMSG_API_KEY', '    """The API key for Larkspur Messaging."""\n    key = os.environ.get("LARKMSG_API_KEY")\n    if not key:\n        raise RuntimeError("LARKMSG_API_KEY is not set")\n    return key')
p.write_text(s)
PY
sed -i 's/^    export LARKMSG_API_KEY=.*/    export LARKMSG_API_KEY=<from the secret store>/' docs/CONFIG.md && python3 -m pytest -q]] },
  { sh = "git commit -qam 'Remove hard-coded key lmk_live_7Qf2Zr9WbX4nT8pK1sVd3Hc6 (SEC-31)'" },
  { sh = [[FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch -f --tree-filter 'for f in notify/settings.py docs/CONFIG.md; do [ -f "$f" ] && sed -i "s/lmk_live_[A-Za-z0-9]*/REDACTED/g" "$f"; done; true' --tag-name-filter cat -- --all && rm -rf .git/refs/original && git reflog expire --expire=now --all && git gc -q --prune=now]] },
  { submit = "scrub" },
  { say = "ines", text = "SEC-31 done: history rewritten with filter-branch including the v0.3.0 tag, refs/original removed, reflog expired and gc'd. The code reads LARKMSG_API_KEY now." },
  { finish = true },
}
