-- Valid route (play round 2026-12-06 fourth, vC): the learner asks a question first (is the
-- public mirror still Friday?), keeps the scrub in a scratch script `scrub.sh` (run by an
-- absolute path as the tree filter, deleted afterwards, never committed), rewrites only main and
-- v0.3.0 by name, fixes the code with perl after the rewrite in a lowercase terse commit that it
-- amends once, cleans up with `git -c gc.reflogExpire=now -c gc.reflogExpireUnreachable=now gc
-- --prune=now` after `update-ref -d` of the backups. Must pass 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "ines", text = "quick q before I start: the public mirror is still this friday right? and nobody else has pushed to notify-service since?" },
  { sh = "git log --graph --oneline --decorate --all | cat; git show --stat v0.3.0 | head -n 8; find . -path ./.git -prune -o -type f -print | xargs grep -ln lmk_live" },
  { sh = [==[cat > scrub.sh <<'SH'
#!/bin/sh
# redact the leaked key in whatever tree filter-branch hands us
for f in notify/settings.py docs/CONFIG.md; do
  if [ -f "$f" ]; then perl -pi -e 's/lmk_live_\w+/KEY-REMOVED/g' "$f"; fi
done
SH
chmod +x scrub.sh; FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch --tree-filter "$PWD/scrub.sh" --tag-name-filter cat -- main v0.3.0 2>&1 | tail -n 3; rm scrub.sh; git status --short]==] },
  { sh = [==[perl -0pi -e 's/\n# TODO\(ops\)[^\n]*\nLARKMSG_API_KEY = [^\n]*\n//; s/    return LARKMSG_API_KEY\n/    value = os.environ.get("LARKMSG_API_KEY")\n    if value is None:\n        raise RuntimeError("LARKMSG_API_KEY environment variable not set")\n    return value\n/' notify/settings.py
perl -pi -e 's/KEY-REMOVED/<secret-store value>/' docs/CONFIG.md
git diff --stat; python3 -m pytest -q 2>&1 | tail -n 1; git commit -qam 'read the api key from env, not the source'; git commit -q --amend -m 'read LARKMSG_API_KEY from env instead of hardcoding it (SEC-31)']==] },
  { sh = [==[for r in $(git for-each-ref --format='%(refname)' refs/original); do git update-ref -d "$r"; done
git -c gc.reflogExpire=now -c gc.reflogExpireUnreachable=now gc --prune=now -q
git rev-list --all | xargs git grep -c lmk_live | wc -l; git count-objects -v | head -n 3]==] },
  { submit = "scrub" },
  { say = "ines", text = "done with SEC-31. the key is out of the code and docs (code reads LARKMSG_API_KEY now), the whole history is rewritten incl the v0.3.0 tag, and I deleted the filter-branch backups, expired the reflog and pruned so there are no local copies left either" },
  { finish = true },
}
