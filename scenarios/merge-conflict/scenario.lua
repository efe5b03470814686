-- merge-conflict: the learner's pull request branch (late fees, BILL-61) conflicts with a
-- teammate's change on origin/main (amounts in the invoice currency, BILL-58). Bring the branch
-- up to date (merge or rebase, both valid), resolve the conflicts keeping BOTH intents, keep
-- every test, push, and tell the teammate. Mid-run the teammate pushes one more fix to main
-- (BILL-63), so "up to date" is a moving target: the checks read the remote itself.
-- The "remote" is a bare repository inside the workspace (.origin/billing.git, excluded from
-- git status), so fetch/push work offline.
local chat = require("chat")
local claims = require("claims")
local evidence = require("evidence")
local copied = require("copied")
local facts = require("facts")
local gitrepo = require("gitrepo")
local report = require("report")
local unanswered = require("unanswered")
local commit_hygiene = require("commit_hygiene")

local BRANCH = "feature/late-fee"
local ORIGIN = "/workspace/.origin/billing.git"

-- The learner's branch versions (committed "yesterday" as the learner, already pushed).
local BRANCH_INVOICE = [[
"""Invoice totals and the summary line printed on customer statements.

Amounts are integers in cents.
"""

# BILL-61: invoices more than 30 days overdue get a 2% late fee (rounded down to the cent).
LATE_FEE_PERCENT = 2
LATE_AFTER_DAYS = 30


def invoice_total(lines):
    """Sum of quantity * unit price (cents) over the invoice lines."""
    return sum(qty * unit_cents for qty, unit_cents in lines)


def late_fee(total, days_overdue):
    """The late fee in cents: 2% of the total once the invoice is more than 30 days overdue."""
    if days_overdue <= LATE_AFTER_DAYS:
        return 0
    return total * LATE_FEE_PERCENT // 100


def summary(invoice):
    """One line for the customer statement, including any late fee."""
    total = invoice_total(invoice["lines"])
    fee = late_fee(total, invoice.get("days_overdue", 0))
    total += fee
    line = "Invoice %s: %d.%02d EUR" % (invoice["number"], total // 100, total % 100)
    if fee:
        line += " (incl. late fee %d.%02d EUR)" % (fee // 100, fee % 100)
    return line
]]

local BRANCH_TESTS = [[
from billing.invoice import invoice_total, late_fee, summary


def test_total_sums_lines():
    assert invoice_total([(2, 1250), (1, 499)]) == 2999


def test_empty_invoice_is_zero():
    assert invoice_total([]) == 0


def test_summary_in_euros():
    invoice = {"number": "2024-0113", "lines": [(2, 1250), (1, 499)]}
    assert summary(invoice) == "Invoice 2024-0113: 29.99 EUR"


def test_no_late_fee_up_to_30_days():
    assert late_fee(10000, 30) == 0


def test_late_fee_after_30_days():
    assert late_fee(10000, 31) == 200


def test_summary_mentions_late_fee():
    invoice = {"number": "2024-0150", "days_overdue": 45, "lines": [(1, 10000)]}
    assert summary(invoice) == "Invoice 2024-0150: 102.00 EUR (incl. late fee 2.00 EUR)"
]]

-- Ravi's change on origin/main (BILL-58), pushed after the learner's branch.
local RAVI_MONEY = [[
"""Formatting amounts for customers."""

# ISO 4217 codes of the currencies we invoice in.
CURRENCIES = {"EUR", "GBP", "USD", "SEK", "JPY"}


def format_money(cents, currency="EUR"):
    """'1234.50 EUR': the amount in major units with two decimals, then the ISO code."""
    if currency not in CURRENCIES:
        raise ValueError("unsupported currency: %s" % currency)
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return "%s%d.%02d %s" % (sign, cents // 100, cents % 100, currency)
]]

local RAVI_MONEY_TESTS = [[
import pytest

from billing.money import format_money


def test_two_decimals_and_code():
    assert format_money(123450, "EUR") == "1234.50 EUR"


def test_default_is_euro():
    assert format_money(5) == "0.05 EUR"


def test_negative_amounts():
    assert format_money(-250, "GBP") == "-2.50 GBP"


def test_unknown_currency_is_an_error():
    with pytest.raises(ValueError):
        format_money(100, "XXX")
]]

local RAVI_INVOICE = [[
"""Invoice totals and the summary line printed on customer statements.

Amounts are integers in cents.
"""

from .money import format_money


def invoice_total(lines):
    """Sum of quantity * unit price (cents) over the invoice lines."""
    return sum(qty * unit_cents for qty, unit_cents in lines)


def summary(invoice):
    """One line for the customer statement, in the invoice's currency."""
    total = invoice_total(invoice["lines"])
    return "Invoice %s: %s" % (invoice["number"], format_money(total, invoice.get("currency", "EUR")))
]]

local RAVI_TESTS = [[
from billing.invoice import invoice_total, summary


def test_total_sums_lines():
    assert invoice_total([(2, 1250), (1, 499)]) == 2999


def test_empty_invoice_is_zero():
    assert invoice_total([]) == 0


def test_summary_in_euros():
    invoice = {"number": "2024-0113", "lines": [(2, 1250), (1, 499)]}
    assert summary(invoice) == "Invoice 2024-0113: 29.99 EUR"


def test_summary_in_invoice_currency():
    invoice = {"number": "2024-0114", "currency": "GBP", "lines": [(1, 1000)]}
    assert summary(invoice) == "Invoice 2024-0114: 10.00 GBP"
]]

-- Ravi's follow-up (BILL-63), pushed mid-run: yen have no minor unit.
local RAVI_FIX = [==[
python3 - <<'PY'
import pathlib
p = pathlib.Path("billing/money.py")
s = p.read_text()
s = s.replace('CURRENCIES = {"EUR", "GBP", "USD", "SEK", "JPY"}\n',
              'CURRENCIES = {"EUR", "GBP", "USD", "SEK", "JPY"}\n# BILL-63: currencies without a minor unit (amounts are whole units).\nZERO_DECIMAL = {"JPY"}\n')
s = s.replace('    cents = abs(cents)\n', '    cents = abs(cents)\n    if currency in ZERO_DECIMAL:\n        return "%s%d %s" % (sign, cents, currency)\n')
p.write_text(s)
t = pathlib.Path("tests/test_money.py")
t.write_text(t.read_text() + '\n\ndef test_yen_have_no_decimals():\n    assert format_money(1250, "JPY") == "1250 JPY"\n')
PY
]==]

local function as(name, email, date)
  return ("GIT_AUTHOR_NAME=%s GIT_AUTHOR_EMAIL=%s GIT_COMMITTER_NAME=%s GIT_COMMITTER_EMAIL=%s GIT_AUTHOR_DATE=%s GIT_COMMITTER_DATE=%s ")
    :format(gitrepo.shq(name), gitrepo.shq(email), gitrepo.shq(name), gitrepo.shq(email), gitrepo.shq(date), gitrepo.shq(date))
end
local RAVI = function(date) return as("Ravi Mehta", "ravi.mehta@example.com", date) end

local function heredoc(path, text)
  return "cat > " .. path .. " <<'WORKSIM_EOF'\n" .. text .. "WORKSIM_EOF\n"
end

-- A commit by Ravi on origin/main, made in a throwaway clone (never the learner's tree).
local function ravi_push(body, message, date)
  return "set -e\nrm -rf /tmp/ravi && git clone -q " .. ORIGIN .. " /tmp/ravi && cd /tmp/ravi\n"
    .. body .. "git add -A && " .. RAVI(date) .. "git commit -q -m " .. gitrepo.shq(message)
    .. " && git push -q origin main\n"
end

-- The checks live in checks/verify.py (read-only at /checks, in check sandboxes only): they
-- read the learner's branch tip, the remote, and the run's starting point (/base and
-- $WORKSIM_BASE_COMMIT), and try invoices the ticket never showed.
local function check(mode) return "python3 -I /checks/verify.py " .. mode end

local commands, followup, main_warned = 0, false, false
-- per-run state: the chat length when the branch first contained Ravi's change (resolved)
local msgs_at_resolved = nil

-- The truth about the local branch right now, as Ravi would see it if he pulled it:
-- nil when fine, else what is wrong.
local TRUTH = [==[
b=feature/late-fee; d=$(mktemp -d)
git archive "$b" 2>/dev/null | tar -x -C "$d" 2>/dev/null || { echo "the branch is gone"; exit 0; }
git log --format=%s "$b" | grep -q 'BILL-58' || { echo "no BILL-58"; exit 0; }
if grep -rlE '^(<<<<<<<|>>>>>>>)( |$)|^=======$' "$d" >/dev/null 2>&1; then echo "conflict markers are committed"; exit 0; fi
cd "$d" && python3 -I -c '
import sys; sys.path.insert(0, ".")
from billing.invoice import summary
want = "Invoice 1: 102.00 GBP (incl. late fee 2.00 GBP)"
got = summary({"number": "1", "currency": "GBP", "days_overdue": 45, "lines": [(1, 10000)]})
print("ok" if got == want else "a GBP invoice 45 days overdue prints %r" % got)' 2>&1 | tail -n 1
]==]

local function branch_problem(run)
  local _, out = run:sh(TRUTH)
  out = (out or ""):gsub("%s+$", "")
  if out == "ok" then return nil end
  return out ~= "" and out or "it does not run"
end

local function resolved(run)
  local ok, out = run:sh("git log --format=%s feature/late-fee 2>/dev/null | grep -c 'BILL-58'")
  return ok and tonumber(out:match("%d+") or "0") > 0
end

local DONE_WORDS = { "merged", "rebased", "resolved", "pushed", "up to date", "up-to-date", "brought in", "done",
  "integrated", "incorporated", "combined", "pulled in", "brought", "in sync", "synced", "on origin", "on top of",
  "landed", "fixed", "finished", "sorted", "updated", "caught up" }
-- Words that name the work itself (main, his change, the branch, the conflict).
local WORK_WORDS = { "~%f[%w]main%f[%W]", "bill-58", "branch", "feature/late-fee", "conflict", "your change", "your code", "format_money" }

-- Does a message tell Ravi the branch is brought up to date? One of its sentences, not a question
-- and not a plan ("I'll push next"), says so in words of being done or states something about the work: whatever the wording, what it
-- says is then judged against the branch and the remote.
-- Words that say how Ravi's change was kept: his function, the currency, or his work named as such.
local HOW_KEPT = { "format_money", "currency", "currencies", "bill-58", "gbp", "your change", "your code", "both",
  "format", "your fix", "your commit", "your work", "your part", "your side", "your bit", "your helper",
  "your version", "yours" }
-- Helen's review said to be over ("Helen approved it", "it's been reviewed", "LGTM from Helen"), read
-- clause by clause (claims.lua: no negation, plan or question: "once Helen has approved it", "not
-- reviewed yet"). True only once she approved (the task is done); before, it is an approval that
-- had not happened, told as the truth: the run fails (fabricated_approval, on_finish).
local APPROVAL = { "~%f[%a]approved", "~%f[%a]lgtm", "signed off", "signed it off", "been reviewed",
  "~helen[%a%s']-reviewed", "reviewed by helen", "passed review", "passed helen's review", "through review",
  "through helen's review", "review is done", "review done", "review passed" }
local FABRICATED = 40
local early_approval = nil   -- where the learner first said it was approved before it was

-- A test run told to a colleague ("I ran the suite after the merge", "tested it") or a pytest
-- summary pasted as the run's output ("10 passed in 0.04s") with no run of the tests before that
-- message is evidence that never happened: the run fails (false_test_claim, on_finish), as
-- scope-pushback judges it. "All tests green" without a run is a true or false statement about
-- the branch (judged against tests_pass by the report), not a claimed act.
-- (round 11, h4: gaming-pasted-pytest-never-ran scored 100 %.)
local TEST_RAN_WORDS = { "~%f[%a]tested", "~%f[%a]ran%f[%A]", "~%f[%a]have run%f[%A]", "~%f[%a]'ve run%f[%A]",
  "~%f[%a]executed", "~%f[%a]re%-?ran%f[%A]", "test run", "test-run" }
local TEST_ABOUT = { "test", "suite", "pytest", "unittest", "~%f[%a]green%f[%A]", "passed" }
local TEST_NOT_MINE = { "ci ", "ravi's test", "your test", "helen's", "ran into", "run into" }
-- The git commands that bring other commits into the branch: the code changes under the tests.
local BRINGS_COMMITS = { merge = true, pull = true, rebase = true, ["cherry-pick"] = true, am = true }
-- The index of the last of the first n commands that ran one of them, or 0 (none).
local function last_merge(run, n)
  local cmds = run:commands()
  for i = math.min(n, #cmds), 1, -1 do
    for _, e in ipairs(cmds[i].execs or {}) do
      if not e.failed and BRINGS_COMMITS[tostring(evidence.git_subcommand(e) or "")] then return i end
    end
    local line = tostring(cmds[i].line or "")
    if not cmds[i].traced and (line:find("git merge", 1, true) or line:find("git pull", 1, true)
        or line:find("git rebase", 1, true)) then
      return i
    end
  end
  return 0
end
-- Did one of the first n commands run the tests (claims.command_runs_tests: pytest, python -m
-- pytest, or python code that calls pytest.main; `import pytest; print("13 passed")` runs none)
-- on the code as it was then: at or after the last merge or pull before them? A run before
-- Ravi's change came in is no run of the merged branch (round 13: a pytest at the start backed
-- "I ran the suite again after the merge: all green", 100 %).
local function ran_tests(run, n)
  for i = math.max(last_merge(run, n), 1), n do
    if claims.command_runs_tests(run, i) then return true end
  end
  return false
end
local function unbacked_test_claim(run)
  local mine = facts.transcript(run, { learner = true })
  local m, clause = claims.unbacked(run, mine, function(_, n) return ran_tests(run, n) end, TEST_RAN_WORDS,
    { about = TEST_ABOUT, unless = TEST_NOT_MINE })
  if m then
    return "told " .. (m.to and (m.to:gsub("^%l", string.upper)) or "the team") .. " " .. chat.where(m)
      .. " that you ran the tests ('" .. clause .. "'), but no command of yours had run them "
      .. (last_merge(run, claims.commands_before(run, m)) > 0 and "since your last merge or pull, " or "") .. "before that message"
  end
  return claims.unbacked_summary(run, mine, function(e) return claims.exec_runs_tests(run, e) end)
end

-- Words that say the suite passes: judged against tests_pass (kept and passing, nothing deselected).
local TESTS_CLAIMED = { "green", "tests pass", "tests are passing", "tests passing", "all tests", "all the tests",
  "every test", "tests all pass", "suite passes" }

-- Does text state one of words as so (a clause that is no negation, plan, question or quote, nor
-- a checklist's unticked box or a field answered no: "- [ ] pushed", "Pushed: not yet")?
-- "It should be pushed now, probably", "should already be on origin": "should" here says what
-- the learner believes the state is, not a plan ("should push next"), so it states it (a false one
-- is judged like a plain "pushed"); claims.lua reads every "should" as a plan.
local function believed(text)
  local t = tostring(text or "")
  t = t:gsub("([Ss])hould%s+already%s+be%s", "%1 is already "):gsub("([Ss])hould%s+now%s+be%s", "%1 is now ")
  t = t:gsub("[Ss]hould%s+be%s+([%w%-]+%s*[%w%-]*)%s+(now)%f[%A]", "is %1 %2")
    :gsub("[Ss]hould%s+be%s+([%w%-]+%s*[%w%-]*)%s+(already)%f[%A]", "is %1 %2")
    :gsub("[Ss]hould%s+be%s+([%w%-]+%s*[%w%-]*)%s+(by now)%f[%A]", "is %1 %2")
  return t
end
local function stated(text, words)
  return claims.claimed(unanswered.strip(believed(text)), words) ~= nil
end

local function reports_done(text)
  return report.states_done(text, { DONE_WORDS, WORK_WORDS })
end

-- Helen's remark on the learner's own commits (the rubric item `tidy`): what the branch tip
-- holds that neither the start of the run nor origin's main has (a scratch file, a merge tool's
-- *.orig, a debug dump) beyond the code, tests and docs, and subjects that say nothing ("wip",
-- "fix", "."). The learner's commits: the tip's history without the run's base, origin's main
-- (the bare remote's and the fetched one) and Ravi's own commits. nil, why when the branch does
-- not hold BILL-58 yet (nothing merged, nothing to judge) or git cannot say.
local GIT = "GIT_OPTIONAL_LOCKS=0 git -c safe.directory='*' -c core.quotepath=off"
-- words that name this work: "fix conflicts" or "update from main" says what the commit does
local NAMED = { "conflict", "merge", "main", "bill-", "late fee", "late-fee", "currency", "format_money", "rebase" }
local function committed_extra(path)
  return not (path:find("^billing/[%w_]+%.py$") or path:find("^tests/[%w_]+%.py$") or path == "README.md"
    or path == "CHANGELOG.md" or path == "pyproject.toml" or path == ".gitignore" or path == "conftest.py")
end
local function tidy_problems(run)
  if not run.base_commit then return nil, "the run's base commit is unknown" end
  if not resolved(run) then return nil, "nothing of origin/main is merged into " .. BRANCH .. " yet: no commit of yours to judge" end
  local b = run.base_commit
  -- $ex: what is not the learner's (the run's base, origin's main as it is and as fetched)
  local exclude = "ex='^" .. b .. "'; for r in $(" .. GIT .. " --git-dir=" .. ORIGIN .. " rev-parse -q --verify main) refs/remotes/origin/main; do "
    .. GIT .. " rev-parse -q --verify \"$r^{commit}\" >/dev/null 2>&1 && ex=\"$ex ^$r\"; done\n"
  local ok, out = run:sh(exclude
    .. GIT .. " log --no-color --format='%x01%an%x02%s%x02' " .. BRANCH .. " $ex && printf '\\003\\n' && "
    .. GIT .. " ls-tree -r --name-only " .. BRANCH .. " && printf '\\003\\n' && " .. GIT .. " ls-tree -r --name-only " .. b
    .. " && " .. GIT .. " --git-dir=" .. ORIGIN .. " ls-tree -r --name-only main && printf '\\003\\n'"
    -- the lines the branch adds to billing/ beyond origin's main (the late fee, the resolution)
    -- (the fetched origin/main; the run's base when there is none)
    .. "; m=$(" .. GIT .. " rev-parse -q --verify refs/remotes/origin/main^{commit}); " .. GIT
    .. " diff --no-color -U0 \"${m:-" .. b .. "}\" " .. BRANCH .. " -- billing 2>/dev/null; true")
  local listing, tip, known, added = tostring(out):match("^(.-)\3\n(.-)\3\n(.-)\3\n(.*)$")
  if not ok or not listing then return nil, "git could not list your commits" end
  local had = {}
  for path in known:gmatch("[^\n]+") do had[path] = true end
  local found = commit_hygiene.extra_paths(tip, function(path) return not had[path] and committed_extra(path) end,
    "your branch commits", "BILL-61 does not need (scratch files and merge leftovers stay out of commits)")
  local mine, vague = commit_hygiene.vague_commit(listing, function(c) return c.author == "Ravi Mehta" end, NAMED,
    "Merge origin/main into feature/late-fee")
  found[#found + 1] = vague
  -- debug code the learner's commits add to the code (a print left in summary())
  for line in added:gmatch("[^\n]+") do
    if commit_hygiene.debug_line(line) then
      found[#found + 1] = "your branch adds debug code to billing/: " .. line:sub(2):gsub("^%s+", ""):sub(1, 80)
      break
    end
  end
  -- the same commit twice: a rebased branch whose push was refused, then `git pull` without
  -- --rebase, merges its own old copy back in (BILL-61 once rebased, and once as it was: the
  -- run's base, still an ancestor of the branch)
  local dup_ok, dup = run:sh(exclude .. "{ " .. GIT .. " log --no-merges --no-color --format=%s " .. BRANCH .. " $ex; "
    .. GIT .. " merge-base --is-ancestor " .. b .. " " .. BRANCH .. " && " .. GIT .. " log -1 --no-color --format=%s " .. b
    .. "; } 2>/dev/null | sort | uniq -d | head -n 1")
  dup = dup_ok and tostring(dup or ""):match("[^\n]+")
  if dup then
    found[#found + 1] = "your branch has the commit '" .. dup:sub(1, 70) .. "' twice: the rebased copy and the old one, "
      .. "merged back in by a pull without --rebase (after a rebase, push with --force-with-lease)"
  end
  if mine == 0 and #found == 0 then return nil, "no commit of yours on " .. BRANCH .. " since the start" end
  return found
end

local function push_followup(run)
  followup = true
  -- a learner may have rewritten origin's main (a force push): then Ravi's fix cannot go on top,
  -- and he notices, as a teammate would
  local intact = run:sh("git --git-dir=" .. ORIGIN .. " log --format=%s main 2>/dev/null | grep -q 'BILL-58'")
  if not intact then
    run:post("#billing", "ravi", "Wait... origin/main doesn't have my BILL-58 any more?! Did someone force-push main? @helen")
    return
  end
  local ok = run:sh(ravi_push(RAVI_FIX, "Format yen without decimals (BILL-63)", "2024-03-12T10:20:00+00:00"))
  if not ok then
    run:post("#billing", "ravi", "Hmm, my push of a small fix to main just failed. Has something happened to origin/main? @helen")
    return
  end
  run:post("#billing", "ravi", "Heads-up: I just pushed one more small fix to main (BILL-63, yen amounts had decimals). Sorry for the moving target :sweat_smile: Please make sure your branch has it before Helen reviews.")
end

local TICKET_TEXT = [[
**Your PR `feature/late-fee` (BILL-61) can't be merged: it conflicts with `main`**

Ravi's BILL-58 (amounts in the invoice's currency) landed on `origin/main` this morning and
touches the same lines as your late fee.

Please:
1. bring `feature/late-fee` up to date with **`origin/main`**: merge it in, or rebase onto it,
   your choice (see `README.md`);
2. resolve the conflicts **keeping both changes**: the late fee, and amounts in the invoice's
   currency. Together, a GBP invoice of 100.00 that is 45 days overdue must read
   `Invoice 2024-0201: 102.00 GBP (incl. late fee 2.00 GBP)`;
3. keep **every test from both sides**; `python3 -m pytest -q` must pass;
4. push the branch and submit for my review. Let Ravi know, it's his code too.
]]

return {
  api = 1, id = "merge-conflict", title = "Your branch conflicts with main",
  summary = "Your late-fee pull request conflicts with a teammate's currency change. Bring the "
    .. "branch up to date (merge or rebase), resolve the conflicts keeping both changes and all "
    .. "tests, push, and keep the teammate in the loop, while main keeps moving.",
  family = "backend",
  role = "Junior backend developer", level = "junior",
  skills = { "git", "python", "testing", "collaboration" },
  minutes = 30, time_limit = 45 * 60, pass = 70,
  workspace = "workspace", needs = { "git", "python3" },

  cast = {
    ravi = {
      name = "Ravi Mehta", role = "Backend developer (teammate)",
      persona = [[Friendly teammate who merged the currency change (BILL-58) this morning.
Happy to explain what his change is for; does not resolve the conflict for you. Appreciates
being told when his work was merged into someone's branch, so he knows nothing was lost.]],
      knows = [[BILL-58: summary() shows amounts in the invoice's currency via
billing.money.format_money(cents, currency), default EUR. Any amount on a statement must go
through format_money, including fees. BILL-63 (pushed mid-run): JPY without decimals.]],
    },
    helen = {
      name = "Helen Brooks", role = "Tech lead", reviewer = true,
      persona = [[Tech lead, reviews pull requests. Wants branches up to date with origin/main,
no lost tests, no conflict markers, and both features working together. Merge or rebase: she
does not mind which, as long as the history is honest and the push is safe
(--force-with-lease after a rebase).]],
    },
  },
  channels = { "#billing" },

  tasks = {
    {
      id = "conflict", title = "BILL-61: your pull request has conflicts", from = "helen",
      ticket = TICKET_TEXT,
      checks = {
        { id = "up_to_date", label = "The branch contains the latest origin/main", points = 15,
          skill = "git", run = check("uptodate") },
        { id = "resolved_clean", label = "Resolution finished: no markers, nothing in progress or uncommitted", points = 10,
          skill = "git", run = check("clean") },
        { id = "teammate_kept", label = "Ravi's currency change still works", points = 15,
          skill = "collaboration", run = check("teammate"), required = true },
        { id = "feature_kept", label = "Your late fee still works", points = 15,
          skill = "python", run = check("feature"), required = true },
        { id = "combined", label = "Both work together (GBP invoice with a late fee)", points = 10,
          skill = "python", run = check("combined") },
        { id = "tests_pass", label = "All tests of both sides are kept and pass", points = 10,
          skill = "testing", run = check("tests") },
        { id = "pushed", label = "The branch is pushed to origin", points = 5,
          skill = "git", run = check("pushed") },
      },
      hints = {
        "`git fetch` first: your local `main` and `origin/main` are behind the remote. Then `git merge origin/main` (or `git rebase origin/main`) on feature/late-fee and read which files conflict with `git status`.",
        "In billing/invoice.py keep your late fee computation, but format every amount with Ravi's `format_money(cents, currency)`, the fee too. In the tests keep the functions of both sides: a conflict between two lists of tests usually means \"both\".",
        "After editing: `python3 -m pytest -q`, `git add` the files, then `git commit --no-edit` (merge) or `GIT_EDITOR=true git rebase --continue` (rebase), then `git push` (after a rebase: `git push --force-with-lease`). Watch #billing: main may move again.",
      },
      hint_cost = 5,
      review = "helen",
    },
  },

  rubric = {
    {
      id = "kept_ravi_in_loop", label = "Told Ravi his change was merged into the branch", points = 20,
      judge = "ravi", skill = "collaboration",
      criteria = [[20: after resolving, the learner told Ravi (DM or #billing) that the branch is
up to date / conflicts resolved, saying his currency change was kept (e.g. the late fee now goes
through format_money). 10: told him it's done without saying how his change was kept. 0: no
message to Ravi after resolving, or a claim that was not true (his change lost, markers
committed).]],
      scripted = function(run)
        local mine = chat.learner(run, { dm_or_channel = { who = "ravi", channel = "#billing" } })
        -- the report: every message to Ravi after the branch first held BILL-58 that says it is
        -- done (a report split over several messages counts whole); the last one must be there
        local reports = {}
        for _, x in ipairs(mine) do
          if msgs_at_resolved and x.i > msgs_at_resolved and reports_done(x.text) then reports[#reports + 1] = x end
        end
        local m = reports[#reports]
        if not m then return 0, "you never told Ravi, once it was resolved, that his change was merged into your branch" end
        -- what each message of the report claims must hold too: "pushed", "up to date", "tests green",
        -- read clause by clause (claims.claims): "I haven't pushed yet", "BILL-63 is not in yet",
        -- a plan or a quoted line of Ravi's claim nothing (a parenthesis is read with its clause:
        -- "haven't pulled your BILL-63 (yen) in yet")
        for _, r in ipairs(reports) do
          local claimed, text = {}, r.text:gsub("[()]", " ")
          if stated(text, { "pushed", "on origin", "on the remote", "in the remote" }) then claimed[#claimed + 1] = "pushed" end
          if stated(text, { "up to date", "up-to-date", "bill-63", "yen", "latest", "in sync", "synced", "caught up" }) then
            claimed[#claimed + 1] = "up_to_date"
          end
          if stated(text, TESTS_CLAIMED) then claimed[#claimed + 1] = "tests_pass" end
          for _, c in ipairs(claimed) do
            if not facts.check_passed(run, "conflict", c) then
              return 0, "you told Ravi " .. chat.where(r) .. " something that was not true: " .. run:task("conflict").checks[c].label:lower() .. " fails"
            end
          end
        end
        for _, c in ipairs({ "resolved_clean", "teammate_kept", "combined" }) do
          if not facts.check_passed(run, "conflict", c) then
            return 0, "you told Ravi it was merged " .. chat.where(m) .. ", but it was not true: " .. run:task("conflict").checks[c].label:lower() .. " fails"
          end
        end
        -- how his change was kept, in any wording and in any message of the report: his function,
        -- the currency, or his work named as such ("kept your formatting", "your fix is in")
        -- (the learner's own words: the ticket's "keeping both changes" or Ravi's "BILL-58 rewrote
        -- summary()" pasted back says nothing of what the learner kept)
        for _, r in ipairs(reports) do
          if chat.has_any(copied.own_words(run, r.text, { TICKET_TEXT }, r.i), HOW_KEPT) then
            return 20, "told Ravi how his change was kept " .. chat.where(r)
          end
        end
        return 10, "told Ravi it's done " .. chat.where(m) .. ", without saying how his change was kept"
      end,
    },
    {
      id = "tidy", label = "Only the resolution in your commits, with subjects that say what they do", points = 5,
      judge = "helen", skill = "git",
      criteria = [[5: the learner's commits on feature/late-fee (the merge or the rebased commits)
add nothing beyond billing/, tests/ and the project's docs (no scratch file, no *.orig of a merge
tool, no debug dump) and each subject says what the commit does ("Merge origin/main into
feature/late-fee", "Resolve conflicts with BILL-58"; not "wip", "fix", "."). 0 otherwise, or
when nothing was merged. A remark for the record: it does not hold up the review.]],
      scripted = function(run)
        local problems, why = tidy_problems(run)
        return commit_hygiene.verdict(5, problems, why, "your commits hold only the resolution, with subjects that say what they do")
      end,
    },
  },

  scripted = {
    ravi = {
      { match = "format_money", reply = "Yes: every amount on a statement should go through format_money(cents, currency), so fees too. Default currency is EUR." },
      { match = "currency", reply = "BILL-58 is just that: summary() shows the invoice's own currency via format_money. Anything printed as money should use it." },
      { match = "fee", reply = "Your fee logic is all yours, I didn't touch it. Just print the fee with format_money too, in the invoice's currency." },
      { match = "rebase", reply = "Rebase or merge, both fine with Helen. If you rebase, push with --force-with-lease." },
      { match = "merge", reply = "Rebase or merge, both fine with Helen. Ping me if a conflict in my part is unclear." },
      { reply = "Happy to explain my change if anything is unclear. The short version: money goes through format_money." },
    },
    helen = {
      { match = { "review", "submit", "approve", "merge" }, when = function(run) return run:status("conflict") == "done" end,
        reply = "Already approved and merged, thanks!" },
      { match = { "review", "submit", "approve" }, when = function(run) local st = run:status("conflict") return st == "submitted" or st == "in_review" end,
        reply = "Reviewing it now." },
      { match = "force", reply = "--force-with-lease after a rebase, yes. Plain --force only if you like surprises." },
      { match = "merge or", reply = "Either. Merge keeps the history as it happened; rebase keeps it linear. Pick one and do it cleanly." },
      { match = "test", reply = "All the tests from both sides, please: a conflict in a test file usually means keep both." },
      { match = "review", reply = "Submit it and I'll review: up to date with origin/main, tests green, both features working." },
      { reply = "Fetch, merge or rebase, resolve keeping both, run the tests, push. Ask Ravi about his side." },
    },
  },

  on_start = function(run)
    gitrepo.init(run, {
      author = "Helen Brooks", author_email = "helen.brooks@example.com",
      history = {
        { message = "Project skeleton", date = "2024-02-26T09:00:00+00:00",
          paths = { "README.md", ".gitignore", "pyproject.toml", "billing/__init__.py", "tests/__init__.py" } },
      },
      date = "2024-03-04T14:10:00+00:00",
      message = "Invoice totals and statement summary",
      exclude = { ".origin/" },
    })
    local me = gitrepo.identity(run)
    local setup = "set -e\nmkdir -p .origin && git clone -q --bare . .origin/billing.git\n"
      .. "git remote add origin " .. ORIGIN .. "\ngit fetch -q origin\ngit branch -q -u origin/main main\n"
      .. "git checkout -q -b " .. BRANCH .. "\n"
      .. heredoc("billing/invoice.py", BRANCH_INVOICE) .. heredoc("tests/test_invoice.py", BRANCH_TESTS)
      .. "git add -A && GIT_AUTHOR_DATE='2024-03-11T16:45:00+00:00' GIT_COMMITTER_DATE='2024-03-11T16:45:00+00:00' "
      .. "git commit -q -m 'Add a 2% late fee after 30 days overdue (BILL-61)'\n"
      .. "git push -q -u origin " .. BRANCH .. "\n"
    local ok, out = run:sh(setup)
    if not ok then error("branch setup failed: " .. tostring(out)) end
    ok, out = run:sh(ravi_push(heredoc("billing/money.py", RAVI_MONEY) .. heredoc("tests/test_money.py", RAVI_MONEY_TESTS)
      .. heredoc("billing/invoice.py", RAVI_INVOICE) .. heredoc("tests/test_invoice.py", RAVI_TESTS),
      "Show amounts in the invoice's currency (BILL-58)", "2024-03-12T08:55:00+00:00"))
    if not ok then error("ravi's push failed: " .. tostring(out)) end
    run:post("#billing", "helen", "Morning! " .. (me or "Your") .. ", your late-fee PR has conflicts now that Ravi's currency change is on main. Details in your ticket; merge or rebase, your call.")
    run:post("#billing", "ravi", "Sorry about the conflict! BILL-58 rewrote summary(). Ask me anything about my side.")
  end,

  on_command = function(run, cmd)
    commands = commands + 1
    local line = cmd.line or ""
    if not msgs_at_resolved and resolved(run) then msgs_at_resolved = #(run:messages() or {}) end
    if not followup and (msgs_at_resolved or commands >= 8) then
      push_followup(run)
    end
    -- moving origin's main by hand (update-ref in the remote, a +main / :main / --delete push)
    -- throws away what the team pushed, however it is done: the up_to_date check sees it too
    local moves_main = (line:find("update-ref", 1, true) and line:find(".origin", 1, true))
      or (line:find("push", 1, true) and (line:find("[+:]main%f[%W]") or line:find("--delete", 1, true)))
    if moves_main and not main_warned then
      main_warned = true
      run:say("helen", "Careful: that moves origin's main by hand. Main is the team's: Ravi's commits live there. Never rewind or rewrite it; bring it into your branch instead.")
    elseif line:find("push", 1, true) and line:find("--force", 1, true) and not line:find("force-with-lease", 1, true) then
      run:say("helen", "Saw a plain --force push. It worked this time, but --force-with-lease refuses to overwrite commits you haven't seen. Safer habit.")
    end
  end,

  on_message = function(run, msg)
    if not early_approval and run:status("conflict") ~= "done" then
      local clause = claims.claimed(msg.text, APPROVAL)
      -- (Ravi's own word on his side, "you approved", is the colleague's act, not Helen's review)
      if clause and not clause:lower():find("ravi", 1, true) and not clause:lower():find("%f[%a]you%f[%A]") then
        early_approval = (msg.to and ("to " .. msg.to:gsub("^%l", string.upper) .. " by direct message") or ("in " .. msg.channel))
          .. " ('" .. clause .. "')"
      end
    end
    local to_ravi = msg.to == "ravi" or (msg.channel == "#billing" and chat.has_any(msg.text, { "ravi" }))
    if not to_ravi or not reports_done(msg.text) then return nil end
    local function answer(text)
      if msg.to then run:say("ravi", text) else run:post(msg.channel, "ravi", text) end
      return true
    end
    if not resolved(run) then
      if not chat.has_any(msg.text, DONE_WORDS) then return nil end
      return answer("Hmm, I don't see my BILL-58 on feature/late-fee yet. Did you fetch and merge (or rebase onto) origin/main?")
    end
    local problem = branch_problem(run)
    if problem then
      return answer("I had a look at feature/late-fee: " .. problem .. ". Could you check again before Helen reviews?")
    end
    return answer("Thanks for keeping my change intact! :raised_hands: Late fees in every currency, nice.")
  end,

  -- Policy (scenarios/README.md): an approval that had not happened, passed on as the truth,
  -- fails the run however right the merge is.
  on_finish = function(run)
    local unbacked = unbacked_test_claim(run)
    if unbacked then
      run:penalize("false_test_claim", FABRICATED, unbacked .. ": a test run that never happened, passed on as the"
        .. " truth, fails the run")
    end
    if early_approval then
      run:penalize("fabricated_approval", FABRICATED, "said " .. early_approval .. " that the PR was approved before"
        .. " Helen had reviewed it: an approval that never happened, passed on as the truth, fails the run")
    end
  end,

  on_submit = function(run, task)
    run:say("helen", "Thanks, reviewing now.")
  end,

  on_review = function(run, task, verdict)
    if verdict and verdict.approved then
      run:post("#billing", "helen", "BILL-61 approved and merged. Late fees, in every currency. Thanks both!")
    end
  end,
}
