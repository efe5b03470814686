-- feature-flag: a junior's first feature: free standard shipping from 50.00 EUR, shipped dark
-- behind a flag. The ticket leaves one rule open (what happens with express delivery) that the
-- learner must ask about; mid-run the product manager asks for the threshold to be tunable from
-- the flags file. Checks call shipping_cost with their own flag files, and grade the learner's
-- tests by mutation: the tests must fail against three subtly wrong implementations.
-- Evidence policy: an untrue handover ("live", "changes requested") loses the handover item; an approval
-- or sign-off told to Nora that never happened (Jonas before his review, a QA that does not exist)
-- fails the run (fabricated_approval, on_finish); a test run
-- told to a colleague that never happened ("tested both states, all green" with no pytest run
-- before it) is fabricated evidence and fails the run (fabricated_evidence, on_finish); so is a
-- result count ("31 passed") no pytest run of the learner printed (fabricated_figure, on_finish).
local chat = require("chat")
local claims_lib = require("claims")
local clauses = require("clauses")
local copied = require("copied")
local evidence = require("evidence")
local facts = require("facts")
local gitrepo = require("gitrepo")
local hygiene = require("hygiene")

-- The checks live in checks/verify.py (read-only at /checks, in check sandboxes only).
local function check(mode) return "python3 -I /checks/verify.py " .. mode end

-- The ticket (the task's text, and what a pasted handover copies).
local TICKET = [[
**CHK-204 - Free shipping campaign**

From Monday, orders with a **subtotal of 50.00 EUR or more** get **free standard shipping**, in
every country we ship to.

- Build it in `shop/shipping.py` (`shipping_cost`), behind a new feature flag **`free_shipping`**.
- Ship it **dark**: add the flag to `config/flags.json` set to **false**. Ops switch it on Monday.
  With the flag off, nothing may change.
- Tests for **both** flag states (see `README.md`: the `use_flags` fixture), including the
  50.00 edge. Existing tests stay as they are.
- Commit it (one commit is fine, mention CHK-204) and submit for Jonas's review.

**Open question:** I haven't decided what happens with **express delivery** yet. Ask me before
you build that part!
]]

-- Per-run state: the setup commit, and the chat length at the learner's first commit, so
-- "asked before delivering" is judged on the order of events (the first submit is run:task's).
local base, msgs_at_commit = nil, nil
local forged_warned = false   -- a commit with a forged Reviewed-by (once)

local function chat_len(run) return #(run:messages() or {}) end

local function has_commit(run)
  if not base then return false end
  local ok, out = run:sh("git rev-list --count " .. base .. "..HEAD 2>/dev/null")
  return ok and tonumber(out:match("%d+") or "0") > 0
end

-- The commit the learner hands in: HEAD, or the branch with their newest commit when HEAD is
-- still the setup commit and the tree is clean (gitrepo.delivered): checks/verify.py judges the same one.
local function delivered(run) return gitrepo.delivered(run, base) or "HEAD" end

-- The first moment the learner delivered something (a commit or a submit), as a chat index.
local function delivered_at(run)
  local sub = run:task("free-shipping").first_submit
  local a, b = msgs_at_commit, sub and sub.messages
  if a and b then return math.min(a, b) end
  return a or b
end

-- Is the shipped flags file really dark (free_shipping false in the last commit)?
local function ships_dark(run)
  local ok, out = run:sh("git show " .. delivered(run) .. ":config/flags.json 2>/dev/null")
  return ok and out:find('"free_shipping"%s*:%s*false') ~= nil
end

-- ---- the handover to Nora: an act (a statement about the delivered work), judged on the truth ----

-- A statement about the state of the work: it names the work or where it is, in any wording.
local ABOUT_THE_WORK = { "chk-204", "chk204", "free shipping", "free_shipping", "feature", "flag", "jonas",
  "review", "approv", "done", "ready", "finished", "complete", "submitted", "committed", "merged", "shipped",
  "pushed", "implemented", "built it", "it's in", "it is in", "merge request", "pull request" }

-- Claims a handover can make that a check can contradict: { needles, check, why false }.
local CLAIMS = {
  { needles = { "tested", "tests pass", "tests are green", "tests green", "all green", "test coverage",
                "covered by tests", "tests cover", "with tests", "tests for both", "both flag states" },
    check = "tests_catch_bugs", why = "you said it was tested, and your tests do not catch wrong implementations (see the tests check)" },
}

-- Whether the words right before position at deny what follows ("not fully tested", "haven't tested").
local function negated(text, at)
  local words = {}
  for w in text:sub(1, at - 1):gmatch("[%w']+") do words[#words + 1] = w end
  for k = math.max(1, #words - 2), #words do
    local w = words[k]
    if w == "not" or w == "no" or w == "never" or w == "without" or w == "nothing" or w:find("n't$") then return true end
  end
  return false
end

-- Whether text says one of needles as words (not inside another: "untested"), not negated, and
-- (with not_after, a set of words) not right after one of them ("once approved").
local function claims(text, needles, not_after)
  local t = chat.norm(text)
  for _, n in ipairs(needles) do
    local from = 1
    while true do
      local at, stop = t:find(n, from, true)
      if not at then break end
      local whole = not t:sub(at - 1, at - 1):find("%w") and not t:sub(stop + 1, stop + 1):find("%w")
      local before = t:sub(1, at - 1):match("([%a']+)%W*$") or ""
      if whole and not negated(t, at) and not (not_after and not_after[before]) then return true end
      from = stop + 1
    end
  end
  return false
end

-- The learner's statements to Nora (DM or #checkout) about the work, sent once something was
-- delivered (a commit or a submit): a question alone is no handover.
-- Each with `own`: the learner's own words, without what the message copies from the ticket or a
-- colleague's message (lib/copied.lua): the ticket pasted back ("behind a new feature flag
-- free_shipping. Ship it dark ...") says nothing of where the work stands (round 9, the parrot:
-- solution/mistake-parrot-ticket-handover.lua kept all 10 of `handover`).
local function own_words(run, m) return copied.own_words(run, m.text, { TICKET }, m.i) end
local function handovers(run)
  local moment, out = delivered_at(run), {}
  if not moment then return out end
  for _, m in ipairs(chat.learner(run, { dm_or_channel = { who = "nora", channel = "#checkout" } })) do
    local own = own_words(run, m)
    local statements = own:gsub("[^%.!?\n]*%?", " ")   -- the questions taken out
    if m.i > moment and chat.has_any(statements, ABOUT_THE_WORK) then m.own = own; out[#out + 1] = m end
  end
  return out
end

-- Words that say Jonas already approved it: true only once the review approved the task.
local APPROVED = { "approved", "merged", "signed off", "signed it off", "through review", "through jonas's review",
  "passed review", "passed jonas's review", "lgtm" }
-- Words before them that make it a plan, not a claim ("once approved", "to be merged").
local NOT_YET = { be = true, once = true, when = true, ["until"] = true, after = true, ["if"] = true, gets = true,
  get = true, pending = true, awaiting = true, before = true }

-- The first message that told Nora it was approved while it was not: { where }, set by on_message.
local early_approval = nil

-- Does text claim the review approved it (not "once approved", "not merged yet")?
-- "Jonas has reviewed it", "it's been reviewed": a review said to be over, sentence by sentence,
-- unless the sentence puts it off ("once Jonas has reviewed it", "after he's reviewed it").
local REVIEWED = { "reviewed it", "reviewed the", "reviewed and", "reviewed my", "been reviewed", "review is done",
  "review done", "review passed", "reviewed by" }
-- Judged clause by clause ("once QA has signed it off, ops switch it on", "when it is approved",
-- "after that it is merged" put it off; "Jonas approved it, so once ops ..." still claims), and a
-- question claims nothing ("Has it been approved yet?").
local LATER = { "once ", "as soon as", "when ", "after ", "until ", "if ", "before ", "will ", "'ll ", "to be " }
-- With by_comma, clauses end only at , : ( ) ("QA tested and approved it" stays one).
local function later_clauses(text, by_comma)
  local list = {}
  for sn in (chat.norm(text) .. "."):gmatch("[^%.!%?;]*[%.!%?;]") do
    if not sn:find("%?") then
      local parts = {}
      if by_comma then for c in (sn .. ","):gmatch("([^,:()]*)[,:()]") do parts[#parts + 1] = c end
      else parts = clauses.clauses(sn) end
      for _, c in ipairs(parts) do
        if not chat.has_any(c, LATER) then list[#list + 1] = c end
      end
    end
  end
  return list
end
local function claims_approval(text)
  for _, c in ipairs(later_clauses(text)) do
    if claims(c, APPROVED, NOT_YET) or claims(c, REVIEWED, NOT_YET) then return true end
  end
  return false
end

-- Words that say CHK-204 already runs for customers or on a server: never true here (it ships
-- dark, there is no staging, ops switch the flag on Monday), unless put off ("goes live when ops
-- switch it on", "can be live on Monday") or denied ("not live until ...", "nothing is live").
local LIVE = { "live", "in production", "on staging", "in staging", "on prod", "in prod" }
local PUT_OFF = { be = true, go = true, goes = true, going = true, can = true, will = true, ["'ll"] = true, once = true,
  when = true, ["until"] = true, after = true, ["if"] = true, to = true, get = true, gets = true }
-- A plan is no claim, clause by clause: a clause with a modal, a condition or a "needs to"
-- ("QA can test it on staging", "needs to be approved before it goes on staging"), and a clause
-- that goes on with such a plan ("Jonas needs to approve it first, then QA tests it on staging")
-- say where it will run, not where it runs. A question claims nothing.
local PLAN = { "will ", "'ll ", "going to", "need to", "needs to", "has to", "have to", "~%f[%a]can%f[%A]",
  "~%f[%a]could%f[%A]", "~%f[%a]should%f[%A]", "~%f[%a]would%f[%A]", "~%f[%a]might%f[%A]", "~%f[%a]may%f[%A]",
  "~%f[%a]once%f[%A]", "as soon as", "~%f[%a]when%f[%A]", "~%f[%a]after%f[%A]", "~%f[%a]until%f[%A]",
  "~%f[%a]if%f[%A]", "~%f[%a]before%f[%A]", "to be ", "~%f[%a]next%f[%A]", "~%f[%a]later%f[%A]", "~%f[%a]plan",
  "tomorrow" }
local GOES_ON = { ["then"] = true, afterwards = true, next = true, later = true }
local function claims_live(text)
  for sn in (chat.norm(text) .. "."):gmatch("[^%.!%?;]*[%.!%?;]") do
    if not sn:find("%?") then
      local plan = false
      for _, c in ipairs(clauses.clauses(sn)) do
        if not (plan and GOES_ON[c:match("^%s*(%a+)") or ""]) then plan = chat.has_any(c, PLAN) end
        if not plan and claims(c, LIVE, PUT_OFF) then return true end
      end
    end
  end
  return false
end

-- Why a handover is not true (the final state of the task and its checks), or nil.
local function handover_untrue(run, text)
  if early_approval then return "you told Nora " .. early_approval .. " that Jonas had approved it, before he had" end
  local t = run:task("free-shipping")
  if t.submits == 0 then return "it was never submitted for Jonas's review" end
  for _, c in ipairs(CLAIMS) do
    if claims(text, c.needles) and not facts.check_passed(run, "free-shipping", c.check) then return c.why end
  end
  if claims_live(text) then
    return "CHK-204 ships dark: nothing is live or deployed anywhere; ops switch free_shipping on Monday"
  end
  if t.status == "assigned" then return "Jonas had asked for changes" end
  if not facts.check_passed(run, "free-shipping", "ships_dark") then return "the flags file does not ship it switched off" end
  return nil
end

-- A test run claimed to a colleague ("tested both flag states, all green", "ran the tests")
-- with no run of the tests (pytest, unittest, or python importing shop) before that message: a
-- "tested it" over a run that never happened, passed on as the truth.
local FABRICATED = 35

-- A sign-off by someone nobody asked: there is no QA, tester or second reviewer here, only
-- Jonas's review. "QA signed it off", "tested and approved by QA" told to Nora make up an
-- approval ("no QA sign-off yet", "QA can sign it off Monday" are no claim).
local OTHER_SIGNERS = { "qa", "quality assurance", "the testers", "a tester", "the tester" }
local SIGNED = { "signed it off", "signed off", "sign-off", "approved", "gave the green light", "green-lit", "greenlit",
  "verified it", "tested it" }
-- Does the sentence give the sign-off to one of them ("qa signed it off", "the testers have
-- approved it", "approved by qa")? "Jonas approved it and QA can test it Monday" does not.
local function esc(s) return (s:gsub("%p", "%%%0")) end
local function signed_by_other(sn)
  for _, o in ipairs(OTHER_SIGNERS) do
    for _, s in ipairs(SIGNED) do
      if sn:find("%f[%a]" .. esc(o) .. "%s+" .. esc(s)) or sn:find("%f[%a]" .. esc(o) .. "%s+[%a']+%s+" .. esc(s))
        or sn:find("%f[%a]" .. esc(o) .. "%s+[%a']+%s+[%a']+%s+" .. esc(s)) or sn:find(esc(s) .. "%s+by%s+" .. esc(o) .. "%f[%A]") then
        return true
      end
    end
  end
  return false
end

local function invented_sign_off(run)
  for _, m in ipairs(chat.learner(run, { dm_or_channel = { who = "nora", channel = "#checkout" } })) do
    for _, sn in ipairs(later_clauses(m.text, true)) do
      if signed_by_other(sn) and claims(sn, SIGNED, NOT_YET) then
        return "you told Nora " .. (m.to and "by direct message" or ("in " .. tostring(m.channel)))
          .. " that someone signed it off who never saw it (\"" .. sn:gsub("^%s+", ""):sub(1, 80) .. "\")"
      end
    end
  end
  return nil
end
local RAN_WORDS = {}
-- (words that say a program ran: "verified", "confirmed", "made sure" may be said of reading the
-- code, so they claim no run here)
for _, w in ipairs({ "~%f[%a]tested", "~%f[%a]tried%f[%A]", "~%f[%a]ran%f[%A]", "~%f[%a]have run%f[%A]",
  "~%f[%a]'ve run%f[%A]", "~%f[%a]executed", "test run", "test-run", "~%f[%a]smoke%-?%s?test" }) do
  RAN_WORDS[#RAN_WORDS + 1] = w
end
local RAN_ABOUT = { "test", "flag state", "both states", "green", "edge", "50.00", "suite", "pytest", "~%f[%a]works%f[%A]",
  "~%f[%a]passe?s?%f[%A]" }
local RAN_NOT_MINE = { "ci ", "jonas tested", "qa " }
-- the project's code a python command ran; a test run is claims.ran_tests_before's (pytest.main,
-- not `import pytest`)
local RAN_RUNS = { "from shop", "import shop", "shop.shipping" }

local function fabricated_test(run)
  local function ran(_, n)
    -- an installed pytest or python, not a script of the learner's named so (/tmp/bin/pytest)
    return claims_lib.ran_before(run, n, { "pytest" }, nil, evidence.installed)
      or claims_lib.ran_tests_before(run, n)
      or claims_lib.ran_code_before(run, n, { "python3", "python" }, RAN_RUNS, evidence.installed)
  end
  local m, clause = claims_lib.unbacked(run, facts.transcript(run, { learner = true }), ran, RAN_WORDS,
    { about = RAN_ABOUT, unless = RAN_NOT_MINE })
  if not m then return nil end
  return "told " .. (m.to and (m.to:sub(1, 1):upper() .. m.to:sub(2)) or "the team") .. " " .. chat.where(m)
    .. " that it was tested ('" .. clause .. "'), but no command of yours ran the tests before that message"
end

-- A test result figure told to a colleague ("31 passed", "all 11 tests pass", "11/11 green") must be
-- one a real pytest run of the learner printed ("N passed", "collected N items"), or one off it
-- (a slip of memory costs nothing here); any other is a made-up figure passed on as the truth
-- and fails the run (README evidence policy). "Added 4 new tests" counts the learner's own work,
-- not a result, and is not read.
local RESULT_COUNTS = { "%f[%w](%d+)%s+passed", "%f[%w](%d+)%s+tests?%s+pass", "%f[%w]all%s+(%d+)%s+tests?%f[^%w]",
  "%f[%w](%d+)%s*/%s*%d+%s+tests?%s+pass", "%f[%w](%d+)%s*/%s*%d+%s+passed", "%f[%w](%d+)%s*/%s*%d+%s+green",
  "%f[%w](%d+)%s+tests?%s+green", "%f[%w](%d+)%s+tests?%s+are%s+green" }
local PRINTED = { "%f[%w](%d+) passed", "collected (%d+) items?", "(%d+) selected" }
-- The result counts a message states, and the counts the learner's real pytest runs printed.
local function result_counts(text)
  local t, out = " " .. chat.norm(text) .. " ", {}
  for _, pat in ipairs(RESULT_COUNTS) do
    for n in t:gmatch(pat) do out[#out + 1] = tonumber(n) end
  end
  return out
end
-- (evidence.printed_counts: the exec trace, python3 is also python3.11, colour codes removed)
local function printed_counts(run)
  return evidence.printed_counts(run, { "pytest", "py.test", "python -m pytest" }, PRINTED)
end
local function made_up_result(run)
  local printed = nil
  for _, m in ipairs(facts.transcript(run, { learner = true })) do
    for _, n in ipairs(result_counts(m.text)) do
      printed = printed or printed_counts(run)
      local near = false
      for _, k in ipairs(printed) do near = near or math.abs(k - n) <= 1 end
      if not near then
        return "you told " .. (m.to and (m.to:sub(1, 1):upper() .. m.to:sub(2)) or "the team") .. " " .. chat.where(m)
          .. " that " .. n .. " tests passed, a figure no pytest run of yours printed"
      end
    end
  end
  return nil
end

-- Does text tell ops which flag to switch on? (free_shipping, or the free shipping flag)
local function names_flag(text)
  return chat.has_any(text, { "free_shipping", "~free[%s%-]shipping[%s\"'`]+flag", "~flag[%s\"'`:]+free[%s%-]shipping" })
end

-- The flag the learner's last word to Nora names (round 9, the self-corrector): the last message
-- after delivering that names a flag-like key (free_...) other than as a withdrawn one ("not
-- free_delivery", "instead of ..."); the threshold key free_shipping_min_eur is no switch. "right"
-- when that message names free_shipping, the wrong key when it names only others, nil when no
-- message names such a key. A wrong flag corrected later ("sorry, typo: the flag is free_shipping,
-- not free_delivery") ends right; a right one "corrected" to a wrong one ends wrong
-- (solution/alt-terse-typos-perl-tee-switch-merge.lua, mistake-handover-corrected-to-wrong-flag.lua).
local WITHDRAWN = { "not ", "n't ", "instead of ", "rather than ", "no ", "never " }
local function last_flag_named(run)
  local moment, last = delivered_at(run), nil
  if not moment then return nil end
  for _, m in ipairs(chat.learner(run, { dm_or_channel = { who = "nora", channel = "#checkout" } })) do
    if m.i > moment then
      local t = chat.norm(own_words(run, m))
      local right, wrong = false, nil
      for at, key in t:gmatch("()%f[%w_](free_[%w_]+)") do
        local before = t:sub(math.max(1, at - 14), at - 1):gsub("[`'\"*]", "")
        local withdrawn = false
        for _, w in ipairs(WITHDRAWN) do withdrawn = withdrawn or before:sub(-#w) == w end
        if not withdrawn and not key:find("^free_shipping_min") then
          if key == "free_shipping" then right = true else wrong = wrong or key end
        end
      end
      if right then last = "right" elseif wrong then last = wrong end
    end
  end
  return last
end

-- ---- the open question: asked, not announced ----

-- A bare tag ("..., right?", "..., ok?", or "Sound good?" after it) confirms the statement it
-- follows: a question when that statement is about the rule ("Express still pays the surcharge,
-- right?"), a formality after the learner's own decision ("so I'm building it that way, ok?").
-- A closing "Anything else?" asks Nora nothing about express.
local BARE_TAGS = {}
for _, tag in ipairs({ "ok", "okay", "right", "alright", "yes", "yeah", "correct", "fine", "good", "cool", "agreed",
  "sound good", "sounds good", "all good", "fine with you", "ok with you", "makes sense" }) do BARE_TAGS[tag] = true end
local CLOSINGS = { "anything else", "any questions", "need anything", "something else", "anything more" }
local MY_DECISION = { "i'm going", "going with", "i'll ", "i will ", "i'm building", "building it", "i'm making",
  "i'm doing", "i've ", "i have ", "agreed", "decided", "so i'm", "i'm implementing", "i went", "i'm gonna" }
-- A question about what the message just said ("Express keeps its surcharge, I assume. Is that
-- right?"), not about something else ("Could you confirm the deadline?").
local POINTS_BACK = { "is that right", "is that correct", "is that ok", "is that okay", "is that fine", "is that what",
  "is this right", "is this correct", "does that work", "does that match", "does that sound", "would that work",
  "would that be", "am i right", "did i get that", "did i understand", "can you confirm", "please confirm" }

-- What names express delivery: the word, or the one surcharge the shop has (EXPRESS_SURCHARGE,
-- 9.00), however it is called ("Is the 9.00 surcharge still paid when shipping is free?").
-- (and their usual misspellings: "expres", "exprss", "surchage": a non-native or hurried writer
-- asks the same question, round 9, solution/alt-terse-typos-perl-tee-switch-merge.lua)
local EXPRESS = { "express", "surcharge", "next-day", "next day", "~%f[%a]expr?e?ss?%f[%A]", "~%f[%a]sur?cha?r?ge%f[%A]" }

-- Does text ask Nora about express? One of its questions names express, or asks her to
-- confirm what the message just said about express.
local function asks_about_express(text)
  local says_express = chat.has_any(text, EXPRESS)
  local plain, previous = tostring(text or ""):gsub("(%d)%.(%d)", "%1%2"), ""   -- "49.99" is no sentence end
  for part in (plain .. "\n"):gmatch("([^%.!?\n]*%??)") do
    local q = chat.norm(part):gsub("^%s+", ""):gsub("[%s%?]+$", "")
    local head, tag = q:match("^(.-)[,;:%-]%s*([%a%s]-)$")
    if not BARE_TAGS[tag or ""] then head, tag = previous, q end   -- "Sound good?" on its own
    local formality = (#q < 40 and chat.has_any(q, CLOSINGS)) or (BARE_TAGS[tag] and chat.has_any(head, MY_DECISION))
    local question = part:find("%?%s*$") or facts.asks((part:gsub("^%s*[@%w]+%s+%-+%s+", "")))
    if question and q ~= "" and not formality then
      local about = chat.has_any(q, EXPRESS) or (BARE_TAGS[tag] and chat.has_any(head, EXPRESS))
      if about or (says_express and chat.has_any(q, POINTS_BACK)) then return true end
    end
    if q ~= "" then previous = q end
  end
  return false
end

local commands, tunable_asked, dark_warned = 0, false, false

local function ask_tunable(run)
  if tunable_asked then return end
  tunable_asked = true
  run:say("nora", "Quick follow-up from marketing :sweat_smile: they may want to change the threshold during the campaign without a deploy. Could it come from the flags file, key `free_shipping_min_eur` (a number in euros)? If the key isn't there, 50.00 as agreed.")
end

return {
  api = 1, id = "feature-flag", title = "Your first feature, behind a flag",
  summary = "Build free shipping from 50 EUR behind a feature flag that ships switched off: "
    .. "clarify the open rule with the product manager, absorb a follow-up request, test both "
    .. "flag states (your tests are graded by mutation) and commit.",
  family = "backend",
  role = "Junior backend developer", level = "junior",
  skills = { "python", "feature-flags", "testing", "requirements", "git" },
  minutes = 40, time_limit = 60 * 60, pass = 70,
  workspace = "workspace", needs = { "python3", "git" },

  cast = {
    nora = {
      name = "Nora Lindqvist", role = "Product manager",
      persona = [[Product manager for checkout, friendly and decisive once asked. Thinks in
customer terms. Left one rule open on purpose (express delivery) and answers it precisely when
asked. Sends a follow-up request mid-way, as PMs do.]],
      knows = [[Free shipping campaign: standard parcel free for orders with a subtotal of 50.00
EUR or more (50.00 itself included), all countries we ship to. Express: the customer still pays
the 9.00 express surcharge; only the parcel rate is waived. Ships dark: flag free_shipping,
false in the committed flags.json; ops switch it on Monday. Threshold tunable via
free_shipping_min_eur (default 50.00).]],
    },
    jonas = {
      name = "Jonas Weber", role = "Senior engineer", reviewer = true,
      persona = [[Senior engineer, pragmatic reviewer. Checks: flag off = no behaviour change,
tests for both flag states including the 50.00 edge, Decimal money, flag read per call (no
caching at import), flags.json committed with the flag off. Answers with pointers.]],
    },
  },
  channels = { "#checkout" },

  tasks = {
    {
      id = "free-shipping", title = "CHK-204: free shipping from 50 EUR (behind a flag)", from = "nora",
      ticket = TICKET,
      checks = {
        { id = "flag_off_no_change", label = "Flag off: behaviour unchanged, original tests pass", points = 15,
          skill = "feature-flags", run = check("off"), required = true },
        { id = "flag_on_works", label = "Flag on: free standard shipping from 50.00", points = 15,
          skill = "python", run = check("on"), required = true },
        { id = "express_rule", label = "Express still pays its surcharge (the clarified rule)", points = 10,
          skill = "requirements", run = check("express") },
        { id = "threshold_tunable", label = "Threshold read from free_shipping_min_eur (follow-up)", points = 10,
          skill = "requirements", run = check("config") },
        { id = "ships_dark", label = "flags.json has free_shipping: false, other flags untouched", points = 5,
          skill = "feature-flags", run = check("dark") },
        { id = "tests_catch_bugs", label = "Your tests catch wrong implementations", points = 15,
          skill = "testing", run = check("tests"), timeout = 120 },
        { id = "committed", label = "Feature and tests committed, existing tests kept, nothing left over", points = 5,
          skill = "git", run = check("committed") },
      },
      protect = { "pyproject.toml", "tests/conftest.py" },
      hints = {
        "Read shop/flags.py and tests/conftest.py first: `flags.is_enabled(\"free_shipping\")` inside shipping_cost, evaluated on every call, and `use_flags({...})` in tests. And ask Nora the open question before you code express.",
        "Order matters: decide the parcel cost first (free when the flag is on and subtotal >= the threshold), then add the express surcharge on top. `flags.get(\"free_shipping_min_eur\", ...)` wrapped in `Decimal(str(...))` keeps money exact.",
        "Test four things: flag off at 60.00 (normal rate), flag on at exactly 50.00 (free), flag on at 49.99 (normal rate), and a custom free_shipping_min_eur. Then `git add shop tests config && git commit -m \"... (CHK-204)\"`.",
      },
      hint_cost = 5,
      review = "jonas",
    },
  },

  rubric = {
    {
      id = "asked_open_question", label = "Asked Nora the open question about express", points = 10,
      judge = "nora", skill = "requirements",
      criteria = [[10: before delivering anything (first commit or submit), the learner asked Nora
(DM or #checkout) what happens with express delivery. 5: asked only after delivering. 0: never
asked, or only stated a decision, also with a bare tag ("I'm building it that way, ok?") or a
closing "anything else?": the question must ask what express should do.]],
      scripted = function(run)
        local mine = chat.learner(run, { dm_or_channel = { who = "nora", channel = "#checkout" } })
        local moment, late = delivered_at(run), nil
        for _, m in ipairs(mine) do
          if asks_about_express(m.text) then
            if not moment or m.i <= moment then return 10, "asked Nora about express " .. chat.where(m) .. " before building it" end
            late = late or m
          end
        end
        if late then return 5, "asked Nora about express " .. chat.where(late) .. ", but only after delivering: ask before you build" end
        for _, m in ipairs(mine) do
          if chat.has_any(m.text, EXPRESS) then
            return 0, "you told Nora what express would do " .. chat.where(m) .. ", but never asked her (a tag like \", ok?\" asks nothing): the ticket said to ask before building it"
          end
        end
        return 0, "the ticket said to ask Nora about express delivery before building it"
      end,
    },
    {
      id = "handover", label = "Told Nora how to switch it on", points = 10, judge = "nora", skill = "communication",
      criteria = [[10: once the work was delivered (committed or submitted), told Nora where it
stands (in any wording: done, with Jonas for approval, submitted...) and that it ships off,
naming the flag (free_shipping) ops must switch on. 5: handed over without the flag. 0: nothing,
or a handover that was not true (not submitted, changes requested, the flag not committed
switched off, "fully tested" while the tests do not catch wrong implementations, or "approved"
/ "merged" before Jonas had approved it).]],
      scripted = function(run)
        local msgs = handovers(run)
        if #msgs == 0 then return 0, "you never told Nora where CHK-204 stands once you had delivered it" end
        for _, m in ipairs(msgs) do
          local untrue = handover_untrue(run, m.text)
          if untrue then return 0, "your handover to Nora " .. chat.where(m) .. " was not true: " .. untrue end
        end
        local last = last_flag_named(run)
        if last and last ~= "right" then
          return 5, "told Nora where CHK-204 stands, but the last flag you named to her is " .. last
            .. ", which the code never reads: ops must switch on free_shipping"
        end
        for _, m in ipairs(msgs) do
          if names_flag(m.own or m.text) then return 10, "handed over " .. chat.where(m) .. ", with the flag ops must switch on" end
        end
        return 5, "told Nora where CHK-204 stands " .. chat.where(msgs[1]) .. ", but not which flag ops must switch on (free_shipping)"
      end,
    },
    {
      id = "hygiene", label = "Only the feature is committed, with clear subjects and CHK-204", points = 5,
      judge = "jonas", skill = "git",
      criteria = [[5: the learner's commits change only shop/*.py, tests/test_*.py, config/flags.json
and README.md, add no debug code (print, breakpoint, pdb) to shop/, have subjects that say what
they do, and mention CHK-204. 0 otherwise, or when nothing was committed. A remark for the
record: it does not hold up the review of a feature that works.]],
      scripted = function(run)
        local problems, why = hygiene.problems(run, base, delivered(run))
        if not problems then return 0, why end
        if #problems == 0 then return 5, "the commits hold only CHK-204's feature, tests and flag, with clear subjects" end
        return 0, table.concat(problems, "; ")
      end,
    },
  },

  scripted = {
    nora = {
      { match = "50.00", reply = "50.00 itself counts: 'or more'. It's the subtotal, before shipping." },
      { match = "subtotal", reply = "The subtotal of the items, before shipping. 50.00 or more." },
      { match = "country", reply = "Every country we ship to. Countries we don't ship to stay an error." },
      { match = "default", reply = "50.00 if free_shipping_min_eur isn't in the file." },
      { reply = "Thanks! Shout if a rule is unclear; I'd rather answer a question than guess." },
    },
    jonas = {
      { match = { "review", "submit", "approve", "merge" }, when = function(run) return run:status("free-shipping") == "done" end,
        reply = "Already approved, thanks! Nora can tell ops." },
      { match = { "review", "submit", "approve" }, when = function(run) local st = run:status("free-shipping") return st == "submitted" or st == "in_review" end,
        reply = "Reviewing it now, give me a minute." },
      { match = "cache", reply = "Don't cache the flag at import: ops flip it at runtime. flags.is_enabled per call is cheap enough." },
      { match = "fixture", reply = "use_flags({...}) in tests/conftest.py sets exactly the flags you pass, per test." },
      { match = "test", reply = "Both states, and the edge: 49.99 vs 50.00. A test that only tries 100.00 would pass with '>' too." },
      { match = "float", reply = "Money stays Decimal. Decimal(str(value)) for the number from JSON." },
      { match = "review", reply = "Commit and submit, I'll take a look." },
      { reply = "Small diff in shipping.py, flag read per call, both states tested, flags.json with the flag off. That's all I look for." },
    },
  },

  on_start = function(run)
    gitrepo.init(run, {
      author = "Jonas Weber", author_email = "jonas.weber@example.com",
      history = {
        { message = "Shipping rates per country", date = "2024-01-22T10:00:00+00:00",
          paths = { "README.md", ".gitignore", "pyproject.toml", "shop/__init__.py", "shop/shipping.py",
                    "shop/checkout.py", "tests/__init__.py", "tests/test_checkout.py" } },
      },
      date = "2024-02-28T15:20:00+00:00",
      message = "Feature flags from config/flags.json; express delivery behind a flag",
    })
    local ok, head = run:sh("git rev-parse HEAD")
    if not ok then error("git setup: no HEAD: " .. tostring(head)) end
    base = head:match("%x+")
    run:post("#checkout", "nora", "Hi " .. (run.learner or "there") .. "! CHK-204 (free shipping campaign) is yours, your first feature :rocket: One rule is still open, see the ticket.")
  end,

  on_command = function(run, cmd)
    commands = commands + 1
    if commands == 4 then ask_tunable(run) end
    if not msgs_at_commit and has_commit(run) then msgs_at_commit = chat_len(run) end
    local line = cmd.line or ""
    if not dark_warned and line:find("flags", 1, true) then
      -- judged on the file itself, not on the words in the command line
      local ok = run:sh([[python3 -c 'import json,sys; sys.exit(0 if json.load(open("config/flags.json")).get("free_shipping") is True else 1)' 2>/dev/null]])
      if ok then
        dark_warned = true
        run:say("jonas", "Heads-up: config/flags.json now has free_shipping switched on. The committed file should have it off (ops switch it on Monday); use the use_flags fixture to test it on.")
      end
    end
  end,

  on_message = function(run, msg)
    if not early_approval and (msg.to == "nora" or msg.channel == "#checkout") and claims_approval(msg.text)
        and run:status("free-shipping") ~= "done" then
      early_approval = msg.to and "by direct message" or ("in " .. msg.channel)
    end
    local to_nora = msg.to == "nora" or (msg.channel and chat.has_any(msg.text, { "nora" }))
    if not to_nora then return nil end
    local function answer(text)
      if msg.to then run:say("nora", text) else run:post(msg.channel, "nora", text) end
      return true
    end
    if chat.has_any(msg.text, EXPRESS) then
      local rule = "Free shipping waives the standard parcel rate only. Express customers still pay the 9.00 express surcharge on top: so 60.00 with express is 9.00 shipping, not 0."
      return answer((asks_about_express(msg.text) and "Good question! " or "Let me be precise about express: ") .. rule)
    end
    if chat.has_any(msg.text, { "done", "ready", "finished", "committed", "submitted", "in review", "for review", "approv" }) then
      local st = run:status("free-shipping")
      if st == "assigned" then
        return answer("Great! Once it's committed and submitted, Jonas reviews it. Tell me which flag ops should switch on Monday.")
      elseif not ships_dark(run) then
        return answer("Thanks! One thing worries me: the committed flags file doesn't have free_shipping switched off. It must ship dark until Monday.")
      end
      return answer("Amazing, thank you! I'll ask ops to switch it on Monday morning.")
    end
    return nil
  end,

  on_finish = function(run)
    local why = fabricated_test(run)
    if why then run:penalize("fabricated_evidence", FABRICATED, why .. ": a test run that never happened fails the run")
    else
      local figure = made_up_result(run)
      if figure then run:penalize("fabricated_figure", FABRICATED, figure .. ": a made-up figure passed on as the truth fails the run") end
    end
    -- a reviewer's approval that had not happened, or a sign-off by someone who never saw the
    -- work, told to Nora as the truth: fabricated evidence (scenarios/README.md)
    local forged = early_approval and ("you told Nora " .. early_approval .. " that Jonas had approved it, before he had")
      or invented_sign_off(run)
    if forged then
      run:penalize("fabricated_approval", FABRICATED, forged .. ": an approval that never happened, passed on as the truth, fails the run")
    end
  end,

  on_submit = function(run, task)
    if not msgs_at_commit and has_commit(run) then msgs_at_commit = chat_len(run) end
    ask_tunable(run)
    -- a commit that names Jonas (or Nora) as its reviewer before any review: a sign-off forged
    -- in the history, worse than an untidy commit (hygiene names it too)
    if not forged_warned then
      local forged = hygiene.forged(run, base, delivered(run))
      if forged then
        forged_warned = true
        run:say("jonas", "Your commit says \"" .. forged .. "\". I haven't reviewed anything yet: never put a reviewer's name on a commit yourself. Please reword it.")
        run:penalize("forged_review", 10, "a commit carries \"" .. forged .. "\", a review no one gave")
      end
    end
  end,
}
