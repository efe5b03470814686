-- Alternative (play-test round 9, the unusual-tool user): git grep over every commit to find the
-- key, a topic branch made with `git switch -c`, the code fixed with a `python3 -c` one-liner,
-- committed with `git -c user.name=... -c user.email=...`, fast-forward merged and the branch
-- deleted, then filter-branch with a perl tree-filter over all refs (tags too), refs/original
-- removed with rm -rf, reflog expired, gc; the report to Ines in three short messages (a heading
-- and two bullets). A valid route with other tools: 100 %.
return {
  { sh = "git grep -n lmk_live $(git rev-list --all) | cut -d: -f2 | sort | uniq -c" },
  { sh = "git switch -c sec-31-env-key" },
  { sh = [==[python3 -c "
p='notify/settings.py'; s=open(p).read()
s=s.replace('# TODO(ops): move to the secret store before the open-source release\n', '')
import re
s=re.sub(r'LARKMSG_API_KEY = \"lmk_live_[A-Za-z0-9]+\"\n\n\n', '', s)
s=s.replace('    return LARKMSG_API_KEY', '    key = os.environ.get(\"LARKMSG_API_KEY\")\n    if not key:\n        raise RuntimeError(\"LARKMSG_API_KEY is not set\")\n    return key')
open(p,'w').write(s)
p='docs/CONFIG.md'; s=open(p).read(); s=re.sub(r'lmk_live_[A-Za-z0-9]+', '<key from the secret store>', s); open(p,'w').write(s)
" && python3 -m pytest -q 2>&1 | tail -1 && git diff --stat]==] },
  { sh = "git -c user.name='Sam Junior' -c user.email=sam@example.com commit -qam 'Take the messaging API key from LARKMSG_API_KEY (SEC-31)' && git switch -q main && git merge -q --ff-only sec-31-env-key && git branch -d sec-31-env-key" },
  { sh = [==[git filter-branch -f --tree-filter "perl -pi -e 's/lmk_live_[A-Za-z0-9]+/<redacted>/g' notify/settings.py docs/CONFIG.md 2>/dev/null; true" --tag-name-filter cat -- --all 2>&1 | tail -3]==] },
  { sh = "rm -rf .git/refs/original && git reflog expire --expire=now --all && git gc --prune=now -q && git grep -c lmk_live $(git rev-list --all) ; git log --all --format=%B | grep -c lmk_live; git tag" },
  { submit = "scrub" },
  { say = "ines", text = "SEC-31:" },
  { say = "ines", text = "- code reads the key from LARKMSG_API_KEY now (RuntimeError when missing), tests green" },
  { say = "ines", text = "- history rewritten on every branch and on v0.3.0, commits kept; backup refs, reflog and loose objects gone. git grep over every commit finds nothing." },
  { finish = true },
}
