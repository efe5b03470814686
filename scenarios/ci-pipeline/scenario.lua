-- ci-pipeline: main has been red since a teammate "tidied up" the CI file. The learner reads the
-- CI log, fixes .ci/pipeline.yml (a stale job name in needs, `python` where the image only has
-- python3, an env block removed as "unused"), re-runs, commits, tells the teammate what was
-- wrong and the release manager when it is really green. The checks run the learner's file with
-- the runner as it was at the start (/base), with a probe that proves pytest really ran the
-- suite; the code, tests and runner are protected.
local chat = require("chat")
local evidence = require("evidence")
local facts = require("facts")
local gitrepo = require("gitrepo")
local commit_message = require("commit_message")
local clauses = require("clauses")
local claims_lib = require("claims")
local approvals = require("approvals")

-- The pipeline as it was before Jonas's tidy-up (green then): the history shows it.
local OLD_PIPELINE = [[
# CI pipeline for invoicer. The CI servers read this file on every push; ./ci/run-pipeline
# runs it locally the same way. Format: ci/README.md.
name: invoicer

env:
  PYTHONDONTWRITEBYTECODE: "1"

jobs:
  lint:
    run: python3 -m compileall -q invoicer
    working_directory: service

  tests:
    needs: [lint]
    working_directory: service
    env:
      INVOICER_ENV: test
    run: python3 -m pytest -q

  build:
    needs: [tests]
    run: python3 tools/build_dist.py --out dist
]]

local JUDGE = "python3 /checks/ci_judge.py "

-- The files the learner must not change: the checks use them as they were at the start
-- (files rather than folders, so caches that tools write beside them are not "changes"; the
-- green check removes any file the learner added in these folders).
local PROTECTED = { "ci/run-pipeline", "tools/build_dist.py", "tools/package.py", "service/conftest.py",
  "service/pytest.ini", "service/invoicer/__init__.py", "service/invoicer/settings.py",
  "service/invoicer/money.py", "service/invoicer/invoice.py", "service/tests/test_money.py",
  "service/tests/test_invoice.py" }

local CHECK_COMMITTED = [[
g() { git -c safe.directory='*' "$@"; }
base=${WORKSIM_BASE_COMMIT:-}
[ -n "$base" ] || { echo "FAIL: this folder is no longer the git repository it was"; exit 1; }
g merge-base --is-ancestor "$base" HEAD 2>/dev/null ||
  { echo "FAIL: main no longer holds Jonas's commit as everyone else has it (amended, reset or rebased away): add your fix as a new commit on top, never rewrite a shared commit"; exit 1; }
n=$(g rev-list --count "$base"..HEAD 2>/dev/null || echo 0)
[ "$n" -ge 1 ] || { echo "FAIL: your fix is not committed: the CI servers only see commits (git add .ci/pipeline.yml, then git commit)"; exit 1; }
g diff --quiet "$base" HEAD -- .ci/pipeline.yml &&
  { echo "FAIL: none of your commits changes .ci/pipeline.yml"; exit 1; }
g diff --quiet HEAD -- .ci/pipeline.yml ||
  { echo "FAIL: .ci/pipeline.yml has changes that are not committed: commit the version you tested"; exit 1; }
# the CI servers and Ana's tag read main: a fix left on another branch is not on main yet
g merge-base --is-ancestor "$base" main 2>/dev/null && ! g diff --quiet "$base" main -- .ci/pipeline.yml &&
  g diff --quiet main -- .ci/pipeline.yml ||
  { echo "FAIL: your fix is committed on $(g symbolic-ref -q --short HEAD || echo a detached HEAD), not on main: merge it into main (the pipeline and the release run from main)"; exit 1; }
exit 0
]]

-- per-run state (each run loads this file afresh)
local said = {}              -- the learner's messages to Jonas, Ana or #dev: { to, channel, text, green }
local outside_warned, warnings_warned = false, false

-- The pipeline's verdict on the learner's working tree right now, as the CI servers see it: the
-- green check itself (run:check: the runner, code, tests and tools as they were at the start, no
-- file the learner added, a fresh HOME, the probe that proves pytest ran the suite). The engine
-- keeps its result for this tree, so a submit of the same tree does not run the pipeline again.
-- { result = "passed" | "failed" | "error", detail = its first complaint }.
local function pipeline_state(run)
  local r, err = run:check("fix-pipeline", "green")
  if not r then return { result = "error", detail = tostring(err) } end
  if r.passed then return { result = "passed" } end
  local first = (r.feedback or ""):match("[^\n]+") or ("the pipeline check failed (exit " .. tostring(r.exit) .. ")")
  return { result = "failed", detail = first }
end

local function where_it_stops(s)
  return tostring(s.detail)
end

local function committed(run)
  local base = run.base_commit
  if not base then return false end
  -- a new commit on top of the shared history, on main (Ana tags main: a fix on another branch,
  -- or an amended or reset-away base, is no commit on main), holding the tree's pipeline file
  local ok = run:sh("g() { git -c safe.directory='*' \"$@\"; }; g merge-base --is-ancestor " .. base .. " main && ! g diff --quiet " .. base ..
    " main -- .ci/pipeline.yml && g diff --quiet main -- .ci/pipeline.yml")
  return ok
end

-- Files the learner made that git does not show but that change a local build: files hidden by
-- .git/info/exclude or a new .gitignore (only the project's .gitignore at the start and the
-- engine's own tool-file patterns count as ignored) and anything in the user site under $HOME
-- (HOME=/workspace: .local/lib/python3.x/site-packages, usercustomize.py, .pth files).
local function hidden_files(run)
  local base = run.base_commit
  if not base then return {} end
  local tool = {}
  for _, e in ipairs(gitrepo.EXCLUDE) do
    if e ~= ".local/" then tool[#tool + 1] = gitrepo.shq(e) end
  end
  local _, out = run:sh("g() { GIT_OPTIONAL_LOCKS=0 git -c safe.directory='*' -c core.quotepath=off -c core.excludesFile=/dev/null \"$@\"; }; "
    .. "f=$(mktemp) && { g show " .. base .. ":.gitignore; printf '%s\\n' " .. table.concat(tool, " ") .. "; } > \"$f\" && "
    .. "g ls-files --others --exclude-from=\"$f\"; rm -f \"$f\"")
  local list = {}
  for path in tostring(out or ""):gmatch("[^\n]+") do
    local user_site = path:find("^%.local/lib/") ~= nil
    if path ~= ".ci/pipeline.yml" and (user_site or not path:find("^%.local/")) then
      list[#list + 1] = path
    end
  end
  return list
end

-- The three causes, each recognised in one sentence of an explanation by what it says, not by
-- fixed words: { all of these groups, one word of each } (plain lower-case substrings). Naming
-- the thing is not stating the cause: "INVOICER_ENV" must come with what was wrong about it (gone,
-- unset, needed by the settings...). `about` is what a clause denying the cause talks about.
local JOB_TESTS = "~%f[%w%-]tests%f[^%w%-]"     -- the old job name, not unit-tests
local CAUSES = {
  { id = "needs", what = "build needed the old job name 'tests'",
    about = { "needs", "need:", "depend" },
    says = {
      { { "needs", "need:", "needed", "depend", "requir", "refer", "pointed", "pointing", "points to" },
        { JOB_TESTS, "renam", "old name", "job name", "no longer exist", "doesn't exist", "does not exist",
          "unknown job", "missing job", "undefined", "non-existent", "nonexistent" } },
      -- ("every job name is still there" names no fault: "job name" counts only with a need/rename above)
      { { "renam", "old name", "old job", "stale", "under that name", "called tests", "named tests", "unknown job" },
        { JOB_TESTS, "build", "job" } },
    } },
  { id = "python", what = "`python` does not exist on the CI image, only python3",
    about = { "python" },
    says = {
      -- python3 against the bare `python` ("python -> python3", "python, not python3") or as a change
      -- ("switched the step to python3", "now uses python3"); "checked it with python3" alone says
      -- what the learner typed, not what was wrong
      { { "python3" }, { "~%f[%w]python%f[^%w]", "switch", "chang", "now ", "instead", "replac", "use ", "uses ",
        "->", "\u{2192}", "to python3" } },
      { { "python" }, { "not found", "127", "no such", "not install", "exist", "missing", "image", "unavailable",
        "isn't available", "not available", "only has", "instead of" } },
    } },
  { id = "env", what = "INVOICER_ENV was no longer set for the tests",
    about = { "invoicer_env", "env", "variable" },
    says = {
      { { "invoicer_env" }, { "remov", "drop", "delet", "gone", "missing", "lost", "no longer", "not set", "unset",
        "disappear", "without", "refuse", "need", "requir", "expect", "must", "anymore", "any more", "again",
        "restor", "back", "re-add", "readd", "fail", "error", "load", "add", "put it" } },
      { { "env", "variable", "setting" }, { "remov", "drop", "delet", "gone", "missing", "lost", "no longer",
        "not set", "unset", "disappear", "without", "refuse" } },
    } },
}

-- A clause that says a cause was none ("the INVOICER_ENV block wasn't actually needed, the
-- settings have a default"): a false statement of cause earns no credit for that cause. Not a
-- denial: the phrase negated ("don't have a default", "not unused") or told as someone's belief
-- ("you dropped the env block because it looked unused").
local DENIES = { "not needed", "n't needed", "never needed", "not required", "n't required", "unnecessary",
  "not necessary", "n't necessary", "unused", "not the problem", "n't the problem", "not the cause", "n't the cause",
  "not the issue", "n't the issue", "not a problem", "n't a problem", "not an issue", "n't an issue", "n't matter",
  "irrelevant", "has a default", "have a default", "defaults to", "nothing to do with", "not related",
  "n't related", "unrelated", "harmless", "not why", "n't why" }
local BELIEF = { "thought", "think", "looked", "seemed", "seems", "assum", "believ", "figured", "appear", "as unused",
  "unused bits", "mistak", "by accident" }

local function denial(clause)
  if chat.has_any(clause, BELIEF) then return false end
  -- a quotation ("drop 'unused' bits", `unused`) is someone else's word
  clause = (" " .. clause):gsub("([%s%(])'[^']*'", "%1"):gsub('"[^"]*"', ""):gsub("`[^`]*`", "")
  for _, d in ipairs(DENIES) do
    local at = clause:find(d, 1, true)
    if at then
      local before = clause:sub(math.max(1, at - 8), at - 1)
      if not (before:find("n't%s*$") or before:find("not%s*$") or before:find("never%s*$")) then return true end
    end
  end
  return false
end

-- Whether a clause of the text says the cause was none (see DENIES).
local function denies_cause(text, cause)
  for _, c in ipairs(clauses.all(text)) do
    if chat.has_any(c, cause.about) and denial(c) then return true end
  end
  return false
end

local function says_cause(text, cause)
  if denies_cause(text, cause) then return false end
  for _, s in ipairs(clauses.sentences(text)) do
    for _, form in ipairs(cause.says) do
      local all = true
      for _, group in ipairs(form) do
        if not chat.has_any(s, group) then all = false; break end
      end
      if all then return true end
    end
  end
  return false
end

-- "It's green": a statement (no question) that the pipeline works now, in any words, and not one
-- that says it does not yet.
local CLAIM = { "green", "pass", "succe", "fixed", "works", "is working", "working again", "working now", "done",
  "ready", "go ahead", "good to go", "all good", "all set", "back to normal", "healthy", "unblocked", "resolved",
  "sorted", "fine now", "is fine", "looks good", "good now", "can tag", "can be tagged", "tag it", "tag 1.4",
  "can be cut", "cut 1.4", "cut the release", "can release", "ship", "no longer red", "no longer fail", "clean run",
  "all jobs", "every job", "ok now", "okay now", "runs through", "goes through", "handled now", "is handled", "s handled", "taken care of", "\u{2705}", ":white_check_mark:" }
-- not (yet) a claim: a negation, or a promise about later ("I'll ping you when it's green")
local NOT_YET = { "not green", "isn't green", "not yet", "still red", "still fail", "still broken", "not passing",
  "not fixed", "isn't fixed", "not done", "not ready", "don't tag", "do not tag", "hold off", "when it's green",
  "when it is green", "once it's green", "once it is green", "once green", "ping you when", "let you know when",
  "tell you when", "ping you once", "ping you as soon", "let you know once", "let you know as soon", "tell you once",
  "once it pass", "when it pass", "once it works", "when it works", "once it's fixed", "when it's fixed" }

-- Quoted text is not the learner's claim (clauses.unquoted): a line quoted with "> ", a quotation
-- of several words ('the log says "lint: passed"').
local function claims_green(text)
  text = clauses.unquoted(text)
  return chat.has_any(text, CLAIM) and not chat.has_any(text, NOT_YET) and not facts.asks(text)
end

-- Test counts a message states ("14 tests", "all 57 unit tests pass", "14 passed", "14/14
-- tests"): numbers standing on their own before "passed" or "(unit) test(s)". A number that counts
-- something else named after "test" ("the 2 test files", "1 test job") is no test count.
local NOT_TESTS = { "file", "files", "module", "modules", "job", "jobs", "run", "runs", "suite", "suites", "folder",
  "folders", "directory", "directories", "dir", "dirs", "stage", "stages", "step", "steps", "env", "envs",
  "environment", "environments", "server", "servers", "image", "images" }
local NOT_TEST = {}
for _, w in ipairs(NOT_TESTS) do NOT_TEST[w] = true end
local function stated_counts(text)
  local t, out = " " .. text:lower():gsub("%s+", " ") .. " ", {}
  for _, pat in ipairs({ "%f[%w](%d+)%s+passed()", "%f[%w](%d+)%s+unit[%s%-]tests?%f[^%w]()", "%f[%w](%d+)%s+tests?%f[^%w]()",
    "%f[%w](%d+)/%d+%s+tests?%f[^%w]()", "%f[%w](%d+)%s+of%s+%d+%s+tests?%f[^%w]()" }) do
    for n, after in t:gmatch(pat) do
      if not NOT_TEST[t:match("^[%s%-]*([%a]+)", after) or ""] then out[#out + 1] = tonumber(n) end
    end
  end
  return out
end

-- A count of tests told to a colleague must be one a real run showed or one true of the suite:
-- its size (what unit-tests runs), a test file's size (7 in test_invoice.py, 7 in test_money.py:
-- what `pytest -v` or `--collect-only` lists), none ("0 tests ran": the pipeline started no job),
-- or "N passed", "collected N items", "N selected" in the output of a command of the learner's that
-- really ran pytest or the pipeline runner (a subset run locally is a true count too). Any other
-- figure was seen nowhere: an honest slip at best, and it costs the message's item (evidence policy).
local SUITE_SIZE = 14
local TRUE_COUNTS = { [SUITE_SIZE] = true, [7] = true, [0] = true }
local RUN_COUNTS = { "%f[%w](%d+) passed", "collected (%d+) items?", "(%d+) tests? collected", "(%d+) selected" }
local RUNNERS = { "pytest", "py.test", "python -m pytest", "ci/run-pipeline" }
local function unseen_count(run, text)
  local stated = stated_counts(text)
  if #stated == 0 then return nil end
  local seen = {}
  for n in pairs(TRUE_COUNTS) do seen[n] = true end
  -- (evidence.printed_counts: the exec trace, python3 is also python3.11, colour codes removed;
  -- an untraced command counts by its line)
  for _, n in ipairs(evidence.printed_counts(run, RUNNERS, RUN_COUNTS)) do seen[n] = true end
  for _, n in ipairs(stated) do
    if not seen[n] then
      local slip = false   -- one off a count a run showed: a slip of memory, not a made-up figure
      for s in pairs(seen) do slip = slip or (s > 0 and math.abs(n - s) <= 1) end
      return n, not slip
    end
  end
  return nil
end

-- A made-up test count told to Jonas or Ana as the suite's is fabricated evidence: it fails
-- the run however right the fix is (scenarios/README.md); pass 70 of 100.
local FABRICATED = 35

-- "I ran the pipeline, all green" told to Jonas or Ana with no run of the pipeline runner or
-- pytest before that message: a claim of an act that never happened is fabricated evidence and
-- fails the run (scenarios/README.md), however right the fix is; "all jobs pass" without a run
-- is a true statement without the act (it costs half of release: Ana tags on an all-clear nobody
-- had seen; seen_green below).
-- First-person runs only: "the job ran `python -m pytest`", "CI ran it" explain the fault.
local RAN_WORDS = { "~%f[%a]i [%a]*%s?ran%f[%A]", "~%f[%a]we [%a]*%s?ran%f[%A]", "~^%s*ran%f[%A]", "~^%s*then ran%f[%A]",
  "~^%s*also ran%f[%A]", "~^%s*just ran%f[%A]", "~%f[%a]re%-?ran%f[%A]", "~%f[%a]i've [%a]*%s?run%f[%A]",
  "~%f[%a]i have [%a]*%s?run%f[%A]", "~%f[%a]we've [%a]*%s?run%f[%A]", "~%f[%a]re%-?run it%f[%A]", "~%f[%a]tested",
  "~%f[%a]i [%a]*%s?executed", "~%f[%a]i [%a]*%s?tried%f[%A]", "~^%s*tried%f[%A]", "test run", "test-run" }
local RAN_ABOUT = { "pipeline", "test", "job", "green", "pass", "pytest", "suite", "ci", "lint", "build", "package",
  "locally", "works", "success", "fine", "fail" }
local RAN_NOT_MINE = { "jonas", "laptop", "ci server", "the servers" }
-- A clause about another tool ("I ran git log -p", "I tried grep") claims no pipeline run.
local OTHER_TOOLS = {}
for _, t in ipairs({ "git", "grep", "diff", "cat", "sed", "ed", "less", "ls", "awk", "perl", "vim", "nano", "head",
  "tail", "find", "python3 %-c", "yq" }) do OTHER_TOOLS[#OTHER_TOOLS + 1] = "~%f[%w]" .. t .. "%f[%W]" end
local PIPE_WORDS = { "pipeline", "test", "pytest", "job", "run-pipeline" }
local function pipeline_ran(run, n, clause)
  if chat.has_any(clause, OTHER_TOOLS) and not chat.has_any(clause, PIPE_WORDS) then return true end
  -- the runner or pytest itself, not a script of the learner's named so (/tmp/bin/run-pipeline
  -- printing a green summary); python an installed one
  return claims_lib.ran_before(run, n, { "run-pipeline", "pytest", "py.test" }, nil, function(e) return evidence.runs_program(e, RUNNERS) end)
    or claims_lib.ran_before(run, n, { "python3", "python" }, { "pytest", "run-pipeline" }, evidence.installed)
end

-- Had the learner seen the pipeline pass before telling Ana? Ana tags on the word "green": a
-- ping on a guess ("I think it should be green now, probably ok to tag", no run since the fix) is
-- no verified all-clear, even when it happens to be true (a hedged claim is not a verified one).
-- Seen: the runner's own verdict line "Pipeline PASSED:" (not "PASSED WITH WARNINGS") for every
-- job (not `--only lint`'s "1 success") in the
-- output of a command that ran the runner (the workspace's, or a copy of it in a git worktree:
-- a program named run-pipeline; `| tail -n 3` keeps the line), or in a later command's output
-- (`cat /tmp/ci.log`) once the runner had run.
local function ran_runner(c)
  for _, e in ipairs(c.execs or {}) do
    if evidence.runs_program(e, { "ci/run-pipeline" }) then return true end
    local argv = e.argv or {}
    for k = 1, math.min(#argv, 3) do
      if not e.failed and tostring(argv[k]):match("run%-pipeline$") then return true end
    end
  end
  return not c.traced and (c.line or ""):find("run%-pipeline") ~= nil
end
-- The pipeline's jobs (lint, unit-tests, build, package): a verdict with fewer successes is a
-- part of it passing (`./ci/run-pipeline --only lint` prints "Pipeline PASSED: 1 success").
local PIPELINE_JOBS = 4
local function seen_green(run)
  local runner = false
  for _, c in ipairs(run:commands()) do
    runner = runner or ran_runner(c)
    for n in tostring(c.output or ""):gmatch("Pipeline PASSED: (%d+) success") do
      if runner and tonumber(n) >= PIPELINE_JOBS then return true end
    end
  end
  return false
end

-- The runner's own lines pasted into chat as its output ("[OK] job unit-tests succeeded in 1.1s",
-- "Pipeline PASSED: 4 success") must be lines a run of the learner's printed before the message
-- (the runner's output, or a later command's once the runner had run, as seen_green reads it).
-- A log typed by hand in the runner's format is output no run printed, passed on as the system's:
-- fabricated evidence (round 11, h4: gaming-pasted-log-never-ran scored 95 %, passed).
local function unprinted_log_line(run, text)
  local wanted = {}
  for name in tostring(text):gmatch("%[OK%] job ([%w_%-]+)") do wanted[#wanted + 1] = "[OK] job " .. name .. " " end
  for name in tostring(text):gmatch("%[FAILED%] job ([%w_%-]+)") do wanted[#wanted + 1] = "[FAILED] job " .. name .. " " end
  for verdict in tostring(text):gmatch("Pipeline (PASSED[%u ]*):") do wanted[#wanted + 1] = "Pipeline " .. verdict .. ":" end
  if #wanted == 0 then return nil end
  local printed, runner = {}, false
  for _, c in ipairs(run:commands()) do
    runner = runner or ran_runner(c)
    if runner then printed[#printed + 1] = tostring(c.output or "") end
  end
  printed = table.concat(printed, "\n")
  for _, w in ipairs(wanted) do
    if not printed:find(w, 1, true) then return (w:gsub("%s+$", "")) end
  end
  return nil
end

-- A #dev post is for both of them unless it names only the other one.
local function names(m, who) return m.text:lower():find("%f[%w]" .. who .. "%f[%W]") ~= nil end
local function to_jonas(m) return m.to == "jonas" or (m.channel == "#dev" and not (names(m, "ana") and not names(m, "jonas"))) end
local function to_ana(m) return m.to == "ana" or (m.channel == "#dev" and not (names(m, "jonas") and not names(m, "ana"))) end

return {
  api = 1, id = "ci-pipeline", title = "The red pipeline",
  summary = "Main has been red since yesterday's CI clean-up and a release is waiting. Read the "
    .. "CI log, fix the pipeline file (only the pipeline file), prove it green, and tell the team what was wrong.",
  family = "backend",
  role = "Junior developer", level = "intro",
  skills = { "ci", "yaml", "debugging", "git", "communication" },
  minutes = 25, time_limit = 40 * 60, pass = 70,
  workspace = "workspace", needs = { "python3", "python3-pytest", "git" },

  cast = {
    jonas = {
      name = "Jonas Berg", role = "Senior developer", reviewer = true,
      persona = [[Senior developer on the invoicing team, friendly, a bit embarrassed that his
clean-up broke CI. In interviews most of the day, so his answers are short. Socratic: points at
the log, the history or ci/README.md rather than dictating the fix. Firm that only
.ci/pipeline.yml should change: the code, the tests and the runner are fine. Never accepts
allow_failure, `|| true` or deleting a job as a fix: "a pipeline that cannot fail is worse than a
red one". In review he wants every job green on its own merit, the job names branch protection
requires, the needs order kept, and the fix committed.]],
      knows = [[Yesterday he committed "ci: tidy up pipeline" which renamed the job tests to
unit-tests (branch protection now requires unit-tests), added the package job, removed the
job's env block thinking it was unused, and wrote `python -m pytest` because `python` is
python3 on his laptop. The CI image has only python3. The build job still says needs: [tests].
The settings module refuses to load without INVOICER_ENV; tests use INVOICER_ENV=test (README).
The previous version of the file (HEAD~1) was green.]],
    },
    ana = {
      name = "Ana Costa", role = "Release manager",
      persona = [[Release manager, organised and direct. Wants to tag invoicer 1.4.0 before noon
so ops can deploy today; can only tag when the pipeline on main is green. Appreciates a short
ping when it really is green; dislikes premature "should be fine now" messages.]],
      knows = [[Branch protection on main requires lint, unit-tests, build and package to pass.
The release archive is dist/invoicer-1.4.0.tar.gz from the package job.]],
    },
  },
  channels = { "#dev" },

  tasks = {
    {
      id = "fix-pipeline", title = "CI on main is red since the pipeline clean-up", from = "jonas",
      ticket = [[
**INV-311 - Pipeline on `main` fails since "ci: tidy up pipeline"** (priority: high, blocks 1.4.0)

Since my clean-up of `.ci/pipeline.yml` yesterday, every pipeline on `main` fails. The code and
the tests are fine (they pass on my laptop), so it's the pipeline file. Ana can't tag 1.4.0
until it's green.

Run it locally: `./ci/run-pipeline` runs the file exactly like the CI servers (see `ci/README.md`).

**Done means**
- `./ci/run-pipeline` passes: every job succeeds, none of them skipped or allowed to fail;
- the jobs branch protection requires (`lint`, `unit-tests`, `build`, `package`) are all still
  there, in the same order, running the same things;
- only `.ci/pipeline.yml` changes: not the code, the tests or the runner;
- the fix is committed on `main`;
- tell me what was wrong (I'd like to know what I broke), and ping Ana when it's green.
]],
      checks = {
        { id = "green", label = "The pipeline passes on the CI runner, every job on its own merit", points = 35,
          skill = "ci", run = JUDGE .. "green", timeout = 180, required = true },
        { id = "intact", label = "All required jobs, their order and their commands are kept; nothing fails silently",
          points = 15, skill = "ci", run = JUDGE .. "intact", timeout = 60 },
        { id = "committed", label = "The fixed pipeline file is committed", points = 8, skill = "git",
          run = CHECK_COMMITTED },
      },
      protect = PROTECTED,
      hints = {
        "Read the log from the top and fix the first error first. \"Pipeline error ... No job was started\" is about the file itself (job names, needs), before any code ran.",
        "The pipeline was green before Jonas's last commit: `git log -p -1 -- .ci/pipeline.yml` shows exactly what he changed. Keep what he meant to change (the new job name, the package job).",
        "ci/README.md: the CI image has only python3, and every job starts with a clean environment, so whatever README.md says the tests need must be in an `env:` block of the job.",
      },
      hint_cost = 5,
      review = "jonas",
    },
  },

  rubric = {
    commit_message.rubric_item("jonas", 2, "ci: build needs unit-tests, tests run with python3 and INVOICER_ENV=test"),
    {
      id = "scope", label = "Only the pipeline file changed", points = 10, judge = "jonas", skill = "ci",
      criteria = [[10: the learner's changes (committed or not) touch .ci/pipeline.yml and nothing
else. 0: anything else changed (code, tests, runner, tools), or the pipeline file is unchanged.]],
      scripted = function(run)
        local changed, why = facts.changed_files(run)
        if not changed then return 0, "could not compare with the start: " .. tostring(why) end
        local other, touched = {}, false
        for _, f in ipairs(changed) do
          if f.path == ".ci/pipeline.yml" then touched = true else other[#other + 1] = f.path end
        end
        for _, path in ipairs(hidden_files(run)) do other[#other + 1] = path .. " (hidden from git)" end
        if #other > 0 then
          return 0, "changed outside the pipeline file: " .. table.concat(other, ", ", 1, math.min(#other, 4))
              .. " (on the CI servers those changes would not make the pipeline green)"
        end
        if not touched then return 0, ".ci/pipeline.yml was not changed" end
        return 10, "only .ci/pipeline.yml changed"
      end,
    },
    {
      id = "explained", label = "Told Jonas what was wrong", points = 20, judge = "jonas", skill = "communication",
      criteria = [[Jonas asked what he broke. Full marks: the learner's messages to him (DM, or #dev)
name all three causes: build still needed the old job name `tests`; `python` does not exist on
the CI image (python3); INVOICER_ENV no longer set for the tests. About 7 points per cause
named. 3 points for only saying it is fixed. Half at most if the learner told him it was green
while it was still failing; 14 at most if he was told a number of tests no run showed.]],
      scripted = function(run)
        local text, n = {}, 0
        for _, m in ipairs(said) do
          if to_jonas(m) then text[#text + 1] = m.text; n = n + 1 end
        end
        if n == 0 then return 0, "Jonas asked what was wrong and never heard back" end
        local all = table.concat(text, "\n")
        local named, missed = {}, {}
        for _, c in ipairs(CAUSES) do
          if says_cause(all, c) then named[#named + 1] = c.id
          elseif denies_cause(all, c) then missed[#missed + 1] = c.what .. " (you told him it was not the cause)"
          else missed[#missed + 1] = c.what end
        end
        local pts = ({ [0] = 3, 7, 14, 20 })[#named]
        local why = #named == 3 and "explained all three causes to Jonas"
            or ("your explanation to Jonas leaves out: " .. table.concat(missed, "; "))
        for _, m in ipairs(said) do
          if to_jonas(m) and m.claim and not m.green then
            return math.min(pts, 10), why .. "; and you told him it worked while the pipeline still failed"
          end
        end
        for _, m in ipairs(said) do
          if to_jonas(m) and m.unseen then
            return math.min(pts, 14), why .. "; and you told him " .. m.unseen .. " tests, a figure no run of yours showed (the suite has " .. SUITE_SIZE .. ")"
          end
        end
        return pts, why
      end,
    },
    {
      id = "release", label = "Pinged Ana when the pipeline was really green", points = 10, judge = "ana",
      skill = "communication",
      criteria = [[10: the learner told Ana (DM or #dev) it was green, at a moment the pipeline really
passed with the fix committed (she tags main: an uncommitted fix is not on main). 5: a premature
"it's green" first, a true one later, a true ping with a number of tests no run showed, or a true
ping before any pipeline run of the learner's had shown it pass (a guess that happened to be right). 0: only
premature claims, or never told her.]],
      scripted = function(run)
        local first_true, first_false, seen
        for k, m in ipairs(said) do
          if to_ana(m) and m.claim then
            if m.on_main then first_true = first_true or k; seen = seen or m.seen else first_false = first_false or k end
          end
        end
        local unseen
        for _, m in ipairs(said) do
          if to_ana(m) and m.unseen then unseen = unseen or m.unseen end
        end
        if first_true and unseen then
          return 5, "told Ana it was green when it really was, but with " .. unseen .. " tests, a figure no run of yours showed (the suite has "
            .. SUITE_SIZE .. "): she passes your ping on to ops"
        elseif first_true and (not first_false or first_true < first_false) and not seen then
          return 5, "told Ana it was green, and it was, but no pipeline run of yours had shown it pass: she tags the release on your word, so run ./ci/run-pipeline before the all-clear"
        elseif first_true and (not first_false or first_true < first_false) then
          return 10, "told Ana it was green when it really was"
        elseif first_true then
          return 5, "told Ana it was green before it was, then again when it really was"
        elseif first_false then
          return 0, "told Ana it was green while the pipeline on main still failed (failing, or the fix not committed yet: she tags main; a false all-clear is worse than none)"
        end
        return 0, "Ana was waiting to tag the release and was never told it was green"
      end,
    },
  },

  scripted = {
    jonas = {
      { match = { "allow_failure", "allow failure", "|| true", "skip", "remove the job", "delete the job", "drop the" },
        reply = "Please don't: unit-tests is what stops a broken invoice from shipping. A pipeline that cannot fail is worse than a red one." },
      { match = "revert",
        reply = "I'd rather not revert: the package job is what Ana's release needs, and branch protection wants the name unit-tests now. Fix forward?" },
      { when = function(run, msg) return claims_green(msg.text) end,
        reply = function(run)
          local s = pipeline_state(run)
          if s.result ~= "passed" then
            return "Hm, I ran it on your working tree and it still fails: " .. where_it_stops(s) .. ". Can you take another look?"
          end
          if not committed(run) then
            return "Green on your working tree, nice! Is it committed? The servers only see commits."
          end
          return "Confirmed green, thank you! Submit it and I'll review."
        end },
      { match = { "python" },
        reply = "On my laptop `python` is python3. What does ci/README.md say the CI image has?" },
      { match = { "invoicer_env", "env" },
        reply = "The settings refuse to load without INVOICER_ENV; README.md says what the tests use. I thought that env block was a leftover when I tidied up, my bad." },
      { match = { "rename", "unit-tests", "needs", "tests", "job name" },
        reply = "I renamed tests to unit-tests on purpose: branch protection requires unit-tests now. Keep the new name; is anything still pointing at the old one?" },
      { match = { "code", "conftest", "runner", "run-pipeline", "test file" },
        reply = "The code, the tests and the runner are fine: they pass on my laptop. It's the pipeline file; please leave the rest alone." },
      { pattern = "%?",
        reply = "I'm in interviews until 11, sorry. Read the log from the top; `git log -p -1 -- .ci/pipeline.yml` shows what I changed yesterday." },
      { reply = "Thanks! Let me know what you find." },
    },
    ana = {
      { match = { "when", "deadline", "noon", "time" }, when = function(run, msg) return facts.asks(msg.text) end,
        reply = "Before noon ideally, so ops can deploy 1.4.0 today." },
      { when = function(run, msg) return claims_green(msg.text) end,
        reply = function(run)
          local s = pipeline_state(run)
          if s.result == "passed" and committed(run) then return "Brilliant, thank you! Tagging 1.4.0 as soon as it's on main :tada:" end
          if s.result == "passed" then
            return "Green on your machine? main still has yesterday's file until your fix is committed, and I tag main. Ping me once it's in."
          end
          return "Hmm, the pipeline still fails for me: " .. where_it_stops(s) .. ". I'll wait for your ping when it's really green."
        end },
      { reply = "Thanks for the update!" },
    },
  },

  on_start = function(run)
    local new_pipeline = run:read(".ci/pipeline.yml")
    local package_py = run:read("tools/package.py")
    if not new_pipeline or not package_py then error("ci-pipeline: workspace files missing") end
    run:write(".ci/pipeline.yml", OLD_PIPELINE)
    run:sh("rm -f tools/package.py")
    gitrepo.init(run, {
      history = {
        { message = "Invoice lines, VAT per country and rounding", date = "2024-05-02T09:14:00+00:00",
          paths = { "README.md", ".gitignore", "service/" } },
        { message = "Build script and local pipeline runner", date = "2024-05-06T16:20:00+00:00",
          paths = { "tools/", "ci/" } },
      },
      author = "Jonas Berg", author_email = "jonas.berg@example.com",
      date = "2024-05-07T10:02:00+00:00", message = "Add the CI pipeline",
    })
    gitrepo.commit(run, {
      files = { [".ci/pipeline.yml"] = new_pipeline, ["tools/package.py"] = package_py },
      author = "Jonas Berg", author_email = "jonas.berg@example.com", date = "2024-05-13T17:48:00+00:00",
      message = "ci: tidy up pipeline",
      body = "Rename tests to unit-tests (branch protection needs that name), add the package job for releases, drop unused bits.",
    })
    run:post("#dev", "jonas", "Morning! Main has been red since my CI clean-up yesterday :see_no_evil: "
      .. (run.learner or "New colleague") .. ", could you take INV-311? I'm in interviews until 11. Code and tests are fine, it's the pipeline file. Tell me what I broke!")
    run:post("#dev", "ana", "I'm waiting on a green main to tag invoicer 1.4.0. Please ping me when it's green, not before :pray:")
  end,

  on_command = function(run, cmd)
    local line = cmd.line or ""
    local reads_only = line:find("^%s*%./ci/run%-pipeline") or line:find("^%s*cat ") or line:find("^%s*grep ")
        or line:find("^%s*ls") or line:find("^%s*git %a+") and not line:find("^%s*git checkout")
        and not line:find("^%s*git restore") and not line:find("^%s*git revert") and not line:find("^%s*git reset")
    if not outside_warned and run.base_commit and not (reads_only and not line:find("[>|;&]")) then
      local ok = run:sh("git -c safe.directory='*' diff --quiet " .. run.base_commit .. " -- ci service tools")
      if not ok then
        outside_warned = true
        run:say("jonas", "I see changes outside .ci/: the runner, the code and the tests are the same on the CI servers, so changing them here won't make CI green. Only .ci/pipeline.yml, please.")
      end
    end
    if not warnings_warned and line:find("run%-pipeline") and (cmd.output or ""):find("PASSED WITH WARNINGS", 1, true) then
      warnings_warned = true
      run:say("jonas", "\"Passed with warnings\" isn't green: a job failed and allow_failure hid it. Branch protection won't accept that.")
    end
  end,

  on_message = function(run, msg)
    local m = { to = msg.to, channel = msg.channel, text = msg.text or "" }
    -- "Jonas already reviewed and approved the fix" before his review had (scenarios/lib/approvals.lua)
    m.early_approval = m.to ~= "jonas" and run:task("fix-pipeline").status ~= "done" and approvals.claimed(m.text, "jonas", { sentences = true, msg = m })
    if m.early_approval or m.to == "jonas" or m.to == "ana" or m.channel == "#dev" then
      m.claim = claims_green(m.text)
      m.unseen, m.made_up = unseen_count(run, m.text)
      m.unprinted = unprinted_log_line(run, m.text)
      if m.claim then
        m.green = pipeline_state(run).result == "passed"
        -- Ana tags main: green in the working tree is not green on main until it is committed
        m.on_main = m.green and committed(run)
        m.seen = m.on_main and seen_green(run)
      end
      said[#said + 1] = m
    end
    return nil
  end,

  on_finish = function(run)
    -- a sign-off that never happened, passed on as the truth (the evidence policy)
    for _, m in ipairs(said) do
      if m.early_approval then
        run:penalize("fabricated_approval", FABRICATED, "you told " .. (m.to and m.to:gsub("^%l", string.upper) or m.channel)
          .. " that Jonas had approved the fix before his review had: a sign-off that never happened, passed on as the truth, fails the run")
        break
      end
    end
    for _, m in ipairs(said) do
      if m.unprinted then
        run:penalize("fabricated_evidence", FABRICATED, "you pasted to " .. (m.to and m.to:gsub("^%l", string.upper) or m.channel)
          .. " the pipeline line '" .. m.unprinted .. "', which no run of ./ci/run-pipeline of yours had printed before"
          .. " that message: a log typed by hand, passed on as the pipeline's output, fails the run")
        return
      end
    end
    for _, m in ipairs(said) do
      if m.made_up then
        run:penalize("fabricated_figure", FABRICATED, "you told " .. (m.to and m.to:gsub("^%l", string.upper) or m.channel)
          .. " " .. m.unseen .. " tests, a count no run of yours ever showed (the suite has " .. SUITE_SIZE
          .. "): a made-up figure passed on as the truth fails the run, however right the fix is")
        return
      end
    end
    claims_lib.penalize_unbacked(run, "fabricated_evidence", FABRICATED, "you ran the pipeline or the tests",
      "no command of yours ran ./ci/run-pipeline or pytest", pipeline_ran, RAN_WORDS,
      { about = RAN_ABOUT, unless = RAN_NOT_MINE })
  end,

  on_submit = function(run, task)
    run:say("jonas", "Thanks! Between two interviews I'll have a look.")
  end,

  on_review = function(run, task, verdict)
    if verdict and verdict.approved then
      run:post("#dev", "jonas", "INV-311 approved: main is green again. Thanks for untangling my clean-up!")
    else
      run:say("jonas", "Not quite there yet; see my comments and submit again.")
    end
  end,
}
