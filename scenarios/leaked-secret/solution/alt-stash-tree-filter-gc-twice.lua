-- Valid route (play round 2026-12-06 fourth, vC): the fix made in the working tree first (sed
-- edits, `os.getenv` + RuntimeError), tests run; the uncommitted fix `git stash`ed so that
-- filter-branch has a clean tree; `--tree-filter` with `grep -rl | xargs sed` over --branches
-- --tags; `git stash pop` conflicts with the rewritten lines, so the learner takes the stashed
-- side (`checkout --theirs`), `git add`s, drops the stash and commits; then a first `gc --prune=now
-- --aggressive` (objects still held by the reflog), a check, `reflog expire --expire=now --all`
-- and a second gc. Reports to Ines by DM in British English markdown. It failed no_local_copies
-- (71 %): the index's resolve-undo record of the resolved conflict still held the old
-- settings.py blob, which no push, clone or guide knows of. Must pass 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat notify/settings.py docs/CONFIG.md README.md; git log --oneline --decorate --all --stat | cat" },
  { sh = [==[sed -i -e '/^# TODO(ops)/d' -e '/^LARKMSG_API_KEY = /d' notify/settings.py
sed -i -e 's/^    """The API key for Larkspur Messaging."""/    """The API key for Larkspur Messaging (LARKMSG_API_KEY)."""/' \
       -e 's/^    return LARKMSG_API_KEY$/    key = os.getenv("LARKMSG_API_KEY", "")\n    if key == "":\n        raise RuntimeError("environment variable LARKMSG_API_KEY is missing")\n    return key/' notify/settings.py
sed -i -E 's/lmk_live_[A-Za-z0-9]+/your-key-here/' docs/CONFIG.md
git diff; python3 -m pytest -q 2>&1 | tail -n 2]==] },
  { sh = [==[git stash && FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch --tree-filter 'grep -rl lmk_live . | xargs -r sed -i -E "s/lmk_live_[A-Za-z0-9]+/[redacted]/g"' --tag-name-filter cat -- --branches --tags 2>&1 | tail -n 4]==] },
  { sh = [==[git stash pop; git status --short]==] },
  { sh = [==[git checkout --theirs -- notify/settings.py docs/CONFIG.md && git add notify/settings.py docs/CONFIG.md && git stash drop && grep -c redacted notify/settings.py docs/CONFIG.md; python3 -m pytest -q 2>&1 | tail -n 1]==] },
  { sh = [==[git commit -qm 'Read LARKMSG_API_KEY from the environment; placeholder in the docs (SEC-31)' && git log --oneline --decorate --all | cat]==] },
  { sh = [==[rm -rf .git/refs/original && git gc --prune=now --aggressive -q; git rev-list --all --objects | wc -l; git count-objects -v; git reflog | head -n 5]==] },
  { sh = [==[git reflog expire --expire=now --all && git gc --prune=now -q && git log --all -p | grep -c lmk_live; git fsck --unreachable --no-reflogs | head]==] },
  { submit = "scrub" },
  { say = "ines", text = "Hi Ines, SEC-31 is finished:\n\n* **Code**: `api_key()` now reads `LARKMSG_API_KEY` from the environment and raises a RuntimeError if it is missing; the docs use a placeholder. Tests pass.\n* **History**: every commit on every branch rewritten with `git filter-branch`, and the `v0.3.0` tag follows the rewritten commit.\n* **Local copies**: `refs/original` removed, reflog expired and the old objects pruned with `gc`, so nothing of the old history is left in the clone.\n\nTom will need to re-clone." },
  { finish = true },
}
