-- Alternative route (found by a play-test): rewrites the history FIRST with `git rebase --root -x`
-- (an exec step redacts the key in each commit and amends it), re-points the lightweight v0.3.0
-- tag by subject, then fixes the code on top; cleans ORIG_HEAD, reflog and loose objects; reports
-- "SEC-31 resolved" (a report the old word list missed). Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git log --all --decorate --oneline; git tag -l -n; git log --all --format='%h %s' -S lmk_live" },
  { sh = [==[git rebase --root -x 'for f in notify/settings.py docs/CONFIG.md; do [ -f "$f" ] && sed -i -E "s/lmk_live_[A-Za-z0-9]+/<redacted>/g" "$f"; done; git commit -q -a --amend --no-edit; true' 2>&1 | tail -n 3; git status -sb | head -1; git log --oneline --decorate]==] },
  { sh = [==[T=$(git log --format='%H %s' main | awk '$2=="Add" && $3=="client" && $4=="tests" && NF==4 {print $1}') && echo "$T" && git tag -f v0.3.0 "$T" && git log --oneline --decorate -5 && git show --stat v0.3.0 | head -n 8]==] },
  { sh = [==[python3 - <<'PY'
import pathlib, re
p = pathlib.Path("notify/settings.py")
s = p.read_text()
s = re.sub(r'\n# TODO\(ops\).*\nLARKMSG_API_KEY = .*\n', '\n', s)
s = s.replace('''def api_key() -> str:
    """The API key for Larkspur Messaging."""
    return LARKMSG_API_KEY''', '''def api_key() -> str:
    """The API key for Larkspur Messaging, injected from the secret store as LARKMSG_API_KEY."""
    value = os.getenv("LARKMSG_API_KEY", "")
    if value == "":
        raise RuntimeError("environment variable LARKMSG_API_KEY is missing (the secret store provides it)")
    return value''')
p.write_text(s)
PY
sed -i 's|<redacted>|<key from the secret store>|' docs/CONFIG.md
cat notify/settings.py; grep -n LARKMSG docs/CONFIG.md; python3 -m pytest -q 2>&1 | tail -n 2]==] },
  { sh = "git commit -q -am 'Read the Larkspur API key from LARKMSG_API_KEY (SEC-31)' && git log --oneline --decorate" },
  { sh = "git update-ref -d ORIG_HEAD; git reflog expire --expire=now --all && git gc -q --prune=now && git count-objects -v | head -n 2 && git log --all -p | grep -c lmk_live; git fsck --unreachable --no-reflogs | head" },
  { say = "ines", text = "Ines, SEC-31 resolved. The service reads LARKMSG_API_KEY from the environment now (RuntimeError naming it when unset, suite green). I rebased every commit from the root with an exec step that redacts the key in notify/settings.py and docs/CONFIG.md, moved the v0.3.0 tag onto the redacted 'Add client tests', then expired the reflog, dropped ORIG_HEAD and ran gc --prune=now. git log --all -p finds zero matches." },
  { submit = "scrub" },
  { finish = true },
}
