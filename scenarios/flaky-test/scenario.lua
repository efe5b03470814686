-- flaky-test: test_default_shop_pays_in_euro fails in about one CI run in four. The suite runs
-- in a shuffled order (conftest.py); the cause is a real bug: settings_for() updates the dict
-- that load_defaults() caches (lru_cache, added two weeks ago for speed), so a Swiss shop's
-- CHF override leaks into every later shop in the same process. The learner reproduces it with
-- the CI seed, finds the polluting test, fixes the code (copy the cached defaults), not the
-- tests, resists the retry a colleague suggests, and explains the cause to the lead. The checks
-- replay failing orders, run hidden isolation tests from /checks and protect the tests.
--
-- Policy (play round playA): a right fix made without reproducing first passes, at 85-90 %. The
-- deliverable is the code (required checks: stable in every order, hidden isolation tests), a
-- true explanation and a commit; reproducing is how a careful developer gets there and is priced
-- as such: `reproduced` 10, and the order part of `explained` (5) needs an order run or a seen
-- failure. Failing a verified fix for a skipped step would grade the ritual over the outcome. What
-- must fail is the lie: claiming a reproduction that did not happen (no pytest run before the code
-- changed, a failure the learner's own function/hook/test printed, or one a plugin from the
-- shell's environment caused, found by replaying the run in a clean copy) costs 25
-- (false_repro_claim) on top: solution/partial-no-repro-honest.lua, gaming-fake-repro-*.lua.
-- Round 7: a run in a copy or worktree in /tmp is judged by its tree (pytest_evidence.
-- outside_trees): a faithful copy reproduces like the workspace (alt-worktree-in-tmp.lua), a
-- copy with changed tests is a fake (gaming-fake-suite-in-tmp.lua); a test of the learner's that
-- only bears the flaky test's name is no reproduction (gaming-victim-name-in-new-test.lua).
-- Round 8: a faithful copy's plain shuffled run (no seed) is replayed in file order like a
-- workspace run (the hook reaches copies made by cp -a, a worktree or clone of HEAD): a plugin the
-- shell's environment loads there is a fake (gaming-env-plugin-in-faithful-copy.lua,
-- gaming-env-plugin-pytest-plugins-worktree.lua).
local chat = require("chat")
local facts = require("facts")
local gitrepo = require("gitrepo")
local pytest_evidence = require("pytest_evidence")
local commit_scope = require("commit_scope")
local clauses = require("clauses")

-- settings.py before Malik's perf change (the history shows it).
local OLD_SETTINGS = [[
"""Shop settings: the platform defaults (defaults.json), overridden by what a shop configured."""
import json
import os

DEFAULTS_FILE = os.path.join(os.path.dirname(__file__), "defaults.json")


def load_defaults():
    """The platform defaults."""
    with open(DEFAULTS_FILE, encoding="utf-8") as f:
        return json.load(f)


def settings_for(shop):
    """The settings of one shop: the defaults with the shop's own overrides applied."""
    settings = load_defaults()
    settings.update(shop.get("overrides", {}))
    return settings
]]

local function judge(mode) return "bash /checks/judge.sh " .. mode end

-- per-run state (each run loads this file afresh)
local reproduced, code_changed = false, false
local at_base = true   -- shopcfg/ as at the start after the learner's last command (no git: always)
local pytest_runs = pytest_evidence.tracker()
-- acts behind the explanation: a real pytest run chose the order (a seed, the file order, node ids),
-- a real pytest run happened before the code changed, and a "failure" that was no real one (a shell
-- function named pytest, a hook or test of the learner's printing it) was shown
local order_run, pytest_before_change, fake_failure, repro_claim_penalized = false, false, false, false
local rafael_spoke, malik_spoke = false, false

-- Does the learner's code still leak one shop's overrides into the next shop, or a caller's
-- change into the next shop? (the truth, for colleagues' replies; the rubric asks the hidden tests)
local function still_leaks(run)
  local _, out = run:sh([[python3 - <<'PY' 2>&1 | tail -n 1
import sys
sys.path.insert(0, ".")
try:
    from shopcfg.settings import settings_for
    settings_for({"id": "a", "overrides": {"currency": "CHF"}})
    b = settings_for({"id": "b"})
    first = b["currency"]
    b["currency"] = "XXX"   # a caller changing its own settings must not change the next shop's
    print("leaks" if first != "EUR" or settings_for({"id": "c"})["currency"] != "EUR" else "isolated")
except Exception as e:
    print("broken %s" % type(e).__name__)
PY]])
  return not tostring(out or ""):find("isolated", 1, true)
end

-- Whether the learner's own files could have made a pytest run print or cause a failure, compared
-- with the start (/base) in a throwaway copy (no git: nothing in .git can hide a file): a
-- conftest.py, a pytest/tox/setup config, a .pth or sitecustomize, a module shadowing pytest, or a
-- changed or new file in tests/ other than a new test file (tests/test_*.py, tests/*_test.py).
-- shopcfg/ is scanned too: its code files match none of these names, but an untracked
-- shopcfg/conftest.py (no change to `git diff`) loads when a run names the package as a path.
-- "tampered", "new_tests" (only new test files: a failure then counts when it names the flaky
-- test) or "clean". Not seen: a plugin outside the workspace loaded through the learner's own
-- environment (PYTHONPATH, PYTEST_ADDOPTS), which no command line shows: the replay of the run
-- (pytest_evidence.replay_verdict) answers that one.
local TEST_SIDE = [[cd /workspace && find . \( -path ./.git -o -name __pycache__ \) -prune -o \( -type f -o -type l \) \( -path './tests/*' -o -name conftest.py -o -name pytest.ini -o -name tox.ini -o -name setup.cfg -o -name pyproject.toml -o -name '*.pth' -o -name sitecustomize.py -o -name usercustomize.py -o -name pytest.py -o -path './pytest/*' -o -path './_pytest/*' \) -print | while IFS= read -r f; do if [ ! -e "/base/$f" ]; then echo "A $f"; elif ! cmp -s "$f" "/base/$f"; then echo "M $f"; fi; done]]

local function test_side(run)
  local ok, out = run:sh(TEST_SIDE, { copy = true })
  if not ok then return "tampered" end
  local state = "clean"
  for kind, path in tostring(out):gmatch("([AM]) %./([^\n]+)") do
    if kind == "A" and (path:find("^tests/test_[%w_]*%.py$") or path:find("^tests/[%w_]+_test%.py$")) then
      state = "new_tests"
    else
      return "tampered"
    end
  end
  return state
end

-- Whether a real pytest run loaded a plugin of the learner's (-p NAME; -p no:NAME only disables one).
local function own_plugin(runs)
  for _, e in ipairs(runs or {}) do
    local argv = e.argv or {}
    for k = 2, #argv do
      local v = argv[k] == "-p" and argv[k + 1] or argv[k]:match("^%-p(%S+)$")
      if v and not v:find("^no:") then return true end
    end
  end
  return false
end

-- A message that says the learner reproduced it ("I reproduced it", "made it fail with --seed
-- 4029"), read clause by clause: not denied ("couldn't reproduce"), not asked, not a plan, not
-- quoted (clauses.unquoted).
local REPRO_CLAIMS = { "reproduced", "reproducible", "i reproduce", "can reproduce", "could reproduce", "reproduce it with",
  "made it fail", "make it fail", "got it to fail", "saw it fail", "seen it fail", "watched it fail", "replayed",
  "fails every time with", "fails reliably", "fails deterministically", "fails consistently", "fails 100" }
local function claims_reproduction(text)
  text = clauses.unquoted(text)   -- the ticket's words quoted ("make it fail on purpose") are not the learner's
  if facts.asks(text) and not text:find("[%.!\n]") then return false end
  for _, c in ipairs(clauses.all(text)) do
    if chat.has_any(c, REPRO_CLAIMS) and not c:find("n't", 1, true) and not c:find("%f[%a]not%f[%A]")
        and not c:find("%f[%a]never%f[%A]") and not c:find("%f[%a]unable%f[%A]") and not c:find("%f[%a]will%f[%A]")
        and not c:find("'ll", 1, true) and not c:find("going to", 1, true) and not c:find("%f[%a]try", 1)
        and not c:find("?", 1, true) then
      return true
    end
  end
  return false
end

-- What the learner wrote to Sofia (DM) or in #dev.
local function explanations(run)
  local out = {}
  for _, m in ipairs(facts.transcript(run, { learner = true })) do
    if m.to == "sofia" or m.channel == "#dev" then out[#out + 1] = m end
  end
  return out
end

-- The order part names the cause, that one test's leftovers reach a later test (the order, a test
-- running before another, state leaking between tests): naming the Swiss shop or CHF alone says
-- what leaked, not why the test fails only sometimes. It is earned only with an act behind it: the
-- learner made it fail, or ran the tests in an order of their choosing (see order_run).
local PARTS = {
  { what = "that it depends on the test order (the Swiss export test running first)", part = "order",
    words = { "order", "runs before", "ran before", "run before", "runs after", "ran after", "run after",
              "polluter", "pollut", "leftover", "left over", "left behind", "run earlier", "ran earlier", "runs earlier",
              "happened to run", "ran first", "runs first", "run first", "precede", "shuffl", "random order",
              "sequence", "earlier test", "previous test", "test that ran before",
              "between tests", "between the tests", "across tests", "from one test to", "one test to the next",
              "one test into", "from test to test", "test isolation", "isolation between" } },
  { what = "the mechanism (settings_for updates the dict that load_defaults caches)", part = "mechanism",
    words = { "lru_cache", "cache", "memoiz", "memois", "same dict", "same object", "same instance", "identical dict",
              "identical object", "identical instance", "dictionary instance", "dict instance", "single instance",
              "one instance", "mutat", "update(", ".update", "in place", "shared", "one dict", "reference",
              "writes into", "wrote into", "written into", "overwrit", "modifies the cached", "modified the cached",
              "changes the cached", "changed the cached" } },
  { what = "that it is a real bug in production too (shops' settings leak into each other)", part = "impact",
    words = { "production", "prod ", "~%f[%a]live%f[%A]", "real bug", "other shops", "every shop", "next shop", "customers",
              "requests", "not just the test", "not only the test", "not only a test", "not just a test", "inherit",
              "outside the test", "outside of the test", "any shop", "later shops", "other shop", "subsequent shop",
              "same worker", "same process", "real shops" } },
}

-- The order told in other words: one clause with a verb of running and a word of position ("the
-- Swiss test executes earlier in the session", "when it comes after the export test", "gets run
-- prior to it").
local RUN_VERBS = { "~%f[%a]runs?%f[%A]", "~%f[%a]ran%f[%A]", "~%f[%a]running%f[%A]", "~%f[%a]execut", "~%f[%a]comes?%f[%A]",
  "~%f[%a]came%f[%A]", "~%f[%a]goes first", "~%f[%a]go first", "~%f[%a]went first", "~%f[%a]scheduled%f[%A]" }
local POSITIONS = { "~%f[%a]before%f[%A]", "~%f[%a]earlier%f[%A]", "~%f[%a]first%f[%A]", "~%f[%a]after%f[%A]",
  "~%f[%a]later%f[%A]", "~%f[%a]prior to%f[%A]", "~%f[%a]ahead of%f[%A]" }
-- The learner's own runs around the fix ("I ran the tests before and after the fix") say nothing
-- about one test running before another.
local OWN_RUNS = { "~%f[%a]i ran", "~%f[%a]i've run", "~%f[%a]i have run", "~%f[%a]i run", "~%f[%a]we ran",
  "~%f[%a]i re%-?ran", "the fix", "fixing", "my change", "the change" }
-- A position before the polluter itself needs no verb: "the euro test fails after the Swiss export
-- test", "it breaks right after test_export_swiss_shop_in_francs".
local AFTER_POLLUTER = { "~%f[%a]after[%w%s_:%.%-/]-swiss", "~%f[%a]after[%w%s_:%.%-/]-export test",
  "~%f[%a]after[%w%s_:%.%-/]-test_export", "~%f[%a]after[%w%s_:%.%-/]-chf test", "~%f[%a]after[%w%s_:%.%-/]-francs" }
local function order_in_other_words(text)
  for _, c in ipairs(clauses.all(text)) do
    if chat.has_any(c, RUN_VERBS) and chat.has_any(c, POSITIONS) and not chat.has_any(c, OWN_RUNS) then return true end
    if chat.has_any(c, AFTER_POLLUTER) and not chat.has_any(c, OWN_RUNS) then return true end
  end
  return false
end

-- A part told wrong earns nothing: "it wasn't the test order", "a timing problem with the cache
-- warming up", "production isn't affected, it only happens in the tests". Read clause by clause
-- (clauses.lua), so "not just the tests: production too" or "it doesn't fail in file order, only
-- when the Swiss test runs first" stay true statements.
local NEGATIONS = { "n't ", "not ", "never " }
local FILLERS = { "", "the ", "the test ", "the tests' ", "an ", "a ", "about ", "about the ", "about the test ",
  "related to the ", "related to the test ", "caused by the ", "caused by the test ", "due to the ", "due to the test ",
  "because of the ", "because of the test ", "down to the ", "down to the test ", "depend on the ",
  "depend on the test ", "depend on ", "an issue with the ", "a problem with the ", "the run ", "the execution " }
local DENIALS = {
  order = { keys = { "order", "shuffl" },
            also = { "nothing to do with the order", "nothing to do with the test order", "unrelated to the order",
                     "unrelated to the test order", "regardless of the order", "independent of the order",
                     "whatever the order", "in any order" } },
  mechanism = { keys = { "cache", "mutat", "in place", "same dict" },
                also = { "timing", "race", "warm", "expir", "ttl", "nothing to do with the cache",
                         "unrelated to the cache" }, needs_key = true },
  impact = { keys = { "production", "prod ", "live", "customers", "real shops", "other shops", "requests" },
             after = { "n't affected", "not affected", "unaffected", "n't impacted", "not impacted", "no impact",
                       "no effect", "n't a problem", "not a problem", "can't happen", "cannot happen",
                       "never happen", "n't at risk", "not at risk" },
             -- "production isn't affected any more": the state after the fix, not a denial
             unless = { "any more", "anymore", "no longer", "now", "since the fix", "after the fix" },
             also = { "only in the test", "only happens in the test", "only happen in the test", "only the test",
                      "just in the test", "just the test", "only a test", "just a test", "test-only",
                      "only affects the test", "only affects test", "only in tests", "only tests", "just tests" } },
}

local function plain_find(clause, phrase)
  local at = clause:find(phrase, 1, true)
  -- "not only the tests", "not just a test problem": the opposite of a denial
  if not at then return false end
  local before = clause:sub(math.max(1, at - 6), at - 1)
  return not (before:find("not%s*$") or before:find("n't%s*$") or before:find("never%s*$"))
end

-- Whether one clause denies the part (a key of DENIALS).
local function denies(clause, part)
  local d = DENIALS[part]
  local has_key = chat.has_any(clause, d.keys)
  for _, phrase in ipairs(d.also) do
    if plain_find(clause, phrase) and (has_key or not d.needs_key) then return true end
  end
  for _, neg in ipairs(NEGATIONS) do
    for _, fill in ipairs(FILLERS) do
      for _, key in ipairs(d.keys) do
        if plain_find(clause, neg .. fill .. key) and not clause:find(neg .. "just", 1, true)
            and not clause:find(neg .. "only", 1, true) then return true end
      end
    end
  end
  if has_key and not chat.has_any(clause, d.unless or {}) then
    for _, phrase in ipairs(d.after or {}) do
      if clause:find(phrase, 1, true) then return true end
    end
  end
  return false
end

local function denied(text, part)
  for _, c in ipairs(clauses.all(text)) do
    if denies(c, part) then return true end
  end
  return false
end

-- Everyday phrases that hold a part's word without being about it: "in order to ship", "a pull
-- request", "for reference", "I shared the log", "ship it live today", "the fix is in place". Taken out before the words
-- are looked for (a denial is still read on the whole text).
local IDIOMS = { "in order to", "in order for", "all in order", "pull requests?", "merge requests?", "feature requests?",
  "for reference", "%f[%w]i'?v?e? ?shared", "i have shared", "shared the log", "shared the link", "shared my",
  "go live", "goes live", "went live", "live today", "live tomorrow", "live this", "live soon",
  -- "a copy is in place now": the fix being there, not the dict changed in place
  "%f[%a]is in place", "%f[%a]are in place", "%f[%a]now in place", "in place now", "put in place", "%f[%a]fix in place",
  "%f[%a]fixes in place" }

local function without_idioms(text)
  local t = chat.norm(text)
  for _, p in ipairs(IDIOMS) do t = t:gsub(p, " ") end
  return t
end

local CLAIM = { "fixed", "found", "root cause", "the cause", "caused", "solved", "done", "it was" }

return {
  api = 1, id = "flaky-test", title = "The test that fails one time in four",
  summary = "A checkout test fails now and then on CI and people just re-run it. Reproduce it, "
    .. "find out why it depends on luck, fix the cause (no retries, skips or sleeps) and explain it.",
  family = "backend",
  role = "Junior backend developer", level = "junior",
  skills = { "testing", "debugging", "python", "git", "communication" },
  minutes = 35, time_limit = 50 * 60, pass = 70,
  workspace = "workspace", needs = { "python3", "python3-pytest", "git" },

  cast = {
    sofia = {
      name = "Sofia Lindqvist", role = "Tech lead",
      persona = [[Tech lead of the shop platform team. Calm, precise, allergic to "just re-run
it". Wants the root cause in plain words and whether customers could be affected. Never gives
the answer; asks what the learner has seen. Reacts to the truth: does not cheer a fix that is
not one.]],
      knows = [[QA-88: test_default_shop_pays_in_euro fails in about a quarter of CI runs since
about two weeks (first seen in build 2204; solid for months before). The suite is shuffled by
conftest.py; build 2291 failed with --seed 4029. The team rule: no skip, xfail, retry or sleep
to get CI green.]],
    },
    malik = {
      name = "Malik Haddad", role = "Backend developer", reviewer = true,
      persona = [[Backend developer, wrote the settings cache two weeks ago and is proud of the
latency win. Friendly, a little defensive about the cache at first, then grateful when shown
the leak. In review he wants the cache kept, the fix in the code, and the tests untouched.]],
      knows = [[He added @lru_cache to load_defaults() because settings_for runs on every
request and reading defaults.json was 8 % of request time. He did not notice that settings_for
updates the returned dict in place, so the cached defaults change.]],
    },
    rafael = {
      name = "Rafael Ortiz", role = "Developer",
      persona = [[Pragmatic developer on the same team, always busy. Suggests the quick way out
(re-run, a retry decorator) half-jokingly; accepts a better argument gracefully.]],
    },
  },
  channels = { "#dev" },

  tasks = {
    {
      id = "flaky", title = "QA-88: test_default_shop_pays_in_euro is flaky", from = "sofia",
      ticket = [[
**QA-88 - `test_default_shop_pays_in_euro` fails randomly on CI** (priority: medium)

Since about two weeks, `tests/test_checkout.py::test_default_shop_pays_in_euro` fails in
roughly **one CI run in four**. People press "retry" until it's green, which is exactly how
real bugs get waved through. The last failure is saved in `ci-logs/build-2291.log`.

**Done means**
- you can make it fail on purpose (reproduce it), and you know *why* it fails;
- the cause is fixed where it is (in the tests or in the code, wherever it really is), and the
  suite passes in **any** order: no `skip`/`xfail`, no retries, no `sleep`;
- the existing tests are unchanged (add new ones if you like);
- the fix is committed with a subject that says what was wrong;
- reply here (DM me or #dev) with what caused it, in plain words, and whether it could
  affect anything besides the tests.
]],
      checks = {
        { id = "stable", label = "The suite passes in file order, in the CI orders that failed, and with the polluter first",
          points = 25, skill = "testing", run = judge("stable"), timeout = 120, required = true },
        { id = "rootcause", label = "Shops' settings no longer leak into each other (hidden tests)", points = 25,
          skill = "debugging", run = judge("rootcause"), timeout = 60, required = true },
        { id = "cache", label = "The defaults are still read once per process", points = 5, skill = "python",
          run = judge("cache"), timeout = 60 },
        { id = "bandaid", label = "No skip, xfail, retry, sleep, reordering or test-side reset added", points = 10,
          skill = "testing", run = judge("bandaid") },
        { id = "committed", label = "The fix is committed with a subject that says what was wrong", points = 5,
          skill = "git", run = judge("committed"), timeout = 60 },
      },
      protect = { "conftest.py", "pytest.ini", "shopcfg/defaults.json", "tests/test_checkout.py",
                  "tests/test_export.py", "tests/test_money.py", "tests/test_settings.py" },
      hints = {
        "Reproduce first: the log's header says `--seed 4029`; `python3 -m pytest --seed 4029 -v` replays that exact order. Which tests ran before the failing one?",
        "Bisect the order: run the failing test together with one earlier test at a time, e.g. `python3 -m pytest --no-shuffle tests/test_export.py tests/test_checkout.py -q`. Then read what the culprit changes, and `git log -p shopcfg/settings.py`.",
        "`load_defaults()` returns the same cached dict every time, and `settings_for` updates it in place. Give each shop its own copy (keep the cache: it was added for speed).",
      },
      hint_cost = 5,
      review = "malik",
    },
  },

  rubric = {
    {
      id = "reproduced", label = "Reproduced the failure before fixing it", points = 10, judge = "sofia",
      skill = "debugging",
      criteria = [[10: the learner ran the tests and saw test_default_shop_pays_in_euro fail (with
the CI seed, a loop or an explicit order) before changing the code. 0: never saw it fail, or
only after changing the code (then the fix is a guess).]],
      scripted = function(run)
        if reproduced then return 10, "made it fail on purpose before touching the code" end
        return 0, "you never saw the test fail before changing the code: replay the CI order (--seed) first, or the fix is a guess"
      end,
    },
    {
      id = "explained", label = "Explained the cause to Sofia", points = 15, judge = "sofia", skill = "communication",
      criteria = [[Full marks: the learner's messages to Sofia (DM or #dev) say that it depends on
the test order (the Swiss export test running first), the mechanism (settings_for updates the
dict that load_defaults caches, so an override changes the defaults), and that it is a real
bug beyond the tests (one shop's settings leak into later shops in production). 5 points per
part. At most 5 if the code still leaks at the end.]],
      scripted = function(run)
        local msgs = explanations(run)
        if #msgs == 0 then return 0, "Sofia asked what caused it and never heard back" end
        local all = {}
        for _, m in ipairs(msgs) do all[#all + 1] = m.text end
        local text = table.concat(all, "\n")
        local pts, missed = 0, {}
        local wrong = {}
        local unbacked = nil
        for _, p in ipairs(PARTS) do
          if denied(text, p.part) then wrong[#wrong + 1] = p.what
          elseif not chat.has_any(without_idioms(text), p.words)
              and not (p.part == "order" and order_in_other_words(without_idioms(text))) then
            missed[#missed + 1] = p.what
          elseif p.part == "order" and not (reproduced or order_run) then
            unbacked = "you told Sofia it depends on the test order, but never ran the tests in an order of your "
              .. "choosing (--seed, --no-shuffle, node ids) nor saw it fail: that part was a guess"
          else pts = pts + 5 end
        end
        -- the hidden isolation tests decide whether it still leaks (a probe of one CHF shop misses a
        -- fix that copies only for shops with overrides)
        if pts > 5 and not facts.check_passed(run, "flaky", "rootcause") then
          return 5, "you explained a cause, but the code still leaks settings from one shop to the next"
        end
        if #missed == 0 and #wrong == 0 and not unbacked then return 15, "told Sofia the order dependence, the cached dict changed in place, and the production impact" end
        local why = {}
        if #wrong > 0 then why[#why + 1] = "you told Sofia the opposite of what happened (no credit for it): the truth is " .. table.concat(wrong, "; ") end
        if #missed > 0 then why[#why + 1] = "your explanation leaves out " .. table.concat(missed, "; ") end
        if unbacked then why[#why + 1] = unbacked end
        return pts, table.concat(why, "; ")
      end,
    },
    {
      id = "scope", label = "Only the fix and its tests are committed: no scratch files, no debug prints", points = 5,
      judge = "malik", skill = "git",
      criteria = [[5: the learner's commits change only shopcfg/*.py, tests/test_*.py (or *_test.py),
tests/conftest.py, tests/__init__.py and .gitignore (byte code aside), and no print(),
breakpoint() or pdb call was added to shopcfg/, committed or left in the working tree. 0
otherwise, or when nothing was committed. A remark for the record: it does not hold up the
review of a fix that works.]],
      scripted = function(run)
        local problems, why = commit_scope.problems(run)
        if not problems then return 0, why end
        if #problems == 0 then return 5, "the commits hold only the fix and its tests" end
        return 0, table.concat(problems, "; ")
      end,
    },
  },

  scripted = {
    sofia = {
      { match = { "retry", "rerun", "re-run", "skip", "xfail", "sleep" },
        reply = "No retries, skips or sleeps please: a flaky test is a bug until proven otherwise. What makes it fail when it fails?" },
      { match = { "when", "since", "how long", "first" }, when = function(run, msg) return facts.asks(msg.text) end,
        reply = "First red run we noticed was build 2204, about two weeks ago. Before that this test was solid for months." },
      { match = { "production", "prod", "customers", "live" }, when = function(run, msg) return facts.asks(msg.text) end,
        reply = "That's exactly what I'd like you to tell me: could it?" },
      { match = { "seed", "log", "order" }, when = function(run, msg) return facts.asks(msg.text) end,
        reply = "ci-logs/build-2291.log has the whole run; the header line shows its seed. conftest.py explains the shuffling." },
      { match = CLAIM, when = function(run, msg) return not facts.asks(msg.text) end,
        reply = function(run)
          if still_leaks(run) then
            return "Hm, I just created a Swiss shop and then a plain one in one Python session, and the plain one came out in CHF. The tests may pass now, but is the cause gone?"
          end
          return "That makes sense, thank you! Submit it for Malik's review."
        end },
      { reply = "Thanks! Keep me posted: I want to know what caused it, in plain words." },
    },
    malik = {
      { match = { "remove", "revert", "drop", "without the cache" },
        reply = "I'd rather keep the cache: the latency win was real (8 % of request time). Can we fix what's wrong without losing it?" },
      { match = { "cache", "lru", "perf" },
        reply = "I added the lru_cache two weeks ago: settings_for runs on every request, and reading the JSON each time showed up in the profile. Why, is something wrong with it?" },
      { match = "review", reply = "Submit it and I'll look. I'll check the cache is still there and the tests are untouched." },
      { reply = "I'm around: I wrote the settings cache, so ask away." },
    },
    rafael = {
      { match = { "retry", "rerun", "re-run" },
        reply = "Yeah, a @retry or just re-running is what we did for the search tests :shrug: Sofia wasn't a fan though." },
      { reply = "Fair enough, you're probably right. Tell me what it was, I'm curious!" },
    },
  },

  on_start = function(run)
    local settings_py = run:read("shopcfg/settings.py")
    local ci_log = run:read("ci-logs/build-2291.log")
    if not settings_py or not ci_log then error("flaky-test: workspace files missing") end
    run:write("shopcfg/settings.py", OLD_SETTINGS)
    run:sh("rm -f ci-logs/build-2291.log")
    gitrepo.init(run, {
      history = {
        { message = "Shop settings, money formatting and the checkout summary", date = "2024-02-12T10:20:00+00:00",
          paths = { "README.md", "pytest.ini", "shopcfg/__init__.py", "shopcfg/defaults.json", "shopcfg/settings.py",
                    "shopcfg/money.py", "shopcfg/checkout.py", "tests/test_money.py", "tests/test_settings.py",
                    "tests/test_checkout.py" } },
        { message = "Shuffle the test order on every run (like pytest-randomly)", date = "2024-02-20T15:02:00+00:00",
          paths = { "conftest.py" } },
      },
      author = "Sofia Lindqvist", author_email = "sofia.lindqvist@example.com",
      date = "2024-03-04T11:45:00+00:00", message = "Accounting export per shop",
    })
    gitrepo.commit(run, {
      files = { ["shopcfg/settings.py"] = settings_py },
      author = "Malik Haddad", author_email = "malik.haddad@example.com", date = "2024-03-11T16:30:00+00:00",
      message = "perf: read defaults.json once per process",
      body = "settings_for runs on every request; reading the JSON each time was 8% of request time in the profile.",
    })
    gitrepo.commit(run, {
      files = { ["ci-logs/build-2291.log"] = ci_log },
      author = "Sofia Lindqvist", author_email = "sofia.lindqvist@example.com", date = "2024-03-25T09:10:00+00:00",
      message = "Keep the log of CI build 2291 for QA-88",
    })
    run:post("#dev", "sofia", "Morning " .. (run.learner or "there") .. "! I've given you QA-88: the checkout test that fails every few CI runs. "
      .. "Please find out *why* rather than making it green; tell me what it was.")
  end,

  on_command = function(run, cmd)
    local line, output = cmd.line or "", cmd.output or ""
    -- the code as the command left it: shopcfg/ as at the start or not. A fix stashed to see the
    -- CI order fail on the original code (`git stash`, the run, `git stash pop`) reproduces it as a
    -- run before any change does; code_changed stays true from the first change on (Malik)
    if run.base_commit then
      at_base = run:sh("git -c safe.directory='*' diff --quiet " .. run.base_commit .. " -- shopcfg") and true or false
      if not at_base then code_changed = true end
    end
    -- before the code changes, the flaky test is the only one that can fail; only a real pytest
    -- run's own output counts (not a printf of a made-up summary, not the saved CI log)
    -- what the shell really executed (nil: no trace, judged by the line as before)
    local real = pytest_evidence.real_runs(cmd)
    -- the stash round trip in one line (`git stash && pytest ...; git stash pop`): the run saw
    -- HEAD's code, the original when HEAD's shopcfg/ is still the start's
    local on_stash = false
    if not at_base and run.base_commit and pytest_evidence.ran_on_stash(cmd, real) then
      on_stash = run:sh("git -c safe.directory='*' diff --quiet " .. run.base_commit .. " HEAD -- shopcfg") and true or false
    end
    local original = at_base or on_stash
    local really = nil
    if real then really = #real > 0 and not own_plugin(real) end
    local ran_pytest = (real and #real > 0) or (real == nil and pytest_evidence.runs_pytest(line))
    if ran_pytest and original then pytest_before_change = true end
    local pins = ran_pytest and ((real and pytest_evidence.pins_order(real)) or (real == nil and pytest_evidence.line_pins_order(line)))
    local failed_run, genuine, names_victim, behind, behind_at = pytest_runs:shows_failure(line, output, really, real)
    if failed_run then
      -- the failure is pytest's own only when the suite was the project's: no hook, config,
      -- plugin or changed test of the learner's could print or cause it, and no environment of
      -- the learner's shell (a plugin from /tmp through PYTEST_ADDOPTS, a function named pytest
      -- wrapping the real one): the same run replayed in a clean copy fails too
      local side = test_side(run)
      local verdict = nil
      -- a test of the learner's that only bears the flaky test's name (tests/test_zz.py::
      -- test_default_shop_pays_in_euro) failed, and the flaky one did not: a failure made to look
      -- like it, no reproduction
      if not names_victim and pytest_evidence.disguised_victim(output) then genuine = false end
      if genuine and side ~= "tampered" and (side == "clean" or names_victim) and original and not reproduced then
        local n = #run:commands()
        verdict = pytest_evidence.replay_verdict(run, behind, output,
          { first = math.min(behind_at or n, n), upto = n, clean = side == "clean", at_base = on_stash and run.base_commit })
        if verdict == "fake" then genuine = false end
      end
      -- "outside": a run in a worktree or copy outside /workspace, neither the project's suite
      -- (no reproduction) nor a proven fake (no false claim)
      if verdict ~= "outside" then
        if genuine and side ~= "tampered" and (side == "clean" or names_victim) then
          if original then reproduced = true end
        elseif not genuine or side == "tampered" then
          fake_failure = true
          pins = false   -- a run of a suite the learner rigged proves nothing about the order either
        end
      end
    end
    if pins then order_run = true end
    if failed_run and not rafael_spoke then
      rafael_spoke = true
      run:post("#dev", "rafael", "Ah, test_default_shop_pays_in_euro? Just hit re-run, it passes the second time :sweat_smile: or slap a retry on it, that's what we did for the search tests.")
    end
    if not malik_spoke and code_changed then
      local text = run:read("shopcfg/settings.py") or ""
      if not text:find("lru_cache", 1, true) and not text:find("cache", 1, true) then
        malik_spoke = true
        run:say("malik", "I see the cache is gone from settings.py: that was a perf fix, settings_for runs on every request. Could we keep it and fix what's wrong with it?")
      end
    end
  end,

  -- "I reproduced it with --seed 4029" with nothing behind it (no pytest run before the code
  -- changed, or only a failure the learner's own function, hook or test printed) misleads the
  -- lead about how sure the fix is: it costs once, and Sofia asks.
  on_message = function(run, msg)
    if repro_claim_penalized or reproduced or not claims_reproduction(tostring(msg.text or "")) then return nil end
    if pytest_before_change and not fake_failure then return nil end
    repro_claim_penalized = true
    run:penalize("false_repro_claim", 25, "told " .. (msg.to and msg.to:gsub("^%l", string.upper) or msg.channel)
      .. " it was reproduced, but " .. (fake_failure and "the only failure shown came from your own function, hook or test, not from the project's suite"
        or "no pytest run of yours happened before the code changed"))
    run:say("sofia", "Hm, you say you reproduced it, but I don't see a test run of yours where it failed before the fix. Can you show me?")
    return nil
  end,

  on_submit = function(run, task)
    run:say("malik", "Thanks, having a look.")
  end,

  on_review = function(run, task, verdict)
    if verdict and verdict.approved then
      run:post("#dev", "malik", "Approved QA-88. And thanks for finding my cache bug, I had no idea settings_for changed the cached dict :facepalm:")
    else
      run:say("malik", "Not yet: see my comments.")
    end
  end,
}
