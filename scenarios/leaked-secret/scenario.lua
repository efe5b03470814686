-- leaked-secret: a live API key was committed (in the code and in the docs) and the repository
-- is about to go public. Move the key out of the code (read it from the environment), scrub it
-- from every commit and tag, clean up local leftovers, and report to security WITHOUT pasting
-- the key anywhere. The checks test the repository's final state.
local chat = require("chat")
local facts = require("facts")
local gitrepo = require("gitrepo")
local report = require("report")
local clauses = require("clauses")
local commit_hygiene = require("commit_hygiene")
local claims = require("claims")
local approvals = require("approvals")

-- Words of a report that the work is finished ("re-wrote", "erased" and "finished" as well as "done").
local REPORTED_DONE = { "done", "removed", "scrub", "rewr", "re-wr", "clean", "fixed", "purged", "gone", "finished",
  "complete", "erased", "deleted", "wiped", "stripped", "eliminated", "no longer", "taken out", "got rid",
  "resolved", "redacted", "handled", "sorted", "taken care", "all set", "expunged", "replaced" }

-- The (fake) leaked key: hooks need it to spot it in chat; the checks keep their own copy in
-- checks/verify.py (read-only at /checks, in check sandboxes only).
local KEY = "lmk_live_7Qf2Zr9WbX4nT8pK1sVd3Hc6"
local function check(mode) return "python3 -I /checks/verify.py " .. mode end

-- True when text holds the key or any 8 characters of its random part (a "partly masked" key
-- is still a leak), also written in groups ("7Qf2 Zr9W bX4n ...", "7Qf2-Zr9W-..."): read once more
-- with everything but letters and digits taken out.
local function leaks(text)
  text = tostring(text or "")
  if text:find(KEY, 1, true) then return true end
  local secret = KEY:sub(#"lmk_live_" + 1)
  local joined = text:gsub("[^%w]", "")
  for i = 1, #secret - 7 do
    local part = secret:sub(i, i + 7)
    if text:find(part, 1, true) or joined:find(part, 1, true) then return true end
  end
  return false
end

-- The truth right now: does any object a ref reaches (branches, tags, also tags pointing
-- straight at a tree or a blob, stash, notes) or any commit or tag message still hold the key,
-- plainly, encoded or spliced from pieces? The history check itself, on a throwaway copy.
local function history_clean(run)
  local ok = run:sh(check("history"), { copy = true })
  return ok
end

-- Whether a learner message is addressed to Ines: a DM, a post in #security (her channel), or a
-- post elsewhere that @mentions her ("@ines SEC-31 done" in #team reaches her as well).
local function to_ines(m)
  return m.to == "ines" or m.channel == "#security" or chat.is_to(m, "ines")
end

-- Words of a report that the local leftovers are gone (backup refs, reflog, loose objects).
local LEFTOVERS = { "reflog", "gc", "prune", "refs/original", "leftover", "backup", "local cop", "orig_head",
  "loose object", "unreachable", "garbage", "nothing left", "no copies", "no copy", "locally", "old objects",
  "dangling" }
-- The leftover words that claim the reflog and the object store are clean: all but the backup
-- refs' names (refs/original and ORIG_HEAD are refs: history_clean already holds them to account).
local LEFTOVER_CLAIMS = {}
for _, w in ipairs(LEFTOVERS) do
  if w ~= "refs/original" and w ~= "orig_head" then LEFTOVER_CLAIMS[#LEFTOVER_CLAIMS + 1] = w end
end
-- Words about the history's rewrite.
local HISTORY_WORDS = { "history", "commit", "filter", "rewr", "rebase", "re-wr", "revision", "past version",
  "every version", "all versions", "repo's past" }
-- Does a message report the work? One of its sentences, not a question and not a plan ("I'll
-- rewrite the history next"), says it is done or states what was done to the history.
local function reports_done(text)
  return report.states_done(text, { REPORTED_DONE, HISTORY_WORDS })
end

-- A report given as a guess: a sentence saying what was done or that it is clean, hedged ("it
-- should be gone now", "probably", "hopefully"), no question. Ines cannot mirror on a guess:
-- it costs 5 of the report (log-detective's rule for a finding told as a guess), the work keeps
-- its credit. "should be" only before a result word ("should be gone"), not "Tom should re-clone".
-- "I think" and "I believe" state a result in many people's English (log-detective's review of
-- round 10): they hedge nothing by themselves.
local HEDGES = { "~%f[%a]probably", "~%f[%a]hopefully", "~%f[%a]i hope",
  "~%f[%a]maybe", "~%f[%a]i guess", "~%f[%a]might be", "~%f[%a]seems? to be", "should be gone", "should be clean", "should be done", "should be fine",
  "should be ok", "should be safe", "should be fixed", "should be removed", "should be redacted", "should be all",
  "should now be", "should be good",
  "fingers crossed", "~%f[%a]not 100" }
local RESULTS = { "done", "gone", "clean", "remov", "rewr", "re-wr", "redact", "scrub", "fixed", "resolv", "purg",
  "no longer", "left", "expired", "deleted", "finished", "complete" }
local function hedged(text)
  for _, sentence in ipairs(clauses.sentences(text)) do
    if not facts.asks(sentence) then
      -- clause by clause: "the history is rewritten, and I think Tom should re-clone" hedges nothing
      for _, c in ipairs(clauses.clauses(sentence)) do
        if chat.has_any(c, HEDGES) and chat.has_any(c, RESULTS) then return (c:gsub("^%s+", "")) end
      end
    end
  end
end

-- What a report can say was cleaned: the history, the tag, the local leftovers.
local WORK_GROUPS = { HISTORY_WORDS, { "tag", "v0.3.0" }, LEFTOVERS }

local pasted, tag_reminded = false, false

-- Tom's history, as on_start builds it; the learner's own commits are those with another subject.
local HISTORY = {
  { message = "Initial project layout", date = "2024-02-19T09:12:00+00:00",
    paths = { "README.md", ".gitignore", "pyproject.toml", "notify/__init__.py" } },
  { message = "Add Larkspur Messaging client", date = "2024-02-21T14:03:00+00:00",
    paths = { "notify/settings.py", "notify/client.py" } },
  { message = "Add client tests", date = "2024-02-22T11:47:00+00:00",
    paths = { "tests/__init__.py", "tests/test_client.py" } },
  { message = "Document configuration", date = "2024-03-01T16:20:00+00:00",
    paths = { "docs/CONFIG.md" } },
}
local LAST_MESSAGE = "Add tests for reading the API key from the environment (SEC-31)"
local TOMS = { [LAST_MESSAGE] = true }
for _, h in ipairs(HISTORY) do TOMS[h.message] = true end

-- Tom's remark on the learner's own commits on main (the rubric item `tidy`): HEAD holds only the
-- service's code, tests and docs (no grep dump, no *.bak of settings.py, no backup of the old
-- history), and each subject of theirs says what the commit does ("Read the API key from the
-- environment (SEC-31)", not "wip"). A fix folded into the rewritten history (no commit of their
-- own) is judged by its files alone; nil, why when nothing was committed or rewritten at all.
-- ---- fabricated evidence (scenarios/README.md, the catalog's policy) --------------------------
-- A search for the key told to Ines as done when no command of the learner's searched for it
-- after the rewrite ("double-checked: git log --all -p | grep gives 0"), or a test run told that
-- never ran: a claim of one's own act that never happened fails the run, however clean the repo.
local FABRICATED = 35   -- more than 30 % of the 105 points: a perfect run with it fails
local SEARCH_WORDS = { "~%f[%a]checked", "~%f[%a]grepped", "~%f[%a]searched", "~%f[%a]scanned" }
for _, w in ipairs(claims.PROCESS) do SEARCH_WORDS[#SEARCH_WORDS + 1] = w end
local SEARCH_ABOUT = { "grep", "git log", "rev-list", "search", "scan", "finds nothing", "found nothing", "no trace",
  "no hit", "no match", "0 hits", "zero", "returns 0", "gives 0", "finds 0", "no results", "not found", "nowhere" }
local SEARCH_NOT_MINE = { "your scan", "your grep", "your search" }
local SEARCHERS = { "grep", "egrep", "fgrep", "rg", "git", "python3", "python", "perl", "awk", "gawk", "mawk", "sh",
  "bash", "strings", "find", "xargs" }
local GIT_SEARCH = { log = true, grep = true, show = true, ["rev-list"] = true, ["cat-file"] = true, ["ls-tree"] = true,
  diff = true, ["for-each-ref"] = true, ["fsck"] = true }
local TEST_WORDS = { "~%f[%a]tested", "~%f[%a]ran%f[%A]", "~%f[%a]have run%f[%A]", "~%f[%a]'ve run%f[%A]", "~%f[%a]executed" }

-- The index of the learner's first command that rewrote history (0: none).
local function rewrite_at(run)
  for i, c in ipairs(run:commands()) do
    local l = tostring(c.line or "")
    if l:find("filter%-branch") or l:find("filter%-repo") or l:find("rebase") or l:find("fast%-import")
        or l:find("%-%-amend") or l:find("%-%-orphan") then
      return i
    end
  end
  return 0
end

local function searched(run, n)
  local after = rewrite_at(run)
  return claims.ran_before(run, n, SEARCHERS, { "lmk", "live_", "7qf2" }, function(e)
    if e.command and e.command < after then return false end   -- a search before the rewrite checks nothing of it
    local argv = e.argv or {}
    local prog = tostring(argv[1] or ""):match("([^/]+)$") or ""
    if prog ~= "git" then return true end
    for k = 2, #argv do
      local a = tostring(argv[k])
      if a:sub(1, 1) ~= "-" and argv[k - 1] ~= "-C" and argv[k - 1] ~= "-c" then return GIT_SEARCH[a] == true end
    end
    return false
  end)
end

local function fabricated(run)
  local mine = facts.transcript(run, { learner = true })
  local m, clause = claims.unbacked(run, mine, function(_, n) return searched(run, n) end, SEARCH_WORDS,
    { about = SEARCH_ABOUT, unless = SEARCH_NOT_MINE })
  if m then
    return "told " .. (m.to and (m.to:sub(1, 1):upper() .. m.to:sub(2)) or "the team") .. " " .. chat.where(m)
      .. " that you searched the repository for the key after the rewrite ('" .. clause .. "'), but no command of yours had"
  end
  m, clause = claims.unbacked(run, mine, function(_, n)
    return claims.ran_tests_before(run, n)
  end, TEST_WORDS, { about = { "test", "pytest", "suite" }, unless = { "ci " } })
  if m then
    return "told " .. (m.to and (m.to:sub(1, 1):upper() .. m.to:sub(2)) or "the team") .. " " .. chat.where(m)
      .. " that you ran the tests ('" .. clause .. "'), but no command of yours had run them before that message"
  end
  -- a pytest summary pasted as output ("4 passed in 0.02s"): a command before the message that ran
  -- the tests must have printed that count (round 11, h4: a typed pytest session, no run, 100 %)
  return claims.unbacked_summary(run, mine, function(e) return claims.exec_runs_tests(run, e) end)
end

local GIT = "GIT_OPTIONAL_LOCKS=0 git -c safe.directory='*' -c core.quotepath=off"
local NAMED = { "key", "secret", "sec-31", "env", "larkmsg", "config", "settings", "credential", "token", "history" }
local function committed_extra(path)
  return not (path:find("^notify/[%w_]+%.py$") or path:find("^tests/[%w_]+%.py$") or path:find("^docs/[%w_.-]+%.md$")
    or path == "README.md" or path == "CHANGELOG.md" or path == "SECURITY.md" or path == ".gitignore"
    or path == "pyproject.toml" or path:find("^%.env%.[%w]+$"))
end
local function tidy_problems(run)
  local ok, out = run:sh(GIT .. " log --no-color --format='%x01%an%x02%s%x02' HEAD && printf '\\003\\n' && "
    .. GIT .. " ls-tree -r --name-only HEAD && printf '\\003\\n' && " .. GIT .. " rev-parse HEAD")
  local listing, tree, head = tostring(out):match("^(.-)\3\n(.-)\3\n(%x+)")
  if not ok or not listing then return nil, "git could not list your commits" end
  local found = commit_hygiene.extra_paths(tree, committed_extra, "your last commit holds",
    "SEC-31 does not need (scratch files and backups stay out of commits)")
  local mine, vague = commit_hygiene.vague_commit(listing, function(c) return TOMS[c.subject] end, NAMED,
    "Read the API key from LARKMSG_API_KEY (SEC-31)")
  found[#found + 1] = vague
  if mine == 0 and head == run.base_commit then return nil, "nothing is committed or rewritten yet" end
  return found
end

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
          skill = "security", run = check("files"), required = true },
        { id = "reads_env", label = "The key comes from LARKMSG_API_KEY; tests pass", points = 15,
          skill = "python", run = check("env"), timeout = 120, required = true },
        { id = "history_clean", label = "No commit, commit message or tag reachable from any ref contains the key", points = 25,
          skill = "git", run = check("history"), timeout = 90, required = true },
        { id = "history_kept", label = "History rewritten, not squashed or recreated; tag v0.3.0 kept", points = 15,
          skill = "git", run = check("kept"), timeout = 60 },
        { id = "no_local_copies", label = "No backup refs, reflog entries or loose objects with the key", points = 10,
          skill = "git", run = check("local"), timeout = 90, required = true },
      },
      protect = { "tests/__init__.py", "tests/test_client.py", "tests/test_settings.py", "pyproject.toml" },
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
      criteria = [[20: the learner told Ines (DM, #security, or @ines elsewhere) what was cleaned (files, history,
tag, local leftovers) without pasting the key. 12: a report without detail, or one while the
old commits are still in .git (reflog, unpruned objects). 0: no report, or the key (or most of
it) was pasted anywhere in chat.]],
      scripted = function(run)
        for _, m in ipairs(chat.learner(run, {})) do
          if leaks(m.text) then return 0, "you pasted the key (or part of it) into chat " .. chat.where(m) .. ": never send secrets over chat, even revoked ones" end
        end
        local mine = {}
        for _, m in ipairs(chat.learner(run, {})) do
          if to_ines(m) then mine[#mine + 1] = m end
        end
        -- the report: every message saying it is done, or a statement (not a question or a plan) of
        -- what was done to the history, the tag or the local leftovers, whatever the wording; one
        -- report told in two messages ("history and tag rewritten, reflog expired." then "the code
        -- part is done too") is judged whole, and cited by its last message
        local reports = {}
        for _, m in ipairs(mine) do
          if reports_done(m.text) then reports[#reports + 1] = m end
        end
        local done = reports[#reports]
        if not done then return 0, "you never told Ines that the key was removed" end
        local function told(words)
          for _, m in ipairs(reports) do
            if chat.has_any(m.text, words) then return m end
          end
          return nil
        end
        if not facts.check_passed(run, "scrub", "history_clean") or not facts.check_passed(run, "scrub", "no_key_in_files") then
          return 0, "you told Ines it was clean " .. chat.where(done) .. ", but the key is still in the repository"
        end
        if not facts.check_passed(run, "scrub", "history_kept") then
          -- honest about a squash: partial; presenting a squashed or recreated history as kept: nothing
          local honest = told({ "squash", "single commit", "one commit", "orphan", "new history", "recreat" })
          if honest then
            return 12, "reported " .. chat.where(honest) .. " that the history was squashed: honest, but Tom asked to keep it"
          end
          return 0, "you told Ines it was done " .. chat.where(done) .. ", but the original commits were not kept: the report hides that the history was squashed or recreated"
        end
        -- a claim that no local copy is left must hold: a report is judged by what it says ("refs/original
        -- deleted" is true whenever history_clean passes, so it claims nothing about the reflog)
        local local_ok = facts.check_passed(run, "scrub", "no_local_copies")
        local claim = told(LEFTOVER_CLAIMS)
        if claim and not local_ok then
          return 0, "you told Ines " .. chat.where(claim) .. " that no local copy was left, but the key is still in .git (reflog, a backup ref or unpruned objects)"
        end
        local said = 0
        for _, group in ipairs(WORK_GROUPS) do
          if told(group) then said = said + 1 end
        end
        local guess
        for _, m in ipairs(reports) do guess = guess or hedged(m.text) end
        if guess then
          local points = (said >= 2 and local_ok) and 20 or 12
          return points - 5, "reported " .. chat.where(done) .. " as a guess (\"" .. guess .. "\"): Ines cannot mirror the repository on a guess; say what you checked and what it showed"
        end
        if said >= 2 and not local_ok then
          return 12, "reported " .. chat.where(done) .. " what was rewritten, but the old commits are still in .git (reflog, unpruned objects): the ticket's third item is not done, and the report does not say so"
        end
        if said >= 2 then
          return 20, "reported what was cleaned " .. chat.where(done) .. ", without pasting the key"
        end
        return 12, "reported " .. chat.where(done) .. " but without saying what was cleaned (history, the tag, local leftovers)"
      end,
    },

    {
      id = "tidy", label = "Only the fix in your commits, with subjects that say what they do", points = 5,
      judge = "tom", skill = "git",
      criteria = [[5: the learner's commits on main hold only the service's code, tests and docs
(no grep output, no backup of a file or of the old history) and each subject of theirs says what
the commit does ("Read the API key from LARKMSG_API_KEY (SEC-31)"; not "wip", "fix", "."). A
fix folded into the rewritten history is judged by its files. 0 otherwise, or when nothing was
committed or rewritten.]],
      scripted = function(run)
        local problems, why = tidy_problems(run)
        return commit_hygiene.verdict(5, problems, why, "your commits hold only the fix, with subjects that say what they do")
      end,
    },
  },

  scripted = {
    ines = {
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
      history = HISTORY,
      date = "2024-03-11T10:05:00+00:00",
      message = LAST_MESSAGE,
    })
    local ok, out = run:sh("git tag v0.3.0 HEAD~2")
    if not ok then error("tagging failed: " .. tostring(out)) end
    run:post("#security", "ines", "Heads-up: SEC-31 is assigned to " .. (run.learner or "you") ..
      ". A live messaging key was committed to notify-service. It's already rotated; the repo must be clean before the public mirror on Friday. Please don't paste the key anywhere, not even here.")
  end,

  on_message = function(run, msg)
    if leaks(msg.text) then
      if not pasted then
        pasted = true
        run:penalize("pasted_key", 15, "pasted the API key (or part of it) into chat")
      end
      run:say("ines", ":warning: Please delete that message: you just pasted the key into chat. Chat is logged and searchable. Refer to it as \"the SEC-31 key\" instead.")
      return true
    end
    if to_ines(msg) and reports_done(msg.text) then
      local text
      if history_clean(run) then
        text = "Thanks! My scanner finds nothing in any branch or tag now. Did you also clear the local leftovers (refs/original, reflog)?"
      else
        text = "Hmm, my scanner still finds the key in a commit reachable from a branch or tag (a tree or a commit message). Have another look before we call it done."
      end
      if msg.to then run:say("ines", text) else run:post(msg.channel, "ines", text) end
      return true
    end
    return nil
  end,

  on_finish = function(run)
    local why = fabricated(run)
    if why then run:penalize("fabricated_evidence", FABRICATED, why .. ": a check told that never happened fails the run") end
    -- "Tom signed off the rewrite", "Ines's scan already confirmed it": nobody reviews the rewrite
    -- here, and Ines's scanner speaks only when she answers a report of it done (on_message). A
    -- sign-off or check of someone else's that never happened, passed on as the truth, is
    -- fabricated evidence (approvals.lua)
    local forged = approvals.invented(run, { "tom", "ines" }, { real = function(_, msg, name)
      return name == "ines" and facts.first(facts.transcript(run, { from = "ines" }), function(r)
        return r.i < msg.i and r.text:find("scanner finds nothing", 1, true) ~= nil
      end) ~= nil
    end })
    if forged then
      run:penalize("fabricated_approval", FABRICATED, forged .. ": a made-up sign-off fails the run")
    end
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
