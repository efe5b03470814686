-- leaked-secret: a live API key was committed (in the code and in the docs) and the repository
-- is about to go public. Move the key out of the code (read it from the environment), scrub it
-- from every commit and tag, clean up local leftovers, and report to security WITHOUT pasting
-- the key anywhere. The checks test the repository's final state.
local chat = require("chat")
local gitrepo = require("gitrepo")

-- The (fake) leaked key. The checks need it to search for it; the learner sees it in the repo.
local KEY = "lmk_live_7Qf2Zr9WbX4nT8pK1sVd3Hc6"
local P = gitrepo.CHECK_PRELUDE .. "KEY='" .. KEY .. "'\n"

local CHECK_FILES = P .. [=[
bad=0
for f in $(grep -rlF "$KEY" --exclude-dir=.git . 2>/dev/null); do echo "FAIL: the key is still in ${f#./}"; bad=1; done
for f in $(g grep -lF "$KEY" HEAD -- 2>/dev/null | sed 's/^HEAD://'); do echo "FAIL: the key is still in $f in your last commit (HEAD)"; bad=1; done
exit $bad
]=]

local CHECK_ENV = [=[
out=$(LARKMSG_API_KEY=probe-4711 python3 -c 'from notify import settings; print(settings.api_key())' 2>&1)
[ "$out" = "probe-4711" ] || { echo "FAIL: settings.api_key() does not return LARKMSG_API_KEY from the environment (got: $(printf '%s' "$out" | tail -n 1 | sed 's/lmk_live_[A-Za-z0-9]*/<the hard-coded key>/g'))"; exit 1; }
out=$(env -u LARKMSG_API_KEY python3 -c 'from notify import settings; settings.api_key()' 2>&1) &&
  { echo "FAIL: without LARKMSG_API_KEY set, settings.api_key() should raise a RuntimeError naming the variable"; exit 1; }
printf '%s' "$out" | grep -q 'LARKMSG_API_KEY' || { echo "FAIL: the error when LARKMSG_API_KEY is missing should name the variable"; exit 1; }
python3 -m pytest -q -p no:cacheprovider >/dev/null 2>&1 || { echo "FAIL: the test suite does not pass (python3 -m pytest -q)"; exit 1; }
]=]

local CHECK_HISTORY = P .. [=[
bad=0
for c in $(g rev-list --all); do
  files=$(g grep -lF "$KEY" "$c" -- 2>/dev/null | sed "s/^$c://" | tr '\n' ' ')
  if [ -n "$files" ]; then
    refs=$(g for-each-ref --contains "$c" --format='%(refname:short)' | tr '\n' ' ')
    echo "FAIL: commit $(g log -1 --format='%h "%s"' "$c") still contains the key in: $files(reachable from: $refs)"; bad=1
  fi
done
for t in $(g for-each-ref --format='%(objectname)' refs/tags); do
  if [ "$(g cat-file -t "$t")" = tag ] && g cat-file -p "$t" | grep -qF "$KEY"; then echo "FAIL: a tag message contains the key"; bad=1; fi
done
exit $bad
]=]

local CHECK_KEPT = P .. [=[
bad=0
subjects=$(g log --format=%s main 2>/dev/null)
[ -n "$subjects" ] || { echo "FAIL: there is no main branch any more"; exit 1; }
for s in "Add Larkspur Messaging client" "Add client tests" "Document configuration"; do
  printf '%s\n' "$subjects" | grep -qxF "$s" || { echo "FAIL: the commit \"$s\" is no longer in main's history: rewrite the history, don't squash it away"; bad=1; }
done
if ! g rev-parse -q --verify 'refs/tags/v0.3.0^{commit}' >/dev/null; then
  echo "FAIL: the release tag v0.3.0 is gone: rewrite it too (it must keep pointing at the release commit)"; bad=1
elif [ "$(g log -1 --format=%s 'v0.3.0^{commit}')" != "Add client tests" ]; then
  echo "FAIL: v0.3.0 no longer points at the release commit \"Add client tests\""; bad=1
fi
exit $bad
]=]

local CHECK_LOCAL = P .. [=[
bad=0
for c in $(g rev-list --all --reflog 2>/dev/null); do
  if g grep -qF "$KEY" "$c" -- 2>/dev/null; then
    echo "FAIL: the old commits are still reachable locally (refs/original, the reflog or a stash): a clone or a mirror push could still carry them"; bad=1; break
  fi
done
for o in $(g fsck --unreachable --no-reflogs 2>/dev/null | awk '$2 == "blob" {print $3}'); do
  if g cat-file -p "$o" | grep -qF "$KEY"; then
    echo "FAIL: unreachable objects with the key are still in .git/objects: expire the reflog and prune (gc)"; bad=1; break
  fi
done
exit $bad
]=]
-- awk is an /etc/alternatives link on Debian; make the checks independent of it
CHECK_LOCAL = "command -v awk >/dev/null 2>&1 || awk() { mawk \"$@\"; }\n" .. CHECK_LOCAL

local pasted, tag_reminded = false, false

return {
  api = 1, id = "leaked-secret", title = "A live API key in the git history",
  summary = "Security found a live API key committed to a repo that goes public on Friday. Move "
    .. "the key to the environment, scrub it from every commit and tag, and report, without "
    .. "ever pasting the key.",
  family = "security",
  role = "Backend developer", level = "mid",
  skills = { "git", "security", "python", "communication" },
  minutes = 35, time_limit = 50 * 60, pass = 70,
  workspace = "workspace", needs = { "git", "python3" },

  cast = {
    ines = {
      name = "Ines Moreau", role = "Security engineer",
      persona = [[Security engineer, direct and practical, not a blamer: leaks happen, what
matters is a clean fix. Insists that secrets never travel through chat, tickets or logs. Knows
git well; coaches toward "rewrite every ref, then clean local leftovers", never dictates a
full command.]],
      knows = [[The key was already revoked and rotated at the vendor this morning; the new key is
in the secret store, injected as LARKMSG_API_KEY. The repo will be mirrored publicly on Friday,
so no commit reachable from any branch or tag may contain the old key. It appears in
notify/settings.py (since "Add Larkspur Messaging client") and in docs/CONFIG.md (since
"Document configuration"). The release tag v0.3.0 points at "Add client tests" and must stay.
Cleanup after filter-branch: delete refs/original, expire the reflog, gc --prune=now.]],
    },
    tom = {
      name = "Tom Becker", role = "Team lead",
      persona = [[Team lead of notify-service, supportive. Wants the history rewritten properly
(keep the commits and the v0.3.0 tag, no squash) and a short note when it's done.]],
    },
  },
  channels = { "#security", "#team" },

  tasks = {
    {
      id = "scrub", title = "SEC-31: live Larkspur Messaging key in notify-service", from = "ines",
      ticket = [[
**SEC-31 - Live API key committed to notify-service** (severity: high)

Our scanner found a live Larkspur Messaging API key in this repository. I have **already
revoked and rotated it** at the vendor; the new key lives in the secret store and reaches the
service as the environment variable `LARKMSG_API_KEY`.

The repo is mirrored publicly **on Friday**, so before that:

1. The code reads the key from `LARKMSG_API_KEY` (a missing variable is a clear
   `RuntimeError` naming it). `tests/test_settings.py` describes it; the whole suite must pass.
2. The key appears **nowhere** in the files, and in **no commit reachable from any branch or
   tag**. Rewrite the history (e.g. `git filter-branch` or `git filter-repo`); keep the commits
   and the release tag `v0.3.0`: no squashing into one commit.
3. No local leftovers that a mirror push could carry (backup refs, reflog, loose objects).
4. Tell me when it's done. **Never paste the key** in chat, tickets or commit messages.
]],
      checks = {
        { id = "no_key_in_files", label = "The key is in no file and not in HEAD", points = 15,
          skill = "security", run = CHECK_FILES },
        { id = "reads_env", label = "The key comes from LARKMSG_API_KEY; tests pass", points = 15,
          skill = "python", run = CHECK_ENV },
        { id = "history_clean", label = "No commit reachable from any branch or tag contains the key", points = 30,
          skill = "git", run = CHECK_HISTORY, timeout = 60 },
        { id = "history_kept", label = "History rewritten, not squashed; tag v0.3.0 kept", points = 10,
          skill = "git", run = CHECK_KEPT },
        { id = "no_local_copies", label = "No backup refs, reflog entries or loose objects with the key", points = 10,
          skill = "git", run = CHECK_LOCAL, timeout = 60 },
      },
      hints = {
        "Find every place first: `git log --all -p -S 'lmk_live' --oneline` lists the commits that add or remove it, and `grep -rn lmk_live .` the files. There are two files.",
        "Fix the code and docs and commit. Then rewrite all refs, e.g. `git filter-branch --tree-filter \"<command that removes the key from both files>\" --tag-name-filter cat -- --all` (set FILTER_BRANCH_SQUELCH_WARNING=1 to skip its 10 s warning).",
        "filter-branch keeps backups under refs/original/: delete them (`git for-each-ref --format='%(refname)' refs/original | xargs -n1 git update-ref -d`), then `git reflog expire --expire=now --all && git gc --prune=now`. Verify with `git log --all -p | grep -c lmk_live`.",
      },
      hint_cost = 5,
    },
  },

  rubric = {
    {
      id = "reported_safely", label = "Reported to security without exposing the key", points = 20,
      judge = "ines", skill = "security",
      criteria = [[20: the learner told Ines (DM or #security) what was cleaned (files, history,
tag, local leftovers) without pasting the key. 12: a report without detail. 0: no report, or
the key (or most of it) was pasted anywhere in chat.]],
      scripted = function(run)
        if #chat.leaks(run, KEY) > 0 then return 0, "you pasted the key into chat: never send secrets over chat, even revoked ones" end
        local mine = chat.learner(run, { dm_or_channel = { who = "ines", channel = "#security" } })
        local done = nil
        for k = #mine, 1, -1 do
          if chat.has_any(mine[k].text, { "done", "removed", "scrub", "rewr", "clean", "fixed", "purged", "gone" }) then done = mine[k]; break end
        end
        if not done then return 0, "you never told Ines that the key was removed" end
        if chat.has_any(done.text, { "history", "tag", "filter", "commit", "reflog", "gc" }) then
          return 20, "reported what was cleaned " .. chat.where(done) .. ", without pasting the key"
        end
        return 12, "reported " .. chat.where(done) .. " but without saying what was cleaned (files, history, tag)"
      end,
    },
  },

  scripted = {
    ines = {
      { match = "done", reply = "Thanks! I'll run the scanner on the repo again. Did you check every branch and tag, and the local leftovers?" },
      { match = "rotat", reply = "Already done: I revoked the old key this morning and the new one is in the secret store. Your part is the repo." },
      { match = "revok", reply = "Already revoked and rotated. Your part is making sure no commit or tag still has it." },
      { match = "filter-repo", reply = "filter-repo is the modern tool, but it isn't installed on this box. filter-branch works fine for a repo this small." },
      { match = "squash", reply = "Please don't squash: Tom wants the history and the v0.3.0 tag kept. Rewrite it instead." },
      { match = "tag", reply = "Tags are refs too: a rewrite has to include them, or the old commits stay reachable." },
      { match = "reflog", reply = "Right: the reflog and refs/original keep the old commits alive locally. Expire and prune before you call it done." },
      { reply = "Take it step by step: where is the key (every file, every commit, every ref), then rewrite, then clean up. And never paste the key here." },
    },
    tom = {
      { match = "force", reply = "It's not pushed anywhere public yet, so a rewrite is fine. I'll tell the team to re-clone afterwards." },
      { match = "done", reply = "Great, thanks! I'll ask everyone to re-clone before Friday." },
      { reply = "Ines is leading on this one; ping me if you need a decision on the history." },
    },
  },

  on_start = function(run)
    gitrepo.init(run, {
      author = "Tom Becker", author_email = "tom.becker@example.com",
      history = {
        { message = "Initial project layout", date = "2024-02-19T09:12:00+00:00",
          paths = { "README.md", ".gitignore", "pyproject.toml", "notify/__init__.py" } },
        { message = "Add Larkspur Messaging client", date = "2024-02-21T14:03:00+00:00",
          paths = { "notify/settings.py", "notify/client.py" } },
        { message = "Add client tests", date = "2024-02-22T11:47:00+00:00",
          paths = { "tests/__init__.py", "tests/test_client.py" } },
        { message = "Document configuration", date = "2024-03-01T16:20:00+00:00",
          paths = { "docs/CONFIG.md" } },
      },
      date = "2024-03-11T10:05:00+00:00",
      message = "Add tests for reading the API key from the environment (SEC-31)",
    })
    local ok, out = run:sh("git tag v0.3.0 HEAD~2")
    if not ok then error("tagging failed: " .. tostring(out)) end
    run:post("#security", "ines", "Heads-up: SEC-31 is assigned to " .. (run.learner or "you") ..
      ". A live messaging key was committed to notify-service. It's already rotated; the repo must be clean before the public mirror on Friday. Please don't paste the key anywhere, not even here.")
  end,

  on_message = function(run, msg)
    if (msg.text or ""):find(KEY, 1, true) then
      if not pasted then
        pasted = true
        run:penalize("pasted_key", 10, "pasted the API key into chat")
      end
      run:say("ines", ":warning: Please delete that message: you just pasted the key into chat. Chat is logged and searchable. Refer to it as \"the SEC-31 key\" instead.")
      return true
    end
    return nil
  end,

  on_command = function(run, cmd)
    local line = cmd.line or ""
    local rewrites = line:find("filter%-branch") or line:find("filter%-repo") or line:find("rebase")
      or line:find("%-%-amend") or line:find("%-%-orphan")
    if rewrites and not tag_reminded then
      tag_reminded = true
      run:say("ines", "Saw you rewriting history. Don't forget the release tag v0.3.0: it points at an old commit, and anything a tag reaches ends up in the public mirror too.")
    end
  end,
}
