-- pytest_evidence.lua: whether a learner's command of flaky-test really showed a test failing.
-- The `reproduced` rubric credits only a command that runs pytest as a program (not a word in a
-- comment, a quoted string, a here-document or an echo), and only output its run printed: a
-- failure line the learner typed themself (a printf, a script written earlier) or read from the
-- saved CI log is no reproduction.
local evidence = require("evidence")
local M = {}

local VICTIM = "test_default_shop_pays_in_euro"

-- The line without what the shell never runs: comments, single-quoted text, here-document
-- bodies and the text of double-quoted strings (their $(...) and `...` are kept: they run).
local function executable_text(line)
  local out, heredoc = {}, nil
  for text in (line .. "\n"):gmatch("([^\n]*)\n") do
    if heredoc then
      if text:match("^%s*(.-)%s*$") == heredoc then heredoc = nil end
    else
      local i, n, dq, sub = 1, #text, false, 0
      while i <= n do
        local c = text:sub(i, i)
        if dq and sub == 0 then
          if c == "\\" then i = i + 1
          elseif c == '"' then dq = false
          elseif text:sub(i, i + 1) == "$(" then sub = 1; out[#out + 1] = ";"; i = i + 1
          end
        elseif c == "'" and not dq then
          local close = text:find("'", i + 1, true)
          i = close or n
        elseif c == '"' then dq = true
        elseif c == "#" and (i == 1 or text:sub(i - 1, i - 1):match("[%s;&|(]")) then break
        else
          if sub > 0 then
            if c == "(" then sub = sub + 1 elseif c == ")" then sub = sub - 1 end
          end
          out[#out + 1] = (c == "`" or c == "(" or c == ")") and ";" or c
        end
        i = i + 1
      end
      local tag = text:match("<<%-?%s*['\"]?([%w_]+)['\"]?")
      if tag then heredoc = tag end
      out[#out + 1] = "\n"
    end
  end
  return table.concat(out)
end

local PREFIXES = { ["do"] = true, ["then"] = true, ["else"] = true, ["!"] = true, ["{"] = true, ["time"] = true,
  ["env"] = true, ["command"] = true, ["exec"] = true, ["nice"] = true, ["xargs"] = true, ["timeout"] = true,
  ["while"] = true, ["until"] = true, ["if"] = true, ["elif"] = true, ["nohup"] = true }

-- Whether one simple command (its words) starts pytest: `pytest`, `py.test`, `python3 -m pytest`.
local function starts_pytest(words)
  local i = 1
  while words[i] and (PREFIXES[words[i]] or words[i]:find("^[%w_]+=") or words[i]:find("^%d+[smh]?$")) do i = i + 1 end
  local prog = (words[i] or ""):match("([^/]+)$") or ""
  if prog == "pytest" or prog == "py.test" or prog:find("^pytest%-3") then return true end
  if not prog:find("^python[%d%.]*$") then return false end
  local j = i + 1
  while j <= #words do
    if words[j] == "-mpytest" or (words[j] == "-m" and words[j + 1] == "pytest") then return true end
    if not words[j]:find("^%-") then return false end   -- a script or -c: not pytest
    if words[j] == "-W" or words[j] == "-X" then j = j + 1 end   -- their value (-W ignore, -X dev)
    j = j + 1
  end
  return false
end

-- Whether a command line runs pytest as a program.
function M.runs_pytest(line)
  for command in executable_text(line):gmatch("[^;&|\n]+") do
    local words = {}
    for w in command:gmatch("%S+") do words[#words + 1] = w end
    if starts_pytest(words) then return true end
  end
  return false
end

-- What in one output line shows a failure: "1 failed" in pytest's summary, or the victim marked
-- FAILED (-v, -rf, the short summary); nil when the line shows none.
local function failure_mark(out_line)
  local count = out_line:match("%d+ failed")
  if count then return count end
  if out_line:find(VICTIM, 1, true) and out_line:find("FAILED", 1, true) then
    return out_line:match("FAILED%s+%S*" .. VICTIM) or out_line:match("%S*" .. VICTIM .. "%S*%s+FAILED")
  end
  return nil
end

-- The files a command line sends its output to: `> f`, `>> f`, `&> f`, `tee [-a] f`.
local function output_files(line)
  local files = {}
  for f in line:gmatch(">>?%s*([%w%._/%-]+)") do
    if f ~= "/dev/null" and not f:find("^&?%d$") then files[#files + 1] = f end
  end
  for f in line:gmatch("tee%s+%-?%a*%s*([%w%._/%-]+)") do
    if f:sub(1, 1) ~= "-" then files[#files + 1] = f end
  end
  return files
end

-- The pytest runs a command really executed, from its exec trace: an installed pytest or
-- py.test, or an installed python with -m pytest (evidence.program_execs: a shell function or
-- alias named pytest, or a script of the learner's called pytest, execs no such thing). nil when
-- the command was not traced: then nothing is known and the line is judged as before.
M.PYTEST = { "pytest", "py.test", "python -m pytest" }
function M.real_runs(cmd)
  return evidence.program_execs(cmd, M.PYTEST)
end

-- Programs that may run between a `git stash` and the pytest run it serves without changing the
-- code under test: wrappers and readers.
local HARMLESS_BETWEEN = { timeout = true, env = true, nice = true, time = true, stdbuf = true, ["true"] = true,
  echo = true, printf = true, ls = true, cat = true, sleep = true, tail = true, head = true, grep = true, wc = true,
  less = true, sort = true, uniq = true }

local git_subcommand = evidence.git_subcommand

-- Is exec e a `git stash` that takes every tracked change out of the working tree (push or save
-- with no pathspec and no --keep-index/--staged/--patch)?
local function stashes_all(e)
  local sub, rest = git_subcommand(e)
  if sub ~= "stash" or (e.argc or 0) > #(e.argv or {}) then return false end
  local verb, k = rest[1], 1
  if verb == "push" or verb == "save" then k = 2 elseif verb and verb:sub(1, 1) ~= "-" then return false end
  while rest[k] do
    local a = rest[k]
    if a == "-m" or a == "--message" then k = k + 1
    elseif a == "-u" or a == "--include-untracked" or a == "-q" or a == "--quiet" or a:find("^%-%-message=") then
      -- no effect on the tracked code
    elseif verb == "save" and a:sub(1, 1) ~= "-" then
      -- `git stash save MESSAGE`
    else
      return false   -- a pathspec, --keep-index, --staged, --patch, -a: not the whole tracked tree
    end
    k = k + 1
  end
  return true
end

-- Did this command's first real pytest run (runs: M.real_runs(cmd)) run right after the same
-- command stashed every tracked change (`git stash && pytest ...; git stash pop` in one line), with
-- nothing between them but HARMLESS_BETWEEN, git's own children of the stash, and git reading?
-- Then it saw the code as HEAD has it, whatever the
-- command left behind; the caller compares HEAD with the start.
function M.ran_on_stash(cmd, runs)
  if not (cmd and cmd.traced and runs and runs[1]) then return false end
  local first, stashed, stash_pid = runs[1], false, nil
  for _, e in ipairs(cmd.execs or {}) do
    if e == first then return stashed end
    if stashes_all(e) then
      stashed, stash_pid = true, e.pid
    elseif stashed and not e.failed and not (stash_pid and e.ppid == stash_pid) then
      local name = e.argv and e.argv[1] and tostring(e.argv[1]):match("([^/]+)$")
      local sub = git_subcommand(e)
      if not (HARMLESS_BETWEEN[name] or sub == "status" or sub == "log" or sub == "diff" or sub == "show") then
        stashed = false
      end
    end
  end
  return false
end

-- Whether a real pytest run chose the order the tests ran in: a seed (--seed N, --seed=N), the
-- file order (--no-shuffle), node ids (path::test) or a -k selection, that is, an experiment
-- about the order rather than one more shuffled run.
function M.pins_order(runs)
  for _, e in ipairs(runs) do
    local argv = e.argv or {}
    for k = 2, #argv do
      local a = argv[k]
      if a == "--seed" or a:find("^%-%-seed=") or a == "--no-shuffle" or a:find("::", 1, true)
          or a == "-k" or a:find("^%-k%S") then return true end
    end
  end
  return false
end

-- The same for a command line when there is no trace (the words of the line that would run).
function M.line_pins_order(line)
  local text = executable_text(line)
  return text:find("%-%-seed") ~= nil or text:find("%-%-no%-shuffle") ~= nil or text:find("::", 1, true) ~= nil
    or text:find("%s%-k[%s%S]") ~= nil
end

-- A tracker for one run: tracker:shows_failure(line, output, real, runs) tells whether that
-- command's output shows a test failing in a pytest run, its own or one whose output it saved to
-- a file (`pytest ... > run.log`, then `grep failed run.log`), and as a second value whether that
-- run was a real one (real: whether this command really executed pytest, nil when unknown; a
-- saved file keeps the answer of the command that wrote it), as a third whether the output names
-- the flaky test as failed, as a fourth the real pytest execs behind that output (runs: this
-- command's from M.real_runs; a saved file keeps its writer's) for M.replay_verdict, and as a
-- fifth the number of the command that ran them (this one, or the saved file's writer). A failure
-- mark any command line of the learner holds (this one included) was written by the learner, not
-- by pytest.
function M.tracker()
  local typed, saved = {}, {}
  local t = {}
  function t:shows_failure(line, output, real, runs)
    typed[#typed + 1] = line
    -- the line runs pytest by its words, or the exec trace shows it really ran (`while python3 -m
    -- pytest ...; do :; done`, a script that runs it)
    local pytest = M.runs_pytest(line) or (runs ~= nil and #runs > 0)
    local at = #typed
    local genuine = real ~= false
    if pytest then
      for _, f in ipairs(output_files(line)) do saved[f] = { genuine = genuine, runs = runs, at = #typed } end
    else
      for f, was in pairs(saved) do
        if line:find(f, 1, true) then pytest = true; genuine = was.genuine; runs = was.runs; at = was.at; break end
      end
    end
    if not pytest or line:find("ci-logs", 1, true) or line:find("build-2291", 1, true) then return false end
    for out_line in tostring(output or ""):gmatch("[^\n]+") do
      local mark = failure_mark(out_line)
      if mark then
        local made_up = false
        for _, l in ipairs(typed) do
          if l:find(mark, 1, true) then made_up = true; break end
        end
        if not made_up then return true, genuine, M.names_victim(output), runs, at end
      end
    end
    return false
  end
  return t
end

-- Replaying a failure. The learner's shell can change a real pytest run without a trace in its
-- command line or its execs: an environment (PYTEST_ADDOPTS="-p fake" with PYTHONPATH=/tmp/x, a
-- sitecustomize there) set by an earlier `export` or inside a shell function named pytest that
-- calls the real one, or a file changed and put back within the same command. A failure counts as
-- the project's when the same run, replayed in a throwaway copy of the workspace as it is now (the
-- code unchanged since: the caller asks only then) with a clean environment, fails as well: the
-- same program and arguments from the same folder, in the same order. The order is known for a
-- run given --seed or --no-shuffle, or one whose header printed its seed (not under -q): a plain
-- shuffled run's order is luck (one run in four fails; a loop of honest runs gets there in
-- seconds), so such a run is not replayed and keeps the judgement without a replay.
local MAX_REPLAYS = 6
local REPLAY_MARK = "@@flaky_replay@@"

local function quoted(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

-- A shell line that runs one pytest exec again (its program and arguments, then `more`) in cwd,
-- in the throwaway copy a replay runs in, with the last 40 lines of its output.
local function rerun(path, argv, cwd, more)
  local words = { quoted(path) }
  for k = 2, #argv do words[#words + 1] = quoted(argv[k]) end
  return "( cd " .. quoted(cwd) .. " && timeout 40 " .. table.concat(words, " ") .. " " .. more
    .. " ) < /dev/null 2>&1 | tail -n 40"
end

-- Whether a run's arguments fix the order (a seed or the file order).
local function pinned(argv)
  for k = 2, #argv do
    local a = argv[k]
    if a == "--seed" or a:find("^%-%-seed=") or a == "--no-shuffle" then return true end
  end
  return false
end

-- The seeds the project's conftest printed in the output's headers, in order ("--no-shuffle" for
-- a run in file order).
local function header_orders(output)
  local out = {}
  for l in tostring(output or ""):gmatch("[^\n]+") do
    local seed = l:match("^test order: shuffled with %-%-seed (%d+)")
    if seed then out[#out + 1] = seed
    elseif l:find("^test order: file order") then out[#out + 1] = "--no-shuffle" end
  end
  return out
end

-- How many runs the output shows failing: pytest's summary lines ("1 failed, 16 passed"), at least 1.
local function failures_shown(output)
  return math.max(#evidence.counts_in(output, { "%f[%w](%d+) failed" }), 1)
end

-- Runs outside /workspace (a worktree, a clone or a copy of the project in /tmp, which only the
-- learner's shell has): what their tree held when they ran. The learner's commands 1..upto are
-- replayed (evidence.replay: a throwaway copy, an empty /tmp rebuilt by their own lines), then,
-- in a clean shell, the tree each run started in (its cwd, up to the nearest folder with a
-- conftest.py or pytest.ini) is compared file by file with the project's: the test side (tests/,
-- any conftest.py, pytest/tox/setup config, .pth, sitecustomize, a pytest module) and the code
-- (shopcfg/). By run number: { state = "honest" (every such file the project has, the same
-- bytes, nothing added: the same suite, replayable in the project's tree), "rigged" (a test-side
-- file changed or added, a new test file aside: a suite the learner made, not the project's),
-- "code" (the code differs), "partial" (files missing or a new test file: a suite of its own,
-- not replayable here, no proof of a fake either), "gone" (no such folder in the replay),
-- root = the tree's folder }. Runs inside /workspace have no entry; nothing when the replay
-- could not run.
local TREE_MARK = "@@flaky_tree@@"   -- no magic characters: used as a pattern
local TREE_SCRIPT = [=[
side() { case "$1" in ./shopcfg/*) echo C;; ./tests/*|*conftest.py|*.pth|*sitecustomize.py|*usercustomize.py|*/pytest.py|*/pytest/*|*/_pytest/*|./pytest.ini|./tox.ini|./setup.cfg|./pyproject.toml) echo T;; *) echo O;; esac; }
files() { find . \( -name .git -o -name __pycache__ -o -name .pytest_cache \) -prune -o \( -type f -o -type l \) -print; }
cd "$1" 2>/dev/null || { echo GONE; exit 0; }
d=$(pwd -P); r=$d
while [ "$d" != / ] && [ ! -e "$d/conftest.py" ] && [ ! -e "$d/pytest.ini" ]; do d=$(dirname "$d"); done
[ "$d" = / ] || r=$d
echo "ROOT $r"
case "$r" in /|/tmp|/usr|/usr/*) echo "MISSING T ."; exit 0;; esac
cd "$r" && files | while IFS= read -r f; do
  k=$(side "$f"); [ "$k" = O ] && continue
  if [ -e "/workspace/$f" ]; then cmp -s "$f" "/workspace/$f" || echo "DIFF $k $f"
  else case "$f" in ./tests/test_*.py|./tests/*_test.py) echo "NEW $k $f";; *) echo "EXTRA $k $f";; esac; fi
done
cd /workspace && files | while IFS= read -r f; do
  k=$(side "$f"); [ "$k" = O ] && continue
  [ -e "$r/$f" ] || echo "MISSING $k $f"
done
]=]

function M.outside_trees(run, runs, upto)
  local trees, snippet = {}, {}
  for i, e in ipairs(runs or {}) do
    local cwd = tostring(e.cwd or "/workspace")
    if cwd ~= "/workspace" and not cwd:find("^/workspace/") then
      -- a clean shell: nothing the learner's shell defined (functions, aliases) takes part
      snippet[#snippet + 1] = "printf '\\n" .. TREE_MARK .. " " .. i .. "\\n'; /usr/bin/env -i PATH=/usr/bin:/bin "
        .. "LC_ALL=C.UTF-8 /bin/bash --norc --noprofile -c " .. quoted(TREE_SCRIPT) .. " tree " .. quoted(cwd)
    end
  end
  if #snippet == 0 or not upto then return trees end
  local list = {}
  for i = 1, upto do list[#list + 1] = i end
  local n = #(run:commands() or {}) + 1
  local outs = evidence.replay(run, list, "true", { after = "\\unalias -a 2>/dev/null; unset -f /usr/bin/env 2>/dev/null\n"
    .. table.concat(snippet, "\n"), prepare = "git worktree prune", timeout = M.replay_budget(run) })
  local out = outs and outs[n]
  if not out then return trees end
  local marks = {}
  for at, i in out:gmatch("()" .. TREE_MARK .. " (%d+)\n") do marks[#marks + 1] = { at = at, i = tonumber(i) } end
  for k, m in ipairs(marks) do
    local i, body = m.i, out:sub(m.at, (marks[k + 1] and marks[k + 1].at or #out + 1) - 1)
    local t = { root = body:match("ROOT (%S+)") }
    if body:find("GONE", 1, true) or not t.root then t.state = "gone"
    elseif body:find("DIFF T", 1, true) or body:find("EXTRA T", 1, true) then t.state = "rigged"
    elseif body:find("DIFF C", 1, true) or body:find("EXTRA C", 1, true) then t.state = "code"
    elseif body:find("NEW ", 1, true) or body:find("MISSING ", 1, true) then t.state = "partial"
    else t.state = "honest" end
    if t.root and (t.root == "/workspace" or t.root:find("^/workspace/")) then t.state = "gone" end
    trees[i] = t
  end
  return trees
end

-- "outside" when the failure may come from a run outside /workspace (a worktree or a copy of
-- the project in /tmp, which no replay can see): no reproduction of the project's suite, but no
-- proof of a fake either. "fake" when the runs behind a failure the output shows (runs: real pytest execs) do not fail
-- when replayed: more runs failed in the learner's shell than can have failed in the project's
-- suite (replays that fail plus runs that cannot be replayed). "genuine" when a replay fails too,
-- or the replays leave room for the failures shown; nil when no run could be replayed (nothing
-- learned) or the replay itself could not run.
-- A run in a faithful copy of the project (tree.state "honest") as the same run in the project's
-- tree: its cwd and the arguments naming the copy's files mapped to /workspace. Other runs as they were.
local function in_project(argv, cwd, tree)
  if not (tree and tree.state == "honest") then return argv, cwd end
  local mapped = { argv[1] }
  for k = 2, #argv do
    local a = argv[k]
    mapped[k] = (a == tree.root or a:sub(1, #tree.root + 1) == tree.root .. "/") and ("/workspace" .. a:sub(#tree.root + 1)) or a
  end
  return mapped, "/workspace" .. cwd:sub(#tree.root + 1)
end

function M.replay_verdict(run, runs, output, opts)
  if not runs or #runs == 0 then return nil end
  local headers = header_orders(output)
  local lines, skipped, outside = {}, 0, 0
  local trees = M.outside_trees(run, runs, opts and opts.upto)
  for i, e in ipairs(runs) do
    local argv = e.argv or {}
    local cwd = tostring(e.cwd or "/workspace")
    local extra = nil
    if not pinned(argv) and #headers == #runs then
      extra = headers[i] == "--no-shuffle" and "--no-shuffle" or ("--seed " .. headers[i])
    end
    local complete = (e.argc or #argv) <= #argv and #argv >= 1
    local tree = trees[i]
    if tree and tree.state == "rigged" then return "fake" end
    argv, cwd = in_project(argv, cwd, tree)
    if cwd ~= "/workspace" and not cwd:find("^/workspace/") then
      outside = outside + 1   -- not the project's tree, nor a faithful copy of it: no replay there
    elseif complete and (pinned(argv) or extra) and #lines < MAX_REPLAYS then
      -- (-rf: the victim named in the short summary, whatever -r the run had)
      lines[#lines + 1] = "printf '\\n" .. REPLAY_MARK .. "\\n'; " .. rerun(e.path, argv, cwd, (extra or "") .. " -rf")
    else
      skipped = skipped + 1
    end
  end
  if #lines == 0 then
    if outside > 0 then return "outside" end
    local copies = false
    for _, t in pairs(trees) do copies = copies or t.state == "honest" end
    -- no run's order is known (plain shuffled runs under -q): ask whether the failure needed one;
    -- only for the project's own suite (clean): a new test file of the learner's may pollute the
    -- state in file order too, and such a failure still counts when it names the flaky test. A
    -- faithful copy's plain shuffled runs (cp -a of the workspace, a worktree or clone of HEAD) are
    -- asked the same: the replay's file-order hook is in the workspace's conftest.py and in HEAD,
    -- so a copy made in the replay holds it; when it did not reach the judged run (a copy of an
    -- older commit) nothing is learned and the run stays "outside": no reproduction, no proven fake
    if opts and opts.first and opts.upto and opts.clean then
      local verdict = M.file_order_verdict(run, opts.first, opts.upto, runs, trees)
      if verdict or not copies then return verdict end
    end
    return copies and "outside" or nil
  end
  -- opts.at_base: the run saw the start's shopcfg/ (stashed away in the same command), so does the replay
  local reset = opts and opts.at_base and ("git -c safe.directory='*' checkout -q " .. quoted(opts.at_base) .. " -- shopcfg\n") or ""
  local _, out = run:sh("cd /workspace\n" .. reset .. table.concat(lines, "\n"), { copy = true, timeout = 60 + 20 * #lines })
  out = tostring(out or "")
  local replayed, failed = 0, 0
  local at = out:find(REPLAY_MARK, 1, true)
  while at do
    local next_at = out:find(REPLAY_MARK, at + #REPLAY_MARK, true)
    replayed = replayed + 1
    if M.names_victim(out:sub(at + #REPLAY_MARK, (next_at or #out + 1) - 1)) then failed = failed + 1 end
    at = next_at
  end
  if replayed ~= #lines then return nil end
  if failed + skipped < failures_shown(output) then return outside > 0 and "outside" or "fake" end
  return "genuine"
end

-- Replaying a failure whose order nobody knows: plain shuffled runs under -q (no seed in the
-- arguments, no header in the output). The seed is lost, so the run itself cannot be replayed;
-- but the suite as the project has it fails only through the order, so the question a replay can
-- answer is whether the failure needed the order. The learner's commands 1..upto are replayed in
-- order in one shell (as evidence.replay does: a throwaway copy, an empty /tmp, what their own
-- lines set up rebuilt by those lines: exported variables, shell functions, files in /tmp) with
-- the project's conftest.py keeping every session in file order, where the unchanged suite
-- passes. If the judged command (upto) shows a test failing there too, the failure came from
-- something of the learner's shell (a plugin from PYTEST_ADDOPTS and PYTHONPATH, a function
-- named pytest loading one): "fake". If it shows a run that passes: "genuine". Sessions of the
-- commands before `first` (the command that ran the judged runs) only rebuild the shell: they
-- stop at once (exit status 0 and 1 by turns, so a loop waiting for either ends); sessions from
-- `first` on run, at most REPLAY_SESSIONS of them (a loop until a failure never ends in file
-- order): that many sessions without a failure answer "genuine" as a passing run does; when the
-- replay times out, nothing is learned (nil), as before.
local REPLAY_DIR = "/tmp/.worksim-replay"   -- evidence.replay's own folder: out.N while command N runs
local REPLAY_SESSIONS = 20
local LIMIT_MARK = "WORKSIM-REPLAY-LIMIT"
local function file_order_hook(first)
  return ([[

# worksim replay (flaky-test): every session in file order; see pytest_evidence.lua
def pytest_collection_modifyitems(session, config, items):
    import glob
    import pytest
    d = "%s"
    nums = [int(p.rsplit(".", 1)[1]) for p in glob.glob(d + "/out.*") if p.rsplit(".", 1)[1].isdigit()]
    cur = max(nums or [0])
    with open(d + "/sessions", "a") as f:
        f.write("%%d\n" %% cur)
    with open(d + "/sessions") as f:
        seen = [int(n) for n in f.read().split()]
    if cur < %d:
        pytest.exit("worksim replay: an earlier session", returncode=len(seen) %% 2)
    if sum(1 for n in seen if n >= %d) > %d:
        pytest.exit("%s", returncode=3)
]]):format(REPLAY_DIR, first, first, REPLAY_SESSIONS, LIMIT_MARK)
end

-- The hook goes into the copy's conftest.py and, when HEAD holds the same conftest.py, into a
-- commit of it, so a copy the learner's lines make in the replay (cp -a /workspace, a git worktree
-- or clone of HEAD) holds it too. A run in such a copy must have run under the hook (it notes each
-- session's command in `sessions`): a copy of an older commit leaves its order to luck, and
-- nothing is learned. `trees`: the runs' trees outside /workspace (M.outside_trees), for runs in
-- a faithful copy.
local HOOK_COMMIT = "h=$(git -c safe.directory='*' show HEAD:conftest.py 2>/dev/null | sha1sum); "
  .. "w=$(sha1sum < conftest.py); cat >> conftest.py <<'WORKSIM_HOOK'\n%s\nWORKSIM_HOOK\n"
  .. "[ \"$h\" = \"$w\" ] && git -c safe.directory='*' -c user.name=worksim -c user.email=replay@worksim.invalid "
  .. "commit -q --no-verify -m 'worksim replay: file order' -- conftest.py"

function M.file_order_verdict(run, first, upto, runs, trees)
  local list = {}
  for i = 1, upto do list[#list + 1] = i end
  local n = #(run:commands() or {}) + 1
  local outs = evidence.replay(run, list, HOOK_COMMIT:format(file_order_hook(first)),
    { timeout = M.replay_budget(run), prepare = "git worktree prune",
      after = "cat " .. REPLAY_DIR .. "/sessions 2>/dev/null; echo WORKSIM_SESSIONS" })
  local out = outs and outs[upto]
  if not out then return nil end
  local sessions = outs[n] and outs[n]:match("^(.-)WORKSIM_SESSIONS")
  -- a run in a copy counts only when it ran under the hook, or loaded no conftest.py at all
  -- (--noconftest: no shuffling either, file order); in the workspace the hook is always there
  -- (a `git checkout conftest.py` restores the committed hook), as before
  local hooked = true
  if next(trees or {}) then
    hooked = false
    for k in tostring(sessions or ""):gmatch("%d+") do hooked = hooked or tonumber(k) == upto end
    local plain = #(runs or {}) > 0
    for _, e in ipairs(runs or {}) do
      local none = false
      for k = 2, #(e.argv or {}) do none = none or e.argv[k] == "--noconftest" end
      plain = plain and none
    end
    hooked = hooked or plain
  end
  if not hooked then return nil end
  for l in out:gmatch("[^\n]+") do
    if failure_mark(l) then
      -- the same runs in file order with a clean environment: tests the learner chose and put in
      -- an order that fails (`pytest tests/test_export.py::..swiss.. tests/test_checkout.py::..euro`)
      -- fail there too, the project's own failure; a plugin or function of the shell's does not
      return M.clean_file_order_fails(run, runs, trees) and "genuine" or "fake"
    end
  end
  -- passed, or REPLAY_SESSIONS sessions in file order went by without a failure (a loop until
  -- red): the failure needed the order. The limit is read from the hook's own count of sessions
  -- too, since a loop that sends pytest's output to a file shows neither (round 9: `while pytest
  -- -q > /tmp/last.txt; do :; done` in a copy in /tmp was left "outside", 90 %)
  local ran_on = 0
  for k in tostring(sessions or ""):gmatch("%d+") do
    if tonumber(k) >= first then ran_on = ran_on + 1 end
  end
  if #evidence.counts_in(out, { "%f[%w](%d+) passed" }) > 0 or out:find(LIMIT_MARK, 1, true)
    or ran_on > REPLAY_SESSIONS then return "genuine" end
  return nil
end

-- Whether one of the runs (real pytest execs in /workspace or, by `trees`, in a faithful copy), run again in file order (each as it
-- was, plus --no-shuffle) in a throwaway copy of the workspace with a clean environment, shows a
-- test failing.
function M.clean_file_order_fails(run, runs, trees)
  local lines = {}
  for i, e in ipairs(runs or {}) do
    local argv, cwd = in_project(e.argv or {}, tostring(e.cwd or "/workspace"), (trees or {})[i])
    if (cwd == "/workspace" or cwd:find("^/workspace/")) and (e.argc or #argv) <= #argv and #argv >= 1 and #lines < MAX_REPLAYS then
      lines[#lines + 1] = rerun(e.path, argv, cwd, "--no-shuffle -rf")
    end
  end
  if #lines == 0 then return false end
  -- opts.at_base: the run saw the start's shopcfg/ (stashed away in the same command), so does the replay
  local reset = opts and opts.at_base and ("git -c safe.directory='*' checkout -q " .. quoted(opts.at_base) .. " -- shopcfg\n") or ""
  local _, out = run:sh("cd /workspace\n" .. reset .. table.concat(lines, "\n"), { copy = true, timeout = 60 + 20 * #lines })
  for l in tostring(out or ""):gmatch("[^\n]+") do
    if failure_mark(l) then return true end
  end
  return false
end

-- Seconds a replay of the learner's commands may take: as long as they took in the run (twice,
-- plus 30 s), so padding the commands with a wait does not outlast the replay, plus room for
-- REPLAY_SESSIONS pytest sessions (SESSION_SECONDS each), which a loop until red runs in the
-- replay however soon it went red in the run (round 9: a loop that went red at once left a busy
-- machine's replay too little time, and the verdict hung on the load); at most 4 minutes. A loop
-- in the replay is bounded by the session count, not by the clock; the clock only stops a wedged one.
local SESSION_SECONDS = 8
function M.replay_budget(run)
  local cmds = run:commands() or {}
  local spent = math.max(0, (tonumber(run.elapsed) or 0) - (cmds[1] and tonumber(cmds[1].time) or 0))
  return math.floor(math.min(240, 30 + 2 * spent + REPLAY_SESSIONS * SESSION_SECONDS))
end

-- The flaky test's file as pytest names it: from the project's root ("tests/test_checkout.py"),
-- from tests/ ("test_checkout.py"), from a folder beside it ("../tests/test_checkout.py") or by
-- its absolute path. A test of the same name in another file (a new tests/test_zz.py of the
-- learner's, tests/zz/test_checkout.py) is not the flaky test.
local function victim_file(path)
  return path == "test_checkout.py" or path:find("^[%./]*tests/test_checkout%.py$") ~= nil
    or path == "/workspace/tests/test_checkout.py"
end

-- The paths of the tests named like the flaky test that one output line marks as failed.
local function failed_victims(out_line)
  local out = {}
  if out_line:find(VICTIM, 1, true) and out_line:find("FAILED", 1, true) then
    for path in out_line:gmatch("(%S*)::" .. VICTIM .. "%f[^%w_]") do out[#out + 1] = path end
    if #out == 0 then out[1] = "" end   -- the name without its file: taken as the flaky test
  end
  return out
end

-- Whether the output marks as failed a test named like the flaky one whose file is (real = true)
-- or is not (real = false) the flaky test's.
local function marks_victim(output, real)
  for out_line in tostring(output or ""):gmatch("[^\n]+") do
    for _, path in ipairs(failed_victims(out_line)) do
      if (path == "" or victim_file(path)) == real then return true end
    end
  end
  return false
end

-- Whether the output marks the flaky test itself as failed (not only "1 failed").
function M.names_victim(output) return marks_victim(output, true) end

-- Whether the output marks as failed a test that only bears the flaky test's name: one in a file
-- of the learner's (`FAILED tests/test_zz.py::test_default_shop_pays_in_euro`), a failure made
-- to look like the flaky one.
function M.disguised_victim(output) return marks_victim(output, false) end

return M
