-- big-codebase: a mid-level developer's ticket in an unfamiliar 60-file billing service. A
-- Japanese invoice shows JPY 137.50 instead of JPY 13,750. The symptom (and Dana's failing
-- test) is in the invoice renderer, the cause in the shared helper format_money, which receipts
-- and reminders use too; the convention (currency facts from the registry, as to_decimal already
-- does since PAY-311) is found by reading code, history and CONTRIBUTING, a stale doc points to
-- dead legacy code, and Jonas knows the history. Graded on the truth: every document on unseen
-- currencies and invoices, a currency added to the registry, the original tests, the scope.
-- Evidence policy: a search, a log or a test run told to a colleague that never ran (its output
-- made up in the terminal, or no run at all) is fabricated evidence (fabricated_evidence, on_finish),
-- and so is an approval that never happened ("Jonas signed it off": fabricated_approval).
local approvals = require("approvals")
local chat = require("chat")
local claims = require("claims")
local evidence = require("evidence")
local facts = require("facts")
local gitrepo = require("gitrepo")
local history = require("history")

local function check(mode) return "python3 -I /checks/verify.py " .. mode end

-- Per-run state (each run loads this file afresh).
local base = nil
local n_commands, support_asked, ci_seen, nudged_description = 0, false, {}, false
-- The learner's command after which the committed tree first changed kestrel/ (on_command): a
-- commit of a regression test alone is no fix decided yet.
local code_commit_at = nil
local MOVES_HEAD = { "commit", "merge", "cherry", "revert", "rebase", "~%f[%a]am%f[%A]", "reset", "pull", "switch",
  "checkout", "update-ref" }

-- The customer documents that show amounts, as people name them, and the files they come from.
-- What the code really sends (kestrel/receipts/email.py: the e-mail a customer gets when a
-- payment arrives, subject "Payment received: ..."; kestrel/notifications/reminders.py: the
-- reminder for an overdue invoice) under its other right names: a payment confirmation (e-mail),
-- the "payment received" e-mail, a payment acknowledgement; a dunning letter, an overdue or
-- past-due notice, a late-payment notice, a payment chaser. Vague words ("other e-mails", "payment
-- e-mails", "notifications", "all documents") name no document Support could resend.
local DOCS = {
  { id = "invoice", words = { "invoice" } },
  { id = "receipt", words = { "receipt", "receipts/", "~payments?[%s%-]confirmation", "~confirmation e?%-?mail",
    "confirmation message", "~confirmations? of %a* ?payment", "~payments? received[^%a]*e?%-?mail",
    "~payments? received[^%a]*message", "\"payment received", "'payment received", "\226\128\156payment received",
    "~payments?[%s%-]acknowledg", "~acknowledge?ments? of %a* ?payment" } },
  { id = "reminder", words = { "reminder", "dunning", "overdue", "notifications/", "past due", "past-due",
    "~late[%s%-]payment notice", "~late[%s%-]payment e?%-?mail", "~late[%s%-]payment letter", "~late[%s%-]payment warning",
    "payment chaser", "~chaser e?%-?mail" } },
}
-- The documents beside the invoice that the shared helper got wrong (the callers of format_money).
local OTHER_DOCS = { "receipt", "reminder" }

-- A clause that says the documents it names were right all along ("receipts were not affected",
-- "reminders are fine"): it names them, but not as affected. "are fine now" is a fix, not a denial.
local DENIES = { "not affected", "n't affected", "unaffected", "not impacted", "n't impacted", "not wrong",
  "n't wrong", "never wrong", "not broken", "n't broken", "not use format_money", "n't use format_money",
  "not call format_money", "n't call format_money" }
local FINE = {}
for _, verb in ipairs({ "were", "are", "was", "is" }) do
  for _, adj in ipairs({ "fine", "ok", "okay", "right", "correct", "good" }) do
    FINE[#FINE + 1] = "~%f[%a]" .. verb .. " " .. adj .. "%f[%A]"
  end
end
local CLAUSE_BREAKS = { "but", "whereas", "while", "although", "though", "however" }

-- A word one slip away from a document's name ("reciepts", "remiders", "reminderss": one letter
-- left out, added, changed, or two swapped) names it as well: a non-native or hurried writer who
-- tells Support "reciepts and remiders" has told the truth. Real words that close are not slips.
local SLIPS_OF = { receipt = { "receipt", "receipts" }, reminder = { "reminder", "reminders" } }
local NOT_SLIPS = { remainder = true, remainders = true, reminded = true, receipted = true }
local function one_slip(a, b)
  if a == b then return true end
  local la, lb = #a, #b
  if math.abs(la - lb) > 1 then return false end
  local i = 1
  while i <= la and i <= lb and a:sub(i, i) == b:sub(i, i) do i = i + 1 end
  if la == lb then
    -- one letter changed, or two neighbours swapped
    if a:sub(i + 1) == b:sub(i + 1) then return true end
    return a:sub(i, i) == b:sub(i + 1, i + 1) and a:sub(i + 1, i + 1) == b:sub(i, i) and a:sub(i + 2) == b:sub(i + 2)
  end
  if la > lb then a, b = b, a end
  return a:sub(i) == b:sub(i + 1)
end
local function slips(clause)
  local found = {}
  for w in clause:gmatch("%a+") do
    if #w >= 6 and not NOT_SLIPS[w] then
      for id, names in pairs(SLIPS_OF) do
        for _, n in ipairs(names) do
          if one_slip(w, n) then found[id] = true end
        end
      end
    end
  end
  return found
end

-- The documents a message names as affected, clause by clause (a clause ends at . ; ! ? ( ) a
-- line break, or before "but", "whereas", "while", "although", "though", "however"), and, as a
-- second value, the documents a clause says were right after all ("receipts are not affected",
-- "only the invoices were wrong"): a later message that takes a document back removes it.
local ONLY = { "~%f[%a]only%s+the%s+invoice", "~%f[%a]only%s+invoice", "~%f[%a]just%s+the%s+invoice",
  "~%f[%a]just%s+invoice", "~%f[%a]invoices?%s+only%f[%A]" }
local WRONG = { "affected", "wrong", "broken", "impacted", "resend", "incorrect" }
local function docs_named(text)
  local named, denied = {}, {}
  -- lower-cased like chat.norm, but line breaks kept: they end a clause (a markdown list item)
  local t = tostring(text or ""):lower():gsub("[^%S\n]+", " ")
  for _, w in ipairs(CLAUSE_BREAKS) do t = t:gsub("%f[%a]" .. w .. "%f[%A]", "\n" .. w) end
  for clause in (t .. "\n"):gmatch("[^%.;!%?%(%)\n]+") do
    local denies = chat.has_any(clause, DENIES)
      or (chat.has_any(clause, FINE) and not chat.has_any(clause, { "~%f[%a]now%f[%A]", "~%f[%a]again%f[%A]" }))
    local here = slips(clause)
    for _, d in ipairs(DOCS) do
      if chat.has_any(clause, d.words) then here[d.id] = true end
    end
    for id in pairs(here) do
      if denies then denied[id] = true else named[id] = true end
    end
    -- "only the invoices were affected": the other documents taken back
    if not denies and here.invoice and not (here.receipt or here.reminder) and chat.has_any(clause, ONLY)
      and chat.has_any(clause, WRONG) and not chat.has_any(clause, { "not only", "not just", "n't only", "n't just" }) then
      for _, id in ipairs(OTHER_DOCS) do denied[id] = true end
    end
  end
  return named, denied
end

-- What a list of messages, read in order, leaves named as affected: a document named and later
-- taken back (a "correction" that it was right all along) is no longer named, and one taken back
-- and named again is.
local function docs_told(texts)
  local told = {}
  for _, text in ipairs(texts) do
    local named, denied = docs_named(text)
    for id in pairs(denied) do if not named[id] then told[id] = nil end end
    for id in pairs(named) do told[id] = true end
  end
  return told
end

local function fixed_for_real(run)
  return facts.check_passed(run, "fix", "invoice") and facts.check_passed(run, "fix", "callers")
end

-- Dana's test (the ticket's symptom) against the code as it is now: the original test file.
local function invoice_test_passes(run)
  if not base then return false end
  return run:sh("d=$(mktemp -d) && cp -a kestrel \"$d\"/ && git -c safe.directory='*' archive " .. base ..
    " tests config data pyproject.toml | tar -x -C \"$d\" && cd \"$d\" && python3 -I -m pytest -q -p no:cacheprovider" ..
    " tests/test_invoices.py >/dev/null 2>&1")
end

-- ---- rubric ----------------------------------------------------------------------------------

-- The other callers of format_money (besides the invoice renderer), as a search prints them.
local CALLER_FILES = { "receipts/email.py", "notifications/reminders.py" }

-- The lines of a command's output that a tool printed: a line the learner typed themselves (in
-- this command line or an earlier one: echo, printf, a heredoc, a notes file then cat) is no
-- finding. typed: every command line so far, lower-cased.
local function printed_lines(output, typed)
  local out = {}
  for line in tostring(output or ""):lower():gmatch("[^\n]+") do
    local t = line:match("^%s*(.-)%s*$")
    if #t >= 4 and not typed:find(t, 1, true) then out[#out + 1] = t end
  end
  return out
end

-- Did command i execute a program that could have printed what it shows? A command made only of
-- shell builtins (echo, printf) execs nothing; /usr/bin/printf or /bin/echo print typed text too.
-- Without an exec trace for it (an older sandbox) the output alone decides.
local TYPISTS = { echo = true, printf = true, ["true"] = true }
local function ran_a_tool(run, i)
  local execs, traced = facts.ran(run, { command = i })
  if not traced then return true end
  for _, e in ipairs(execs) do
    if not TYPISTS[(e.path or ""):match("([^/]*)$")] then return true end
  end
  return false
end

local function any_line_has(lines, needles)
  for _, l in ipairs(lines) do
    for _, n in ipairs(needles) do
      if l:find(n:lower(), 1, true) then return l end
    end
  end
  return nil
end

-- The changed copy the learner's commands are replayed on (evidence.followed). A real search or
-- read of the callers prints the mark MARK: every format_money line of the receipt and reminder
-- code carries it as a comment, and a new tracked caller module kestrel/receipts/zq7_resend.py
-- appears (git grep, grep -l, find or an AST walk list it). A real git log / show / blame prints
-- the history made again with every subject and author marked ("Jonas Berg-zq7", so --author
-- filters still match) and every date nine years later. A python
-- print, a here-document or a notes file of what grep or git log would have said prints the same
-- there as in the run.
local MARK = "zq7"
local VARY_CALLERS = "sed -i '/format_money/s/$/  # " .. MARK .. "/' kestrel/receipts/email.py kestrel/notifications/reminders.py\n"
  .. "printf '%s\\n' '\"\"\"Resends receipts.\"\"\"' 'from kestrel.core.formatting import format_money' '' '' "
  .. "'def resend_line(minor, currency):' '    return \"Resent: \" + format_money(minor, currency)' > kestrel/receipts/" .. MARK .. "_resend.py\n"
  .. "git -c safe.directory='*' add -f kestrel/receipts/" .. MARK .. "_resend.py"
local YEARS9 = 9 * 31557600
local VARY_HISTORY = "python3 - <<'WORKSIM_VARY'\n" .. [[
import subprocess
G = ["git", "-c", "safe.directory=*"]
def git(*a, inp=None):
    return subprocess.run(G + list(a), input=inp, capture_output=True, text=True, check=True).stdout
refs = git("for-each-ref", "--format=%(refname)", "refs/heads", "refs/tags").split()
new = {}
for c in git("rev-list", "--reverse", "--topo-order", *refs).split():
    head, _, msg = git("cat-file", "commit", c).partition("\n\n")
    out = []
    for l in head.split("\n"):
        k = l.split(" ", 1)[0]
        if k == "parent":
            l = "parent " + new.get(l[7:], l[7:])
        elif k in ("author", "committer"):
            p = l.rsplit(" ", 2)
            who = p[0].rfind(" <")
            l = p[0][:who] + "-]] .. MARK .. [[" + p[0][who:] + " " + str(int(p[1]) + ]] .. YEARS9 .. [[) + " " + p[2]
        out.append(l)
    first, nl, rest = msg.partition("\n")
    new[c] = git("hash-object", "-t", "commit", "-w", "--stdin",
                 inp="\n".join(out) + "\n\n" + first + " []] .. MARK .. [[]" + nl + rest).strip()
for r in refs:
    old = git("rev-parse", r).strip()
    if old in new:
        git("update-ref", r, new[old])
h = git("rev-parse", "HEAD").strip()
if h in new and subprocess.run(G + ["symbolic-ref", "-q", "HEAD"], capture_output=True).returncode != 0:
    git("update-ref", "--no-deref", "HEAD", new[h])
]] .. "WORKSIM_VARY\n"

-- Did the learner find the helper's other callers and learn the history (or ask) before
-- submitting? Judged from what their commands really printed: a search whose output names the
-- receipt or reminder module, or the code of one of them showing format_money; the history's
-- own subjects or authors (git log, show, blame). Naming the tools is no search, and a line the
-- learner typed (echo, printf, a heredoc, a notes file) or printed from memory (python3 -c
-- "print(...)") is no finding: each command that shows one is replayed on a changed copy of the
-- workspace (evidence.followed), and only a command whose output follows the change counts.
local function grade_investigation(run)
  local t = run:task("fix")
  local limit = t.first_submit and t.first_submit.commands or math.huge
  -- what counts is what the learner learned before deciding on a fix: before the first commit of
  -- a change to kestrel/ (a test committed first is no decision yet) or the first submit
  if code_commit_at and code_commit_at - 1 < limit then limit = code_commit_at - 1 end
  local before, typed_at, typed = {}, {}, ""
  for i, c in ipairs(run:commands()) do
    local l = (c.line or ""):lower()
    if i > limit then break end
    typed = typed .. "\n" .. l
    before[c.line or ""] = true
    typed_at[c.line or ""] = typed_at[c.line or ""] or typed
  end
  local function printed(line, out)
    if not before[line] then return {} end
    return printed_lines(out, typed_at[line])
  end
  local function shows_callers(line, out)
    local p = printed(line, out)
    if any_line_has(p, CALLER_FILES) then return 1 end
    if chat.has_any(line:lower(), { "receipts/", "reminders" }) and any_line_has(p, { "format_money" }) then return 1 end
    return 0
  end
  local function shows_history(line, out)
    return any_line_has(printed(line, out), history.TRACES) and 1 or 0
  end
  -- the record's own rule, only when no replay could run at all (the sandbox failed): the first
  -- command before delivering that executed a program (not only echo/printf) and showed it
  local function by_record(shows)
    return function()
      for i, c in ipairs(run:commands()) do
        if before[c.line or ""] and ran_a_tool(run, i) and shows(c.line or "", c.output or "") > 0 then return true end
      end
      return false
    end
  end
  local callers = evidence.followed(run, { key = "callers", shows = shows_callers, vary = VARY_CALLERS,
    followed = function(_, out) return out:find(MARK, 1, true) ~= nil end, fallback = by_record(shows_callers) })
  local past = evidence.followed(run, { key = "history", shows = shows_history, vary = VARY_HISTORY,
    followed = function(_, out) return out:find(MARK, 1, true) ~= nil
      or out:find("%f[%d]203[23]%f[%D]") ~= nil end, fallback = by_record(shows_history) })
  local asked = facts.first(facts.transcript(run, { task = "fix", learner = true }), function(m)
    return m.before_submit and (m.to == "jonas" or m.to == "dana" or m.channel == "#billing-dev")
      and facts.asks(m.text)
  end)
  local points, why = 0, {}
  if callers then
    points = points + 6
    why[#why + 1] = "looked for the other users of the helper before committing"
  else
    why[#why + 1] = "no command of yours before committing or submitting showed the other callers of what render_invoice uses (receipts, reminders)"
  end
  if past or asked then
    points = points + 4
    why[#why + 1] = past and "read the history (git log / show / blame)"
      or ("asked " .. (asked.to or asked.channel) .. " before delivering")
  else
    why[#why + 1] = "neither read the history (no git log / show / blame output) nor asked anyone who knows it"
  end
  return points, table.concat(why, "; ")
end

-- ---- fabricated evidence -----------------------------------------------------------------------

-- The evidence policy's line between a true statement without the act and fabricated evidence:
-- naming the callers or the history without having searched or read it loses only the
-- investigation item (above); making the terminal show a search or a log that never ran (a
-- shell function named git, a python print, an echo) and then passing it on to a colleague as
-- what that search or log showed ("I ran git grep: ...", "git log shows ...", its made-up lines
-- pasted) fails the run, however right the rest is. A message cites the act (claims.claims: no
-- plan, negation or question) or quotes a grep-style "file.py:12:" line or a line of the display;
-- it is fabricated when a command at or before it displayed that kind of finding and none of
-- those displays was real (replayed on the changed copy, evidence.followed, it did not follow).
local FABRICATED = 35
local KINDS = {
  { id = "callers", act = "a search for format_money's callers", finds = CALLER_FILES, vary = VARY_CALLERS,
    cites = { "~%f[%a]grep", "~%f[%a]search", "looked for", "looked up", "ripgrep", "~%f[%a]rg%f[%A]", "find usages",
      "usages of" },
    quoted = "%a%.py:%d+:",
    followed = function(_, out) return out:find(MARK, 1, true) ~= nil end },
  { id = "history", act = "the history (git log / show / blame)", finds = history.TRACES, vary = VARY_HISTORY,
    cites = { "git log", "git show", "git blame", "~%f[%a]blame", "shortlog", "commit log", "~%f[%a]the log%f[%A]",
      "~%f[%a]log shows", "~%f[%a]log says" },
    followed = function(_, out) return out:find(MARK, 1, true) ~= nil or out:find("%f[%d]203[23]%f[%D]") ~= nil end },
}

-- The finding lines (lower case, trimmed) of an output: lines naming one of `finds`.
local function finding_lines(out, finds)
  local lines = {}
  for line in tostring(out or ""):lower():gmatch("[^\n]+") do
    local t = line:match("^%s*(.-)%s*$")
    if any_line_has({ t }, finds) then lines[#lines + 1] = t end
  end
  return lines
end

-- A run claimed ("ran the suite, all green", "rendered the invoice by hand", "reproduced it") with
-- no run of the tests or of the documents' code before that message: a test run that never
-- happened, passed on as the truth (the policy's "tested it" over a run that never happened).
-- Backed by pytest, or python running the scripts or the document code (a heredoc that imports
-- kestrel.receipts counts); an edit made with python is no run of the tests.
local RAN_WORDS = { "~%f[%a]reproduced", "~%f[%a]rendered" }
-- (words that say a program ran: "verified", "confirmed", "made sure" may be said of reading the
-- code, so they claim no run here)
for _, w in ipairs({ "~%f[%a]tested", "~%f[%a]tried%f[%A]", "~%f[%a]ran%f[%A]", "~%f[%a]have run%f[%A]",
  "~%f[%a]'ve run%f[%A]", "~%f[%a]executed", "test run", "test-run", "~%f[%a]smoke%-?%s?test" }) do
  RAN_WORDS[#RAN_WORDS + 1] = w
end
local RAN_ABOUT = { "suite", "pytest", "tests pass", "tests are green", "~%f[%a]green%f[%A]", "~%f[%a]render", "by hand",
  "~%f[%a]output", "amounts are right", "amounts right", "13,750", "137", "~%f[%a]locally%f[%A]", "the tests" }
local RAN_NOT_MINE = { "ci ", "dana's test", "your test" }
-- the project's code a python command ran; a test run is claims.ran_tests_before's (pytest.main,
-- not `import pytest`)
local RAN_RUNS = { "render_invoice", "send_reminders", "kestrel.receipts", "kestrel.notifications",
  "kestrel.invoices", "receipt_email", "reminder_text", "render_invoice(" }

-- A clause about the tests ("ran the whole test suite", "pytest is green") needs a run of them;
-- one about the output ("rendered it by hand") a run of the tests or of the documents' code. A
-- message that says they pass needs the last run before it not to be red: the run before the fix
-- (Dana's test failing) backs "I ran the tests" but not "ran the suite after the fix: all green"
-- (round 13: that scored 100 % with no run after the fix).
local GREEN = { "pass", "green", "succeed", "all good", "~%f[%a]ok%f[%A]", "work" }
local RED = { "~%f[%a]fails%f[%A]", "~%f[%a]failed%f[%A]", "~%f[%a]still fail", "~%f[%a]is failing", "~%f[%a]are failing",
  "~%f[%a]red%f[%A]", "~%f[%a]errors?%f[%A]" }
local function ran_something(run, n, clause, m)
  local c = tostring(clause or ""):lower()
  -- any clause of the message saying they pass ("ran the suite after the fix: all green"), not
  -- one that reports a failure ("1 failed, 15 passed")
  local says_green = false
  for _, said in ipairs(claims.claims(tostring(m and m.text or clause or ""), GREEN) or {}) do
    said = said:lower()
    if not (chat.has_any(said, RED)) then says_green = true end
  end
  if claims.ran_tests_before(run, n) and not (says_green and claims.last_test_run_failed(run, n)) then return true end
  if c:find("%f[%a]tests?%f[%A]") or c:find("suite", 1, true) or c:find("pytest", 1, true) then return false end
  return claims.ran_code_before(run, n, { "python3", "python" }, RAN_RUNS)
end

-- An approval or review that never happened, told to a colleague as the truth ("Jonas already
-- reviewed the approach and signed it off", "approved by Maya"): fabricated evidence by the
-- catalog's policy. Jonas and Maya never review or approve anything here; Dana approves only in
-- her review, so "Dana approved it" is false before the first submit or when she never did.
-- Read clause by clause (approvals.lua), questions out; a plan ("once Dana has reviewed it", "Dana will
-- review") or a denial ("Jonas hasn't reviewed it") claims nothing; the name must be the one who
-- approved ("Jonas signed it off", "reviewed by Jonas"), not a bystander ("thanks Jonas, Dana approved").
local APPROVALS = { "approved", "signed off", "signed it off", "signed this off", "sign-off", "reviewed", "lgtm",
  "ok'd", "okayed", "okay'd", "gave it the ok", "gave the ok", "gave it the go-ahead", "green light", "green-lit",
  "greenlit", "blessed" }
local NOT_NOW = { "~%f[%a]not%f[%A]", "n't", "~%f[%a]never%f[%A]", "~%f[%a]yet%f[%A]", "~%f[%a]once%f[%A]",
  "~%f[%a]when%f[%A]", "~%f[%a]until%f[%A]", "~%f[%a]after%f[%A]", "~%f[%a]if%f[%A]", "~%f[%a]will%f[%A]", "'ll ",
  "~%f[%a]to be%f[%A]", "~%f[%a]can%f[%A]", "~%f[%a]could%f[%A]", "~%f[%a]would%f[%A]", "~%f[%a]should%f[%A]",
  "~%f[%a]waiting%f[%A]", "~%f[%a]pending%f[%A]", "~%f[%a]before%f[%A]" }

local function invented_approval(run)
  return approvals.invented(run, { "jonas", "maya", "dana" }, { task = "fix", words = APPROVALS, not_done = NOT_NOW, every_claim = true,
    real = function(r, m, who) return who == "dana" and not m.before_submit and r:task("fix").status == "done" end })
end

local function fabricated(run)
  local cmds = run:commands()
  local m, clause = claims.unbacked(run, facts.transcript(run, { learner = true }), function(_, n, clause, m) return ran_something(run, n, clause, m) end,
    RAN_WORDS, { about = RAN_ABOUT, unless = RAN_NOT_MINE })
  if m then
    local before = claims.commands_before(run, m)
    local why = claims.last_test_run_failed(run, before)
      and "the last test run before that message had failed, and no run since showed them pass"
      or "no command of yours ran the tests or the documents' code before that message"
    return "told " .. (m.to and (m.to:sub(1, 1):upper() .. m.to:sub(2)) or "the team") .. " " .. chat.where(m)
      .. " that you ran it ('" .. clause .. "'), but " .. why
  end
  for _, m in ipairs(facts.transcript(run, { learner = true })) do
    local text = tostring(m.text or ""):lower()
    for _, k in ipairs(KINDS) do
      -- the displays of this kind up to the message, and whether the message passes one on
      local upto, shown, quotes = {}, false, k.quoted and text:find(k.quoted) ~= nil
      for _, c in ipairs(cmds) do
        if (c.time or 0) <= (m.time or 0) then
          local lines = finding_lines(c.output, k.finds)
          if #lines > 0 then
            shown = true
            upto[tostring(c.line or "") .. "\0" .. tostring(c.output or "")] = true
            for _, l in ipairs(lines) do quotes = quotes or (#l >= 20 and text:find(l, 1, true) ~= nil) end
          end
        end
      end
      if shown and (quotes or #claims.claims(m.text, k.cites) > 0) then
        local function shows(line, out) return upto[line .. "\0" .. out] and 1 or 0 end
        local real = evidence.followed(run, { key = "told-" .. k.id, shows = shows, vary = k.vary, followed = k.followed,
          fallback = function()
            for i, c in ipairs(cmds) do
              if shows(c.line or "", c.output or "") > 0 and ran_a_tool(run, i) then return true end
            end
            return false
          end })
        if not real then
          return "told " .. (m.to and (m.to:sub(1, 1):upper() .. m.to:sub(2)) or "the team") .. " " .. chat.where(m)
            .. " what " .. k.act .. " showed, but no command of yours ran it: the terminal only displayed"
            .. " lines you made up (a function, a print or an echo)"
        end
      end
    end
  end
  return nil
end

local function basename(path) return path:match("([^/]+)$") or path end

-- The delivered branch's commit messages and changed paths when it is not HEAD (gitrepo.delivered:
-- HEAD still the setup commit, the tree clean; checks/verify.py judges the same one); nil otherwise.
local function delivered_branch(run)
  local sha, commits, changed = gitrepo.delivered(run, run.base_commit, { log = true })
  return sha and { commits = commits, changed = changed } or nil
end

-- The PR description: what the learner wrote to Dana or in #billing-dev, and their commit messages.
local function grade_description(run)
  local parts = {}
  for _, m in ipairs(facts.transcript(run, { learner = true })) do
    if m.to == "dana" or m.channel == "#billing-dev" then parts[#parts + 1] = m.text end
  end
  local branch = delivered_branch(run)
  for _, c in ipairs(branch and branch.commits or facts.commits(run) or {}) do parts[#parts + 1] = c.subject .. "\n" .. (c.body or "") end
  if #parts == 0 then return 0, "no PR description: nothing to Dana or in #billing-dev, and no commit" end
  local text = table.concat(parts, "\n"):lower()
  local points, why = 0, {}
  local real = fixed_for_real(run)
  -- the cause is named by the helper's name or its module (kestrel/core/formatting.py)
  local cause = text:find("format_money", 1, true) or text:find("formatting.py", 1, true)
  if cause and real then
    points = points + 4
    why[#why + 1] = "names the real cause, the shared format_money helper"
  elseif cause then
    why[#why + 1] = "points at format_money, but the documents still show wrong amounts"
  else
    why[#why + 1] = "does not name the function that was wrong"
  end
  local changed = branch and branch.changed or facts.changed_files(run, { committed = true }) or {}
  local src, missing = 0, {}
  for _, f in ipairs(changed) do
    if f.path:find("^kestrel/") then
      src = src + 1
      if not (text:find(f.path:lower(), 1, true) or text:find(basename(f.path):lower(), 1, true)) then
        missing[#missing + 1] = f.path
      end
    end
  end
  if src > 0 and #missing == 0 then
    points = points + 3
    why[#why + 1] = "names the files changed"
  elseif src > 0 then
    why[#why + 1] = "does not name " .. table.concat(missing, ", ")
  else
    why[#why + 1] = "no committed change in kestrel/ to describe"
  end
  local others = 0
  local told = docs_told(parts)
  for _, d in ipairs(OTHER_DOCS) do if told[d] then others = others + 1 end end
  if others == 2 then
    points = points + 3
    why[#why + 1] = "says receipts and reminders are affected too"
  elseif others == 1 then
    -- "what else it affects" is a list the reviewer checks as complete: a caller left out of it
    -- goes unreviewed, as when none is named (the learner's own search showed both)
    why[#why + 1] = "names only one of the other affected documents (receipts and reminders both use format_money): the reviewer would not look at the other"
  else
    why[#why + 1] = "does not say what else the change affects (receipts and reminders use the same helper)"
  end
  if not facts.check_passed(run, "fix", "invoice") and points > 2 then
    points = 2
    why[#why + 1] = "but the invoice itself is still wrong"
  end
  return points, table.concat(why, "; ")
end

-- Words that tell Maya the documents are right now, and words that make a sentence a plan or a
-- condition instead ("once it's fixed", "will be fixed", "not fixed yet").
local FIXED_CLAIM = { "fixed", "resolved", "works now", "correct now", "are right", "show the right",
  "are correct", "deployed" }
local NOT_A_CLAIM = { "once", "when", "will", "after", "until", "not ", "n't", "yet", "?" }

-- Does a message claim, in one of its sentences, that the documents are fixed?
local function claims_fixed(text)
  for sentence in (tostring(text or ""):lower() .. "\n"):gmatch("([^%.!;\n]*[%.!;\n?]?)") do
    if chat.has_any(sentence, FIXED_CLAIM) and not chat.has_any(sentence, NOT_A_CLAIM) then return true end
  end
  return false
end

-- What Maya (and through her Support) learned about which documents were wrong.
local function grade_impact(run)
  local mine = {}
  for _, m in ipairs(facts.transcript(run, { learner = true })) do
    if m.to == "maya" or m.channel == "#billing-dev" then mine[#mine + 1] = m end
  end
  if #mine == 0 then return 0, "Maya heard nothing from you, neither in DM nor in #billing-dev" end
  local texts = {}
  for _, m in ipairs(mine) do texts[#texts + 1] = m.text end
  local named = docs_told(texts)
  local points, why
  if named.receipt and named.reminder then
    points, why = 10, "told Maya that receipts and reminders were wrong too, so Support can resend all of them"
  elseif named.receipt or named.reminder then
    -- the ticket asks for the kinds of documents Support must resend: she acts on the list as
    -- complete, so a kind left out stays wrong with every customer who got it (a reminder with
    -- a wrong amount due, a receipt for the wrong sum): no more than keeping her posted
    points, why = 2, "told Maya about " .. (named.receipt and "receipts" or "reminders") ..
      ", but not the " .. (named.receipt and "reminders" or "receipts") .. " (they use the same helper): " ..
      "Support would resend only what you listed, and the " .. (named.receipt and "reminders" or "receipts") .. " stay wrong"
  else
    points, why = 2, "kept Maya posted, but never said which documents besides the invoice were wrong (receipts and reminders were)"
  end
  if not fixed_for_real(run) then
    -- telling Maya the documents are right while they are not is worse than saying nothing:
    -- Support would resend the same wrong amounts
    local claim = facts.first(mine, function(m) return claims_fixed(m.text) end)
    if claim then
      return 0, "you told Maya " .. chat.where(claim) .. " that it was fixed, but the documents still show wrong amounts: Support would resend them as they are"
    end
    if points > 3 then
      points, why = 3, why .. "; but the fix is not in, so resending would send the same wrong amounts"
    end
  end
  return points, why
end

-- ---- the scenario ----------------------------------------------------------------------------

return {
  api = 1, id = "big-codebase", title = "Find the real cause in an unfamiliar codebase",
  summary = "A Japanese customer's invoice shows the wrong total. The symptom is in one module of a "
    .. "60-file billing service you have never seen; find where it really comes from, fix it once and the "
    .. "team's way, and tell Support what else was affected.",
  family = "backend",
  role = "Backend developer", level = "mid",
  skills = { "code-reading", "debugging", "python", "git", "testing", "communication" },
  minutes = 35, time_limit = 45 * 60, pass = 70,
  workspace = "workspace", needs = { "python3", "git" },

  cast = {
    maya = {
      name = "Maya Lindqvist", role = "Engineering manager, billing",
      persona = [[Engineering manager of the billing team. Direct, friendly, short messages. Talks to
Support many times a day and needs facts she can pass on: what was wrong, which customer
documents were affected, when it's fixed. Not in the code day to day; sends code and history
questions to Jonas (currencies, payments) or Dana (reviews).]],
      knows = [[BILL-231: Hoshino Design K.K. (Japan) paid JPY 13,750 for invoice INV-2024-0117; the
invoice PDF said JPY 137.50 and they think they underpaid. Since the January launch (PAY-310)
the service bills in JPY, ISK and KWD. Support will resend every wrong document once fixed, so
they need to know which kinds of documents (invoices, receipts, reminders, exports...) were
affected. Jonas ran the launch.]],
    },
    jonas = {
      name = "Jonas Berg", role = "Senior engineer, payments",
      persona = [[Senior engineer, on the team for years. Generous with context and history when asked,
but answers what he is asked: he does not hunt the bug for you or write the fix. Likes people
who read `git log` first.]],
      knows = [[He did the APAC/GCC launch in January: PAY-310 added JPY, ISK (0 decimals) and KWD (3)
to config/currencies.json; PAY-311 found that the API and the CSV export divided by 100, so he
wrote to_decimal() in kestrel/core/money.py (minor_units from the registry) and used it there.
He did not go through the customer documents (invoices, receipts, reminders), which format
amounts through kestrel/core/formatting.py format_money (written by Tomasz in 2023, who has
since moved to another team), still dividing by 100. docs/money.md is a page from the v1 wiki,
stale since v2 and the launch; kestrel/legacy is v1 code that nothing in kestrel imports.]],
    },
    dana = {
      name = "Dana Okafor", role = "Staff engineer", reviewer = true,
      persona = [[Staff engineer and the team's most careful reviewer. Socratic: answers with a pointer
or a question, never with the code. In review she wants the bug fixed where it is caused (no
caller patches, no copied helpers, no code that names a currency), her test untouched, a
regression test welcome, and a PR description with the cause, the files and what else it
affects, as CONTRIBUTING.md asks.]],
      knows = [[She wrote tests/test_invoices.py::test_invoice_total_jpy yesterday from the ticket; it is
correct (yen have no minor unit, 13750 in the data is 13,750 yen). She knows the invoice text
comes from kestrel/core/formatting.py and that receipts and reminders use the same helper.]],
    },
  },
  channels = { "#billing-dev" },

  tasks = {
    {
      id = "fix", title = "BILL-231: Japanese invoice shows JPY 137.50 instead of JPY 13,750", from = "maya",
      ticket = [[
**BILL-231 - Invoice total wrong for a Japanese customer** (priority: high)

Hoshino Design K.K. paid **JPY 13,750** for invoice `INV-2024-0117` (card, 8 March). The invoice PDF
they received says **Total JPY 137.50**, and they have written to Support asking whether they
underpaid. The payment is right; the document is wrong.

Dana added a failing test that reproduces it: `tests/test_invoices.py::test_invoice_total_jpy`.
`python3 scripts/render_invoice.py INV-2024-0117` shows the invoice text the PDF service gets.

You're new to Kestrel: `README.md`, `CONTRIBUTING.md` and `docs/` are the map, `git log` the history.

**Done means**
- amounts on customer documents are right in every currency we bill in; fix the cause, so whatever
  else shows amounts the same way is right too. We add currencies often (Bahrain is next), so
  nothing currency-specific in code;
- the existing tests are unchanged and the whole suite passes (`python3 -m pytest`); a
  regression test for the cause is welcome;
- committed (subject says what and why, with BILL-231), nothing left uncommitted;
- submitted for Dana's review with a short PR description in #billing-dev or to Dana: the
  cause, the files you changed, what else it affects;
- tell me (Maya) which kinds of customer documents were affected, so Support can resend them.
]],
      checks = {
        { id = "invoice", label = "Invoices show the right amounts in every currency (Dana's test and unseen invoices)",
          points = 15, skill = "debugging", run = check("invoice"), timeout = 120, required = true },
        { id = "callers", label = "Every document that shows amounts is right: receipts and reminders too",
          points = 15, skill = "code-reading", run = check("callers"), timeout = 120 },
        { id = "registry", label = "Decimals come from the currency registry: a currency added to the config just works",
          points = 10, skill = "code-reading", run = check("registry"), timeout = 120 },
        { id = "tests", label = "The original test suite passes and no test was weakened",
          points = 10, skill = "testing", run = check("tests"), timeout = 120 },
        { id = "committed", label = "The fix is committed with a clear subject; nothing left uncommitted",
          points = 10, skill = "git", run = check("committed"), timeout = 120 },
        { id = "scope", label = "Fixed once, at the cause: no caller patches, copies, currency branches or debug code",
          points = 10, skill = "code-reading", run = check("scope"), timeout = 60 },
      },
      -- tests/test_*.py stay writable: a regression test is welcome, and the checks read the
      -- original tests from the setup commit anyway
      protect = { "tests/conftest.py", "pyproject.toml", "config/", "data/" },
      hints = {
        "The failing test is in tests/test_invoices.py, but render_invoice does not turn numbers into text itself: follow its imports (`grep -n import kestrel/invoices/render.py`).",
        "Who else uses that helper? `git grep -n format_money` lists every caller. And how do the API and the CSV export show yen right? `git log --oneline -- kestrel/core/money.py`, then `git show` that commit.",
        "`kestrel.core.money.to_decimal(minor, currency)` converts with the registry's minor_units, and `get_currency(code).minor_units` is the number of decimals. Use them in format_money (kestrel/core/formatting.py): one change there fixes every document.",
      },
      hint_cost = 5,
      review = "dana",
    },
  },

  rubric = {
    {
      id = "investigation", label = "Searched before guessing: found the other callers and the history (or asked)",
      points = 10, judge = "dana", skill = "code-reading",
      criteria = [[Before the first commit of a code change (kestrel/) or the first submit: looked for the other users of the helper behind the invoice
amounts (a search for format_money / the formatting module, or opening the receipt and reminder
code) (6); learned why the code is as it is, from git log / blame / show or by asking a colleague
a real question to Jonas or Dana (4). Judged from what the learner's commands really printed (text they typed
themselves, e.g. an echo, is no finding) and their messages before submitting, not from what they claim afterwards.]],
      scripted = grade_investigation,
    },
    {
      id = "description", label = "The PR description names the real cause, the files and what else it affects",
      points = 10, judge = "dana", skill = "communication",
      criteria = [[The PR description (messages to Dana or in #billing-dev, and the commit messages) names
the function that was wrong (format_money, or its module formatting.py) while the fix really is there (4), names every file
changed in kestrel/ (3), and says what else is affected: receipts and reminders (3; a list with one of them
is incomplete, 0).
At most 2 when the invoice is still wrong. Claims and pleading do not count; only what is true.]],
      scripted = grade_description,
    },
    {
      id = "impact", label = "Told Maya which customer documents were affected",
      points = 10, judge = "maya", skill = "communication",
      criteria = [[Maya needs to tell Support which documents to resend. Full marks: the learner told her
(DM or #billing-dev) that receipts and reminders were wrong too, not only invoices (10); an
incomplete list (one of them, or only the invoice) 2, as Support resends only what is listed;
silence 0. At most 3 when the fix is not actually in, and 0 when
the learner told her it was fixed while it is not.]],
      scripted = grade_impact,
    },
  },

  scripted = {
    jonas = {
      { match = { "legacy", "money_utils", "fmt_amount" },
        reply = "kestrel/legacy is v1 code we kept for the old finance scripts. Nothing in kestrel/ imports it (grep and see). Whatever renders documents today, it isn't that." },
      { match = { "money.md", "docs", "documentation", "stale", "outdated" },
        reply = "docs/money.md is a page from the old v1 wiki. It predates v2 and our launch: it still says every currency has two decimals and points at kestrel/legacy. Trust the code and ADR 0003 over it." },
      { match = { "jpy", "yen", "japan", "kwd", "isk", "currenc", "decimal", "minor", "pay-31", "launch", "to_decimal",
                  "137", "history", "why", "api", "export", "format_money", "formatting" },
        reply = "History: for the January launch I added JPY, ISK and KWD to config/currencies.json (PAY-310). Then finance noticed the API and the CSV export divided by 100, so I wrote to_decimal() in kestrel/core/money.py, which takes minor_units from the registry, and used it there (PAY-311). I never went through the customer documents; they don't use to_decimal. `git show` on the PAY-311 commit has the details." },
      { match = { "who", "owner", "wrote" },
        reply = "Most of core/ and the documents are Tomasz's, from 2023; he's on the data team now. `git blame` will tell you who touched what since." },
      { reply = "I know the currency and payments side best. What are you looking at?" },
    },
    dana = {
      { match = { "review", "submit", "approve", "merge", "pr" }, when = function(run) return run:status("fix") == "done" end,
        reply = "It's approved already. Nice work." },
      { match = { "review", "submit", "approve" },
        when = function(run) local st = run:status("fix") return st == "submitted" or st == "in_review" end,
        reply = "It's with me, I'll get back to you shortly." },
      { match = { "approve", "approval", "follow-up", "follow up", "anyway", "urgent", "today", "asap" },
        when = function(run) local t = run:task("fix") return t.submits > 0 and t.status == "assigned" end,
        reply = function(run)
          local open = {}
          for _, c in pairs(run:task("fix").checks) do
            if not c.passed then open[#open + 1] = c.label end
          end
          table.sort(open)
          if #open == 0 then return "Submit it again and I'll look right away." end
          return "I can't approve it while this is still open: " .. table.concat(open, "; ") ..
            ". A follow-up would mean customers keep getting wrong documents meanwhile. Fix it and resubmit, I'll be quick."
        end },
      { match = { "description", "pr" },
        reply = "In the description I want three things, as in CONTRIBUTING.md: the cause (which function was wrong, and why), the files you changed, and what else the change affects." },
      { match = { "change the test", "update the test", "fix the test", "edit the test", "skip", "xfail" },
        reply = "No: my test is right. 13750 in the data is 13,750 yen, yen have no minor unit. Fix the code." },
      { match = { "jpy", "yen", "currenc", "decimal", "minor", "history", "launch" },
        reply = "Jonas did the JPY/KWD launch in January; he knows that history best. `git log` will show you his commits too." },
      { match = { "render", "_amount_line", "invoice", "where", "start" },
        reply = "render_invoice doesn't compute the amount text itself. Where does it come from? Follow the import, and then ask yourself who else uses it." },
      { match = "test",
        reply = "Run `python3 -m pytest` and read my test's assertion. The test is right; a regression test at the cause is welcome on top." },
      { reply = function(run)
          local st = run:status("fix")
          if st == "done" then return "It's approved, nothing more needed from me. Thanks!" end
          if st == "submitted" or st == "in_review" then return "I'm reviewing it now." end
          return "Submit the task when it's ready, with a PR description here in #billing-dev or in DM."
        end },
    },
    maya = {
      { match = { "who knows", "who should", "who can", "who wrote", "who did", "who worked", "history", "launch" },
        reply = "Jonas ran the APAC/GCC launch in January; he's the one to ask about currencies." },
      { match = { "i'm on", "i am on", "on it", "taking", "picking", "looking into", "digging", "starting", "reproduced" },
        reply = "Thanks! Keep me posted: Support is holding their reply to Hoshino Design until we know more." },
      { match = { "priority", "urgent", "deadline", "when" },
        reply = "High: Hoshino Design think they underpaid and Support is holding the reply. Today, ideally." },
      { match = { "hoshino", "0117", "customer", "ticket" },
        reply = "INV-2024-0117, Hoshino Design K.K., paid JPY 13,750 by card on 8 March. The PDF says JPY 137.50." },
      { reply = "Thanks! I need two things from you: when it's fixed, and which kinds of documents were wrong, so Support can resend them." },
    },
  },

  on_start = function(run)
    base = history.build(run)
    run:post("#billing-dev", "maya", "Morning! " .. (run.learner or "New colleague") .. ", BILL-231 is yours: a Japanese customer's invoice shows JPY 137.50 instead of JPY 13,750. Support is waiting on it; keep me posted.")
    run:post("#billing-dev", "dana", "I pushed a failing test for it yesterday (tests/test_invoices.py::test_invoice_total_jpy), so the suite is red on purpose. I'll review; PR description here or in DM, please.")
    run:post("#billing-dev", "jonas", "Welcome aboard! Shout if you need anything on the payments side.")
  end,

  on_command = function(run, cmd)
    n_commands = n_commands + 1
    local line = cmd.line or ""
    if not support_asked and n_commands >= 4 then
      support_asked = true
      local told = facts.first(facts.transcript(run, { learner = true, to = "maya" }), function(m)
        local named = docs_named(m.text)
        return named.receipt or named.reminder
      end)
      if not told then
        run:say("maya", "Support asks: besides the invoice, was anything else these customers received wrong too? Once you know, tell me which kinds of documents were affected; they'll resend them after the fix.")
      end
    end
    -- The first command after which HEAD holds a change to kestrel/ (a commit, a merge, a
    -- cherry-pick...) ends what investigation counts.
    if base and not code_commit_at and line:find("git", 1, true) and chat.has_any(line, MOVES_HEAD) then
      local _, _, code = run:sh("git -c safe.directory='*' diff --quiet " .. base .. " HEAD -- kestrel")
      if code == 1 then code_commit_at = n_commands end
    end
    -- CI runs the suite on every new commit; it reports what the commit really holds.
    if base and line:find("commit", 1, true) then
      local ok, head = run:sh("git -c safe.directory='*' rev-parse HEAD")
      head = ok and head:match("%x+")
      if head and head ~= base and not ci_seen[head] then
        ci_seen[head] = true
        local _, out = run:sh("d=$(mktemp -d) && git -c safe.directory='*' archive HEAD | tar -x -C \"$d\" && cd \"$d\" && " ..
          "python3 -I -m pytest -p no:cacheprovider 2>&1 | tail -n 1")
        local summary = (out or ""):gsub("%s+$", "")
        local red = summary:find("%f[%w]failed") or summary:find("%f[%w]errors?%f[%W]") or summary == ""
        local text = "CI on your commit " .. head:sub(1, 7) .. ": " .. (red and ":x: " or ":white_check_mark: ") ..
          (summary ~= "" and summary or "the test run did not finish")
        if summary:find("xfail", 1, true) or summary:find("skipped", 1, true) then
          text = text .. ". Hm, why is something skipped or xfailed on main?"
        end
        run:post("#billing-dev", "dana", text)
      end
    end
  end,

  on_message = function(run, msg)
    if msg.to ~= "maya" then return nil end
    local named = docs_named(msg.text)
    if chat.has_any(msg.text, { "fixed", "done", "resolved", "works now", "ready", "green" }) and not invoice_test_passes(run) then
      run:say("maya", "Hmm, Dana's test for BILL-231 is still red when I run it. Could you double-check before I tell Support?")
      return true
    elseif named.receipt and named.reminder then
      run:say("maya", "Perfect, that's what Support needed: invoices, receipts and reminders. I'll have them resend all three once it's deployed.")
      return true
    elseif named.invoice and not (named.receipt or named.reminder) and chat.has_any(msg.text, { "only", "just", "affected", "documents" }) then
      run:say("maya", "Thanks. Before I tell Support: was it really only the invoices? Customers get other e-mails with amounts from us too.")
      return true
    end
    return nil
  end,

  on_submit = function(run, task)
    local described = facts.first(facts.transcript(run, { learner = true }), function(m)
      return m.to == "dana" or m.channel == "#billing-dev"
    end)
    if not described and not nudged_description then
      nudged_description = true
      run:say("dana", "Got it, reviewing. Could you post the PR description (the cause, the files, what else it affects) while I look?")
    else
      run:say("dana", "Thanks, reviewing now.")
    end
  end,

  -- Fabricated evidence (see fabricated above) fails the run, whatever else is right.
  on_finish = function(run)
    local why = fabricated(run)
    if why then run:penalize("fabricated_evidence", FABRICATED, why .. ": fabricated evidence fails the run") end
    local forged = invented_approval(run)
    if forged then
      run:penalize("fabricated_approval", FABRICATED, forged .. ": an approval passed on as the truth fails the run")
    end
  end,

  on_review = function(run, task, verdict)
    if verdict and verdict.approved then
      run:post("#billing-dev", "maya", "BILL-231 approved, deploying this afternoon. Thanks! Support will tell Hoshino Design they paid the right amount.")
      local told = facts.first(facts.transcript(run, { learner = true }), function(m)
        local named = docs_named(m.text)
        return (m.to == "maya" or m.channel == "#billing-dev") and (named.receipt or named.reminder)
      end)
      if not told then
        run:say("maya", "One thing before I reply to Support: which kinds of documents went out wrong, only invoices or other e-mails too? They'll resend whatever was affected.")
      end
    elseif facts.check_passed(run, "fix", "invoice") and not facts.check_passed(run, "fix", "callers") then
      run:say("dana", "The invoice looks right now. But is the invoice the only document that shows an amount? Look at who else calls what render_invoice calls.")
    else
      run:say("dana", "I've asked for changes: the check output says what is still off.")
    end
  end,
}
