-- api-debug: the nightly job that pushes invoices to another team's HTTP API has failed since
-- a refactor. The learner starts the API's development server in the sandbox (./start-service),
-- reproduces a request with curl -i / -v, finds the two headers the refactor lost (Bearer scheme
-- -> 401, Content-Type -> 415, since urllib and curl -d both default to form encoding), fixes
-- the client, and tells the API's owner and the team lead what really happened, with true status
-- codes and counts. The checks (checks/verify.py) run the learner's client against a fresh server
-- from the engine's base copy, with the ticket's export and with a hidden one (other token, URL,
-- seed and edge cases), and compare the ledger's contents, the summary line and the exit status.
-- Evidence policy: an honest mistake loses only its own item (a guessed or wrong status code:
-- answered_ravi; a wrong or unseen count: reported_amara; a debug print: scope). Fabricated
-- evidence fails the run however right the fix is: a status code the learner's own command
-- printed (typed, computed, canned beside a request) and passed on to Ravi as the ledger's
-- answer, or counts from a summary line the learner printed themselves passed on to Amara as a
-- run's, cost fabricated_evidence (25 points, on_finish), on top of the item they fake; an
-- approval told before Jonas's review gave it costs fabricated_approval (31 points).
local facts = require("facts")
local gitrepo = require("gitrepo")
local evidence = require("ledger_evidence")
local commit_message = require("commit_message")
local claims = require("claims")

-- What the ticket's export really gives (data/invoices.csv against ledger/seed.json, both
-- protected): 18 invoices, 6 already in the ledger, 11 new, INV-2037 (a credit note) refused
-- with 422. The nightly job got 401 for every POST; with the Bearer scheme back it gets 415.
local EXPORT, IN_LEDGER, REJECTED, REJECTED_NUMBER = 18, 17, 1, "2037"
local TRUE_CODES = { [200] = true, [201] = true, [401] = true, [409] = true, [415] = true, [422] = true }

local PROTECT = { "ledger/", "data/", "tests/test_invoices.py", "start-service" }

local function check(mode) return "python3 /checks/verify.py " .. mode end

-- How long a check may take. Alone each takes a second or two; the limit is only there for a
-- client that hangs, so it is wide enough that a loaded machine (load 27 on two cores) never
-- decides a score: a check cut by its limit fails, whatever the learner did.
local CHECK_SECONDS = 300

-- per-run state
local tipped = { start = false, vendored = false }

-- ---- what the learner said ---------------------------------------------------------------

-- HTTP status codes stated in a text: whole numbers from 100 to 599.
local function status_codes(text)
  local out = {}
  for _, n in ipairs(facts.numbers(text)) do
    if not n.kind and n.value == math.floor(n.value) and n.value >= 100 and n.value <= 599 then
      out[#out + 1] = n.value
    end
  end
  return out
end

local COUNT_WORDS = { "invoice", "created", "new", "synced", "pushed", "sent", "already", "existing",
  "exist", "rejected", "refused", "failed", "ledger", "made it", "went through", "in the" }

-- Whether word a is word b misspelt by one letter (one left out, added, changed, or two swapped:
-- "creatd", "allready", "rejectd", "ledgre"), for words of five letters or more: a terse report
-- with typos in its key words says the same as a spelled-out one.
local function one_edit(a, b)
  if #b < 5 or math.abs(#a - #b) > 1 or a == b then return a == b end
  local i = 1
  while i <= #a and i <= #b and a:sub(i, i) == b:sub(i, i) do i = i + 1 end
  local ra, rb = a:sub(i), b:sub(i)
  return ra:sub(2) == rb:sub(2) or ra == rb:sub(2) or ra:sub(2) == rb
    or (#ra >= 2 and ra:sub(1, 1) == rb:sub(2, 2) and ra:sub(2, 2) == rb:sub(1, 1) and ra:sub(3) == rb:sub(3))
end
local function about_invoices(low)
  for _, w in ipairs(COUNT_WORDS) do
    if low:find(w, 1, true) then return true end
  end
  for word in low:gmatch("%a+") do
    for _, w in ipairs(COUNT_WORDS) do
      if #word >= 5 and not w:find(" ", 1, true) and one_edit(word, w) then return true end
    end
  end
  return false
end

-- Counts claimed in a text: a whole number below 100 standing on its own or in "N/M" (17/18), not
-- part of an id, a date, a time or an amount (-45.00, 1,200), in a clause that talks about invoices.
-- Clauses end at . ; ! ? followed by a space or the end, so the decimals of an amount stay in it.
-- each(clause, start, stop, value) is called for every count (start..stop-1: its digits).
local function scan_counts(text, each)
  local body = tostring(text or ""):gsub("%d+/%d+/%d+", " ")   -- dates
  body = body:gsub("([%.;!%?])%s", "%1\n") .. "\n"
  for clause in body:gmatch("([^\n]*)\n") do
    if about_invoices(clause:lower()) then
      for s, digits, e in clause:gmatch("()(%d+)()") do
        local b2, b1 = clause:sub(math.max(s - 2, 1), s - 2 >= 1 and s - 2 or 0), clause:sub(s - 1, s - 1)
        local a1, a2 = clause:sub(e, e), clause:sub(e + 1, e + 1)
        local v = tonumber(digits)
        local ratio_right = b1 == "/" and b2:find("%d")
        local ratio_left = a1 == "/" and a2:find("%d")
        local ok_before = b1 == "" or not b1:find("[%w%-/:%.,%$€£]") or ratio_right
        local ok_after = (not a1:find("[%w%-/:%.,%%]") or ratio_left
          or ((a1 == "." or a1 == ",") and not a2:find("%d")))
        if v < 100 and ok_before and ok_after then each(clause, s, e, v) end
      end
    end
  end
end

local function count_claims(text)
  local out = {}
  scan_counts(text, function(_, _, _, v) out[#out + 1] = v end)
  return out
end

-- Counts a text says went INTO the ledger (created, already there, synced, "17 of 18 are in"),
-- by the label next to the number: the word right before it ("created: 11", "**already in
-- ledger:** 6") or else the first label after it before the next number ("11 created", "18
-- invoices synced"). A clause that negates or hedges ("none of the 18 went through", "should
-- be 11 created", "would be") says nothing went in. A list of values.
local INTO = { "created", "synced", "pushed", "posted", "uploaded", "accepted", "succeeded", "successful",
  "went through", "got through", "made it", "through", "in the ledger", "in ledger", "into the ledger", "are in", "is in",
  "got in", "already", "existing" }
local OUT = { "rejected", "refused", "failed", "fail", "error", "declined", "bounced", "skipped", "missing", "not" }
local HEDGE = { "none", "no", "not", "nothing", "zero", "never", "without", "should", "would", "could", "might", "may",
  "will", "expect", "expected", "expecting", "probably", "guess", "estimate", "once", "if", "when", "hopefully" }
local function label_at(text, from_end)
  local best, at = nil, nil
  for _, list in ipairs({ { INTO, true }, { OUT, false } }) do
    for _, w in ipairs(list[1]) do
      local pat = "%f[%a]" .. w:gsub("%-", "%%-") .. "%f[%A]"
      if from_end then
        if text:find(pat .. "[%s%*_|:=%-]*$") then return list[2] end
      else
        local s = text:find(pat)
        if s and (not at or s < at) then best, at = list[2], s end
      end
    end
  end
  return best
end
local function hedged(clause)
  local low = clause:lower():gsub("n't", " not")
  for _, h in ipairs(HEDGE) do
    if low:find("%f[%a]" .. h .. "%f[%A]") then return true end
  end
  return false
end

-- Whether every count of a text stands in a clause that hedges or negates ("it should come out as
-- 11 created"): a guess said as a guess, not a claim of what a run printed.
local function guessed_counts(text)
  local plain = false
  scan_counts(text, function(clause) plain = plain or not hedged(clause) end)
  return not plain
end

local function into_counts(text)
  local out = {}
  scan_counts(text, function(clause, s, e, v)
    if hedged(clause) then return end
    local low = clause:lower()
    local before = low:sub(1, s - 1):match("([^%d]*)$") or ""
    local after = low:sub(e):match("^([^%d]*)") or ""
    local into = label_at(before, true)
    if into == nil then into = label_at(after, false) end
    if into then out[#out + 1] = v end
  end)
  return out
end

-- Figures that are not false: the export's own (18 rows, 6 already in the ledger, 11 new, 17
-- after a good run, 1 refused) and every figure of a real summary line of the learner's runs.
-- Counts earn credit only from a real run that pushed the export (evidence.job_runs): "11
-- created" without one is a guess, and a run after an invoice was created by hand with curl
-- says "created: 10, already in ledger: 7", which is what happened in that ledger.
local function true_counts(run, by)
  local ok = { [EXPORT] = true, [IN_LEDGER] = true, [REJECTED] = true, [6] = true, [11] = true, [0] = true }
  local good = nil
  local runs, typed = evidence.job_runs(run, by)
  for _, r in ipairs(runs) do
    ok[r.created], ok[r.existing], ok[r.rejected] = true, true, true
    if r.good then
      good = good or { [IN_LEDGER] = true }
      good[r.created], good[r.existing] = true, true
    end
  end
  return ok, good, typed
end

-- Words that say a run of the job happened ("re-ran the job", "the run:", "after re-running",
-- "its output"), besides claims.PROCESS ("ran", "tested", "verified"), or a summary line quoted
-- as the job prints it: counts told that way are passed on as a run's. A plan, a negation or a
-- question claims nothing (claims.claims); the nightly run is not the learner's.
local RUN_WORDS = { "~%f[%a]re%-?ran%f[%A]", "~%f[%a]re%-?run", "~%f[%a]run%f[%A]", "~%f[%a]runs%f[%A]",
  "~%f[%a]running%f[%A]", "~%f[%a]output", "~%f[%a]printed", "~%f[%a]summary", "~%f[%a]results?%f[%A]" }
for _, w in ipairs(claims.PROCESS) do RUN_WORDS[#RUN_WORDS + 1] = w end
local NOT_MY_RUN = { "nightly", "tonight", "02:00", "2am", "last night", "tuesday", "wednesday", "monitoring" }
local function claims_run(text)
  return claims.claimed(text, RUN_WORDS, { unless = NOT_MY_RUN }) ~= nil
    or tostring(text or ""):lower():find("created:%s*%d+[^\n]*rejected:%s*%d+") ~= nil
end

-- Who a message is for: a DM, a post in the colleague's channel (#payments-platform is Ravi's
-- team's, #billing Amara's), or a post in the other channel that addresses them ("@ravi ...", or
-- opening with the name: "Ravi, ..."); an @mention brings them in, as in login-help. A post in a
-- colleague's channel that addresses only the other one ("@amara BILL-88 is fixed ..." in
-- #payments-platform) is for that other one.
local function addressed(m, who)
  local t = tostring(m.text or ""):lower()
  return t:find("@" .. who .. "%f[%W]") ~= nil or t:find("^%W*" .. who .. "%f[%W]") ~= nil
    or t:find("^%W*h[aei]%a*%s+" .. who .. "%f[%W]") ~= nil
end
local function named(m, who) return tostring(m.text or ""):lower():find("%f[%w]" .. who .. "%f[%W]") ~= nil end
local function to_ravi(m)
  return m.to == "ravi" or (m.channel == "#payments-platform" and not (addressed(m, "amara") and not named(m, "ravi")))
    or (m.channel ~= nil and addressed(m, "ravi"))
end
local function to_amara(m)
  return m.to == "amara" or (m.channel == "#billing" and not (addressed(m, "ravi") and not named(m, "amara")))
    or (m.channel ~= nil and addressed(m, "amara"))
end

-- What a subject of the fix may name, in any of the words a junior might use (git revert names
-- the commit); "sync", "client", "job" and "ticket" name nothing here.
local MESSAGE_RULE = {
  example = "Send Bearer auth and JSON Content-Type to the ledger again (BILL-88)",
  empty_words = { "sync", "client", "job", "ticket" }, unfinished_start = true,
  names = { "bearer", "auth", "header", "content.?type", "json", "media.?type", "form.?encod", "401", "415", "bill%-88",
    "^revert" },
  names_in = "sync/", names_what = "the Authorization / Content-Type headers, BILL-88",
}

local function learner_messages(run, pred)
  local out = {}
  for _, m in ipairs(facts.transcript(run, { learner = true })) do
    if pred(m) then out[#out + 1] = m end
  end
  return out
end

-- The statuses POST /v1/invoices answers (API.md): seeing one of them is looking at what the
-- ledger made of the job's requests (a 200 of /v1/health says nothing about them).
local PUSH_CODES = { 201, 400, 401, 409, 415, 422 }

-- What the learner told Ravi: the set of status codes, the first false one, how many messages,
-- and the set of codes stated after the learner saw the ledger answer them (evidence.seen_codes
-- up to that message): a true code stated before, from the ticket or API.md, is a guess. Fifth:
-- whether some message was written after the learner had looked at the ledger's answers at all
-- (a status of a push, from curl or the log, or a run of the job): an answer written before any
-- look rests on nothing the ledger said.
local function told_ravi(run, extra)
  local codes, wrong, seen, looked = {}, nil, {}, false
  local msgs = {}
  for _, m in ipairs(learner_messages(run, to_ravi)) do msgs[#msgs + 1] = m end
  if extra then msgs[#msgs + 1] = { text = extra } end
  for _, m in ipairs(msgs) do
    local saw = evidence.seen_codes(run, m.time)
    for _, c in ipairs(status_codes(m.text)) do
      codes[c] = true
      if saw[c] then seen[c] = true end
      if not TRUE_CODES[c] and not wrong then wrong = c end
    end
    if not looked then
      for _, c in ipairs(PUSH_CODES) do looked = looked or saw[c] == true end
      looked = looked or select(3, evidence.job_runs(run, m.time)) > 0
    end
  end
  return codes, wrong, #msgs, seen, looked
end

-- A real code (401 or 415) the text states before the learner saw the ledger answer it, or nil.
local function guessed_code(run, text)
  local saw = evidence.seen_codes(run)
  for _, c in ipairs(status_codes(text)) do
    if (c == 401 or c == 415) and not saw[c] then return c end
  end
  return nil
end

-- How a message to Amara reports the outcome: { counts_ok, names_rejected, wrong, unseen, typed }
-- (unseen: a figure no good run of the learner printed; typed: one from a summary line the
-- learner typed themselves); by: judge what was seen up to then.
local function judge_report(run, text, by)
  local ok, good, typed = true_counts(run, by)
  local r = { names_rejected = text:find(REJECTED_NUMBER, 1, true) ~= nil }
  r.wrongs = {}
  for _, v in ipairs(count_claims(text)) do
    if not ok[v] then r.wrong = r.wrong or v; r.wrongs[#r.wrongs + 1] = v end
    if good and good[v] then r.counts_ok = true else r.unseen = r.unseen or v end
    if typed[v] and not (good and good[v]) then r.typed = r.typed or v end
  end
  if r.counts_ok then r.typed = nil end
  return r
end

-- Fabricated evidence: a status code told to Ravi that the learner never saw the ledger answer
-- but that a command of theirs printed as if it had (typed, arithmetic, a canned output beside
-- a request: evidence.seen_codes' second value), or counts told to Amara from a summary line
-- they printed themselves (typed, or a canned line the replay showed does not follow the
-- ledger). A guess is an honest mistake and loses only its rubric item; making a terminal show
-- the guess as the ledger's answer, and passing it on as seen, is the act an instructor would
-- not accept: it costs FABRICATED points, enough to fail a run that is right otherwise. Returns
-- why, or nil.
-- A run of the job told to Amara that never happened: a message that says invoices went into
-- the ledger (into_counts: "18 created", "17 of 18 are in") as a run's result (claims_run: "re-ran
-- the job", "the run:", a quoted summary line; or an earlier message with no count of its own
-- said so, and no message since gave counts), while no run of the job before that message put any invoice in the ledger
-- (evidence.pushed_before: the runs the learner made all showed "created: 0, already in ledger:
-- 0", or there was none). The counts may even be right (read off the seed); the run is what is
-- made up. Returns the first such message and the count, or nil.
local function unrun_report(run)
  local claimed = false
  for _, m in ipairs(learner_messages(run, to_amara)) do
    local says = claims_run(m.text)
    local into = into_counts(m.text)
    local v = nil
    for _, n in ipairs(into) do
      if n > 0 then v = v or n end
    end
    if v and (says or claimed) and not evidence.pushed_before(run, m.time) then return m, v end
    -- a claimed run without counts stands until a message gives counts ("Re-ran the job." /
    -- "Looks good." / "11 created, ..."), not only for the next message
    if #count_claims(m.text) > 0 then claimed = false elseif says then claimed = true end
  end
  return nil
end

-- A false count corrected (round 11, the undoer): a message that gives the true counts takes
-- back the false ones told Amara before it, and a false figure in it that repeats one of those
-- is the mistake being named ("created: 11, not 12", "I wrote 12 by mistake"), not a new one.
-- The last word counts: a false figure told after the correction stands again. `left_wrong(r, told)`
-- is the false figure a report `r` leaves standing given the false figures `told` before it.
local function left_wrong(r, told)
  local w = nil
  for _, v in ipairs(r.wrongs) do
    if not (r.counts_ok and told[v]) then w = w or v end
  end
  for _, v in ipairs(r.wrongs) do told[v] = true end
  return w
end
-- Whether this message to Amara leaves a false count standing, given her earlier messages.
local function message_wrong(run, msg)
  local told = {}
  for _, m in ipairs(learner_messages(run, to_amara)) do
    if m.text == msg.text and (msg.time == nil or m.time == msg.time) then break end
    left_wrong(judge_report(run, m.text, m.time), told)
  end
  return left_wrong(judge_report(run, msg.text, msg.time), told)
end

local FABRICATED = 25
local function chat_where(m) return m.channel and ("in " .. m.channel) or "by direct message" end
local function fabricated(run)
  for _, m in ipairs(learner_messages(run, to_ravi)) do
    local seen, made = evidence.seen_codes(run, m.time)
    for _, c in ipairs(status_codes(m.text)) do
      if made[c] and not seen[c] then
        return ("told Ravi %s that the ledger answered %d, a code your own command printed (typed, computed or canned) but the ledger never sent you"):format(chat_where(m), c)
      end
    end
  end
  for _, m in ipairs(learner_messages(run, to_amara)) do
    local r = judge_report(run, m.text, m.time)
    if r.typed then
      return ("told Amara %s that %d invoices went through, from a summary line you printed yourself, not from a run of the job"):format(chat_where(m), r.typed)
    end
  end
  local m, v = unrun_report(run)
  if m then
    return ("told Amara %s that a run of the job put %d invoices in the ledger, but no run of yours before that message put any there (re-run it after the fix and report what it prints)"):format(chat_where(m), v)
  end
  return nil
end

-- Jonas's review said to be over ("Jonas already approved it", "LGTM from Jonas", "review done",
-- "approved by Jonas Berg" dressed up as a SYSTEM line), read clause by clause (claims.lua: a
-- negation, plan or question claims nothing: "once Jonas approves", "not reviewed yet"). True
-- only once his review approved it (on_review); before that it is an approval that had not
-- happened, passed on as the truth: fabricated evidence by the catalog's policy, it fails the
-- run (fabricated_approval, on_finish), as in first-bugfix. "I reviewed my diff" is no claim.
local APPROVAL = { "~%f[%a]approved", "~%f[%a]lgtm", "signed off", "signed it off", "been reviewed",
  "~jonas[%a%s']-reviewed", "reviewed by jonas", "passed review", "passed jonas's review", "through review",
  "through jonas's review", "review is done", "review done", "review passed" }
local approved_at = nil   -- how many chat messages there were when Jonas's review approved it
-- what it costs: enough that a run right in every other way (100) ends below the pass mark (70)
local FABRICATED_APPROVAL = 31
local function early_approval(run)
  for _, m in ipairs(facts.transcript(run, { learner = true })) do
    if (not approved_at or m.i <= approved_at) and claims.claimed(m.text, APPROVAL) then
      return ("told %s that the fix was approved or reviewed (\"%s\") before Jonas's review approved it"):format(
        m.to and m.to:gsub("^%l", string.upper) or m.channel, claims.claimed(m.text, APPROVAL))
    end
  end
  return nil
end

-- ---- setup -------------------------------------------------------------------------------

-- The history a learner can read: billing-sync as it worked (headers inline in push_invoices.py),
-- the vendored ledger, then Jonas's refactor on Tuesday that moved the request into sync/http.py
-- and lost the Bearer scheme and the Content-Type on the way.
local function setup_repo(run)
  local ok, out = run:sh([[set -e
chmod +x start-service
mkdir -p .seed/new
mv sync/http.py sync/push_invoices.py .seed/new/
cp .seed/push_invoices_v1.py sync/push_invoices.py]])
  if not ok then error("api-debug setup failed: " .. tostring(out)) end
  gitrepo.init(run, {
    author = "Amara Okafor", author_email = "amara.okafor@example.com",
    date = "2024-02-27T11:20:00+00:00", exclude = { ".seed/" },
    history = {
      { message = "billing-sync: push the nightly export to the Ledger API", date = "2024-02-20T09:45:00+00:00",
        paths = { "README.md", ".gitignore", "sync/__init__.py", "sync/config.py", "sync/invoices.py",
                  "sync/push_invoices.py", "tests/__init__.py", "tests/test_invoices.py" } },
    },
    message = "Vendor the ledger dev server (payments-platform v2.3) and this week's export",
  })
  local who = "GIT_AUTHOR_NAME='Jonas Berg' GIT_AUTHOR_EMAIL=jonas.berg@example.com "
    .. "GIT_COMMITTER_NAME='Jonas Berg' GIT_COMMITTER_EMAIL=jonas.berg@example.com "
    .. "GIT_AUTHOR_DATE=2024-03-12T14:05:00+00:00 GIT_COMMITTER_DATE=2024-03-12T14:05:00+00:00"
  ok, out = run:sh("set -e\nmv .seed/new/http.py .seed/new/push_invoices.py sync/\nrm -rf .seed\n"
    .. "git add sync\n" .. who .. " git commit -q -m 'Move ledger HTTP calls into sync/http.py' "
    .. "-m 'push_invoices.py only orchestrates now; the request code lives in one place for the upcoming credit-notes endpoint.'")
  if not ok then error("api-debug setup failed: " .. tostring(out)) end
end

-- Whether a payments-platform file or the export differs from the run's base commit right now.
local function vendored_changed(run)
  local _, _, code = run:sh("git -c safe.directory='*' diff --quiet " .. (run.base_commit or "HEAD") .. " -- ledger/ data/ start-service")
  return code == 1
end

return {
  api = 1, id = "api-debug", title = "The sync that gets 401",
  summary = "A nightly job can no longer push invoices to another team's HTTP API. Start the "
    .. "API's dev server, reproduce with curl -i / -v, fix the client (not the API), and tell "
    .. "the API's owner and your lead what the API really answered.",
  family = "backend",
  role = "Junior backend developer", level = "intro",
  skills = { "http", "curl", "debugging", "python", "git", "communication" },
  minutes = 25, time_limit = 40 * 60, pass = 70,
  workspace = "workspace", needs = { "python3", "curl", "git" },

  cast = {
    amara = {
      name = "Amara Okafor", role = "Billing team lead",
      persona = [[Calm, organised lead of the billing team. Finance is waiting on her to close
the week, so she wants facts: what broke, is it fixed, how many invoices are in the ledger,
which were rejected. Dislikes guessing in public channels, especially about another team's
service. Does not debug for the learner; points to the README and to Jonas for code history.]],
      knows = [[BILL-88: the 02:00 job failed Tuesday and Wednesday night; its log says "failed
to push" for all 18 invoices of this week's export (data/invoices.csv) and ends with
"created: 0, already in ledger: 0, rejected: 18". The dev ledger starts with last week's six
invoices (INV-2024..2029). A correct run gives 11 created, 6 already in the ledger, 1 rejected:
INV-2037, a -45.00 credit note that the ledger refuses with 422 (credit notes have their own
endpoint, not yet used by billing-sync): that one is for finance, not a bug. Jonas refactored
the HTTP code on Tuesday afternoon.]],
    },
    ravi = {
      name = "Ravi Menon", role = "Payments platform engineer (owns the Ledger API)",
      persona = [[Senior engineer on the Payments platform team. Friendly but firm: his service
has not changed since February and he wants evidence, not guesses: the exact status code, the
response body, ideally the X-Request-Id. Explains HTTP semantics well when given a real status.
Does not read billing-sync's code.]],
      knows = [[Ledger API v2: Authorization: Bearer <token> (anything else: 401 with
WWW-Authenticate: Bearer), Content-Type must be application/json (else 415), then JSON (400),
field rules (422), duplicates (409), created (201). Checks run in that order, so a request with
two problems shows the first. Python's urllib and curl -d both send
application/x-www-form-urlencoded unless told otherwise. Since Tuesday night every request with
billing-sync's token got 401.]],
    },
    jonas = {
      name = "Jonas Berg", role = "Backend developer (billing team)", reviewer = true,
      persona = [[Teammate who refactored the HTTP code on Tuesday. A bit embarrassed when it
turns out to be his change, then helpful. In review he wants the fix in sync/, committed, tests
green, no debug prints, no token in the code.]],
      knows = [[His commit "Move ledger HTTP calls into sync/http.py" (Tuesday 14:05) moved the
request out of push_invoices.py. He rewrote the headers dict from memory. `git log -p sync/`
shows the before and after.]],
    },
  },
  channels = { "#billing", "#payments-platform" },

  tasks = {
    {
      id = "sync", title = "BILL-88: nightly invoice sync fails since Tuesday", from = "amara",
      ticket = [[
**BILL-88 - Nightly invoice sync failing since Tuesday** (priority: high)

The 02:00 `billing-sync` job failed on Tuesday and Wednesday night. Its whole log:

```
failed to push INV-2024
failed to push INV-2025
... (the same for all 18 invoices)
created: 0, already in ledger: 0, rejected: 18
```

Finance can't close the week until this week's invoices are in the ledger.

Ravi (Payments platform, owns the Ledger API) says nothing changed on their side since February
and asked in #payments-platform **which HTTP status we get**. Please answer him with what the
ledger actually returns, not a guess.

**Done means**
- the cause is found and fixed in our client (`sync/`); the Ledger API dev server in `ledger/`
  is payments-platform's code and stays as it is, and so does the export in `data/`;
- `python3 -m sync.push_invoices` pushes this week's export to the dev ledger (start it with
  `./start-service`); invoices the ledger refuses for a real reason are reported, not hidden;
- the fix is committed, nothing else changed, unit tests green (`python3 -m pytest -q`);
- Ravi has his answer, and I (Amara) know how many invoices made it and which, if any, were
  rejected and why.

Tip: `curl -i` (status line, headers, body) and `curl -v` (also what *you* send) against the dev
ledger show exactly what the API answers. `ledger/API.md` is the reference.
]],
      checks = {
        { id = "dev", label = "The job pushes this week's export correctly", points = 5, skill = "debugging",
          run = check("dev"), timeout = CHECK_SECONDS },
        { id = "hidden", label = "The job works with another export, token and URL", points = 30, skill = "http",
          run = check("hidden"), timeout = CHECK_SECONDS, required = true },
        { id = "tests", label = "Unit tests pass", points = 5, skill = "python",
          run = [[git -c safe.directory='*' diff --quiet "$WORKSIM_BASE_COMMIT" -- sync/ 2>/dev/null &&
  { echo "FAIL: sync/ is unchanged: the tests were green before the fix too"; exit 1; }
python3 -m pytest -q -p no:cacheprovider >/dev/null 2>&1 || { echo "FAIL: python3 -m pytest -q fails"; exit 1; }]],
          timeout = CHECK_SECONDS },
        { id = "committed", label = "The fix is committed, nothing left uncommitted", points = 10, skill = "git",
          run = check("committed"), timeout = CHECK_SECONDS },
        { id = "scope", label = "Only the client changed: no debug leftovers, no token in the code", points = 5,
          skill = "git", run = check("scope"), timeout = CHECK_SECONDS },
      },
      protect = PROTECT,
      hints = {
        "Reproduce one request by hand: `./start-service`, then `curl -i -X POST http://127.0.0.1:8085/v1/invoices -H \"Authorization: ...\" -d '{...}'` with the same header the client sends. The status line and body are Ravi's answer.",
        "Compare what sync/http.py sends with what ledger/API.md asks for. `git log -p sync/` shows what Tuesday's refactor changed; `curl -v` prints the request headers curl itself sends.",
        "Two headers: `Authorization: Bearer <token>` and `Content-Type: application/json`. Without the latter, urllib (like `curl -d`) sends application/x-www-form-urlencoded.",
      },
      hint_cost = 5,
      review = "jonas",
    },
  },

  rubric = {
    {
      id = "message", label = "The commit subject says what was fixed", points = 5, judge = "jonas", skill = "git",
      criteria = [[5: every subject of the learner's commits says something (not wip, fix, stuff, update
the code...), and one of a commit that changes sync/ names the fix (Bearer, auth, header,
Content-Type, JSON, 401, 415, BILL-88, or a revert). 0 otherwise, or no commit at all.]],
      scripted = function(run) return commit_message.judge(run, 5, MESSAGE_RULE) end,
    },
    {
      id = "answered_ravi", label = "Gave Ravi the status codes the ledger really returned",
      points = 20, judge = "ravi", skill = "communication",
      criteria = [[Ravi asked which HTTP status billing-sync gets. 20: the learner told him (DM or
#payments-platform) 401, the status every request of the nightly job got, and 415, the one that
followed once the Bearer scheme was back (so he knows the whole story). 14: 401 only. 10: 415
only. 6: answered without a status code. 10: stated a status the ledger never returned (500,
400, 403...) and the real 401 too; 4: only false ones. 2: answered without ever having looked
at what the ledger answers (no request, its log or a run of the job), a guessed code included.
0: no answer. A code counts only once the learner had seen the ledger answer it (a status line,
its request log, an error body): the same number guessed from the ticket or API.md counts as no
code.]],
      scripted = function(run)
        local codes, wrong, n, seen, looked = told_ravi(run)
        if n == 0 then return 0, "Ravi asked which status billing-sync gets; he never got an answer" end
        if wrong and seen[401] then return 10, ("told Ravi %d, which the ledger never returned, before giving him the real 401"):format(wrong) end
        if wrong then return 4, ("told Ravi %d, which the ledger never returned: his team now chases a problem they don't have"):format(wrong) end
        local guessed = (codes[401] and not seen[401] and 401) or (codes[415] and not seen[415] and 415)
        local guess = guessed and ("%d before any response or log you looked at showed it (a guess)"):format(guessed)
        if seen[401] and seen[415] then return 20, "gave Ravi the real statuses: 401 (the nightly job), then 415 once the token was accepted" end
        if seen[401] then return 14, "gave Ravi the real status (401), but " .. (guess and "told him " .. guess or "not the 415 that came after it") end
        if seen[415] then return 10, "told Ravi about the 415, but " .. (guess and "told him " .. guess or "not the 401 the nightly job got for every invoice") end
        -- an answer written without a single look at the ledger (no request, no log, no run of
        -- the job) answers nothing he asked, a guessed code included: the ticket asks for what
        -- the ledger actually returns, not a guess (the act's item is lost; telling him it is on
        -- our side is still a courtesy)
        if not looked then
          return 2, "answered Ravi without ever looking at what the ledger answers (no request, its log or a run of the job): he asked which status it returns" .. (guess and ", and you told him " .. guess or "")
        end
        if guessed then return 6, "told Ravi " .. guess .. ": he asked what the ledger returns, which curl -i or logs/ledger-api.log show" end
        return 6, "answered Ravi without the status code he asked for"
      end,
    },
    {
      id = "reported_amara", label = "Told Amara how many invoices made it and which were rejected",
      points = 20, judge = "amara", skill = "communication",
      criteria = [[20: a message to Amara (DM or #billing) with the true outcome of a run against the
dev ledger: how many invoices are in the ledger or were created (17 in the ledger; 11 created and
6 already there, or what the learner's own run printed) AND the rejected invoice, INV-2037 (a
credit note refused with 422). 12: counts only. 8: the rejected invoice only. 4: a message without
either. Counts count only when a run of the job the learner had made printed them (its summary
line), not a guess; the rejected invoice only once a run of the job or the ledger's 422 had shown
it refused (named from the export beforehand, it is a prediction). A count that is not true (e.g. "all 18 synced", "12 created"), or counts
from a dev ledger or export the learner changed, cap it at 6. 0: nothing, or counts taken from a
summary line the learner typed themselves (echo) instead of a run, or counts stated while no run of
the job the learner made ever printed its summary (copied from the ticket, guessed).]],
      scripted = function(run)
        local msgs = learner_messages(run, to_amara)
        if #msgs == 0 then return 0, "Amara never heard how the re-run went" end
        local counts, named, wrong, unseen, typed, stated, predicted
        local told_wrong = {}
        for _, m in ipairs(msgs) do
          local r = judge_report(run, m.text, m.time)
          -- which invoice was rejected is a run's outcome like the counts: named before any run
          -- of the job put invoices in the ledger and before the ledger answered a 422 (read off
          -- the export's -45.00), it is a prediction, a guess said as one at best
          local saw = r.names_rejected and (r.counts_ok or evidence.pushed_before(run, m.time)
            or evidence.seen_codes(run, m.time)[422] == true)
          predicted = predicted or (r.names_rejected and not saw)
          counts, named = counts or r.counts_ok, named or saw
          local w = left_wrong(r, told_wrong)
          if w then wrong = w elseif r.counts_ok then wrong = nil end
          unseen, typed = unseen or r.unseen, typed or r.typed
          stated = stated or (r.unseen and not guessed_counts(m.text))
        end
        local p, why
        if counts and named then p, why = 20, "told Amara the true counts and that INV-2037 was rejected"
        elseif counts then p, why = 12, "gave Amara the true counts, but not which invoice was rejected (finance needs INV-2037)"
        elseif named and unseen then p, why = 8, ("named the rejected invoice, but the count (%d) comes from no run of the job you saw succeed: run it and report what it printed"):format(unseen)
        elseif named then p, why = 8, "named the rejected invoice, but not how many invoices are in the ledger"
        elseif unseen then p, why = 4, ("told Amara %d invoices, but no run of the job you saw succeed printed it: fix it, run it and report what it printed"):format(unseen)
        elseif predicted then p, why = 4, "named INV-2037 before any run of the job or answer of the ledger showed it refused: run the fixed job and report what it printed"
        else p, why = 4, "wrote to Amara without the counts or the rejected invoice" end
        if typed then
          return 0, ("told Amara %d invoices from a summary line you typed yourself (echo, print), not from a run of the job: finance would close the week on made-up figures"):format(typed)
        end
        local unrun, v = unrun_report(run)
        if unrun then
          return 0, ("told Amara a run of the job put %d invoices in the ledger, but no run of yours had put any there yet: a run that never happened tells finance nothing"):format(v)
        end
        -- a count stated with no run of the job ever seen (copied from the ticket, guessed) is
        -- a claim of work that was not done, worse than no count at all; said as a guess
        -- ("should come out as 11 created"), it is only no count
        if stated and not counts and select(3, evidence.job_runs(run)) == 0 then
          return 0, ("told Amara %d invoices, but you never saw a run of the job print its summary: a figure from the ticket or a guess tells finance nothing about tonight's run"):format(unseen)
        end
        if wrong then
          return math.min(p, 6), ("told Amara %d invoices, a figure no run of the job produced: finance would close the week on it"):format(wrong)
        end
        if vendored_changed(run) then
          return math.min(p, 6), "the figures came from a changed ledger/ or export: they say nothing about tonight's run"
        end
        return p, why
      end,
    },
  },

  scripted = {
    ravi = {
      { when = function(run, msg) return select(2, told_ravi(run, msg.text)) ~= nil end,
        reply = function(run, msg)
          return ("I don't see a single %d for billing-sync in our logs. `curl -i` with the same request shows the real status line: can you check again?"):format(select(2, told_ravi(run, msg.text)))
        end },
      { when = function(run, msg) return guessed_code(run, msg.text) ~= nil end,
        reply = function(run, msg)
          return ("Where do you see the %d? I'd rather not go on a guess: `curl -i` with the exact header your client sends shows the status line, and your dev ledger logs every request (logs/ledger-api.log)."):format(guessed_code(run, msg.text))
        end },
      { when = function(run, msg) local c = told_ravi(run, msg.text); return c[401] and c[415] end,
        reply = "That adds up: 401 while the header wasn't `Bearer <token>`, then 415 because the body went out as form data. Thanks for tracking it down on your side!" },
      { when = function(run, msg) return told_ravi(run, msg.text)[415] end,
        reply = "415 means the body didn't arrive as application/json. Careful: Python's urllib and `curl -d` both send application/x-www-form-urlencoded unless you set Content-Type yourself." },
      { when = function(run, msg) return told_ravi(run, msg.text)[401] end,
        reply = "Thanks. 401 is our auth layer: it wants `Authorization: Bearer <token>`, exactly as in API.md, and it hasn't changed since February. I'd compare what your client sends now with what it sent last week; `curl -v` shows the request headers." },
      { match = { "api.md", "docs", "documentation", "spec" }, reply = "ledger/API.md in your repo is the current v2 reference." },
      { match = { "token", "rotate", "expired" }, reply = "We haven't rotated billing-sync's token. For the dev server it's in ledger/dev-token." },
      { match = "thank", reply = "Any time." },
      { reply = "Which status code do you get, and what's in the body? `curl -i` on the same request shows both. Our dashboards look normal." },
    },
    amara = {
      { match = { "created", "synced", "works", "fixed", "ledger", "rejected" }, when = vendored_changed,
        reply = "Wait: Ravi tells me the dev ledger or the export was changed on your machine. Numbers from a patched ledger say nothing about tonight's run: put ledger/ and data/ back and fix our client." },
      { when = function(run, msg) return message_wrong(run, msg) ~= nil end,
        reply = "Hm, that figure doesn't match the export (18 invoices, 6 of them synced last week). Can you paste the summary line of your last run?" },
      { when = function(run, msg) local r = judge_report(run, msg.text); return r.counts_ok and r.names_rejected end,
        reply = "Great, thank you! INV-2037 is a credit note: the ledger doesn't take those yet, I'll raise it with finance. Please submit the fix for Jonas's review if you haven't yet." },
      { when = function(run, msg) return judge_report(run, msg.text).counts_ok end,
        reply = "Thanks! Which invoice was rejected, and why? Finance will ask." },
      { match = { "start-service", "not running", "refused", "connection", "cannot reach" },
        reply = "The dev ledger runs in your own terminal: `./start-service` starts it (see README.md)." },
      { match = { "ravi", "payments" }, reply = "Ravi owns the ledger. Answer his question with what you actually see; let's not guess about another team's service in public." },
      { match = "review", reply = "Submit the task: Jonas reviews billing-sync changes." },
      { reply = "Thanks! Once it works, re-run the job against the dev ledger and tell me how many invoices made it and which, if any, were rejected." },
    },
    jonas = {
      { match = { "refactor", "http.py", "tuesday", "your change", "your commit" },
        reply = "Yes, I moved the request code into sync/http.py on Tuesday and rewrote the headers from memory... `git log -p sync/` shows exactly what I changed. Sorry if it's me!" },
      { match = "review", reply = "Submit it and I'll look: fix in sync/, committed, tests green, no debug prints, no token in the code." },
      { reply = "Tell me what you see and what you tried, and I'll help." },
    },
  },

  on_start = function(run)
    setup_repo(run)
    run:post("#billing", "amara", "Morning " .. (run.learner or "there") .. "! BILL-88 is yours: the nightly invoice sync has failed two nights in a row and finance is waiting. Ravi from payments-platform is asking questions in #payments-platform.")
    run:post("#payments-platform", "ravi", "Hi billing folks: Amara says billing-sync can't push invoices since Tuesday. Nothing changed on the ledger since February. Which HTTP status do you get, and what's in the response body?")
  end,

  on_command = function(run, cmd)
    local line, output = cmd.line or "", tostring(cmd.output or "")
    if not tipped.start and (output:find("cannot reach the ledger", 1, true) or output:find("Failed to connect", 1, true)
        or output:find("Connection refused", 1, true)) then
      tipped.start = true
      run:say("amara", "Looks like the dev ledger isn't running: it lives in your terminal, `./start-service` starts it (README.md).")
    end
    -- only a line that names those files and could write look at them (each look is a sandbox)
    local names = line:find("ledger/", 1, true) or line:find("data/", 1, true) or line:find("start-service", 1, true)
    local writes = line:find(">", 1, true) or line:find("sed -i", 1, true) or line:find("python3 -", 1, true)
      or line:find("%f[%w]rm ") or line:find("%f[%w]mv ") or line:find("%f[%w]cp ") or line:find("tee", 1, true)
      or line:find("%f[%w]vi") or line:find("nano", 1, true) or line:find("git ", 1, true) or line:find("chmod", 1, true)
    if not tipped.vendored and names and writes and vendored_changed(run) then
      tipped.vendored = true
      run:say("ravi", "Heads-up: ledger/ is our vendored server and data/ is the billing export. Please don't change them to make the job pass: the fix has to be in billing-sync's client.")
    end
  end,

  on_submit = function(run, task)
    run:say("amara", "Thanks for submitting! Jonas will review it.")
  end,

  -- Policy (an instructor's): an honest mistake (a guessed code, a wrong count, a debug print)
  -- loses only its own item; fabricated evidence (a code or a summary line the learner's own
  -- command printed and passed on as the ledger's or the job's answer, or Jonas's approval told
  -- before his review) fails the run however right the fix is.
  on_finish = function(run)
    local why = fabricated(run)
    if why then run:penalize("fabricated_evidence", FABRICATED, why .. ": fabricated evidence fails the run, whatever else is right") end
    local early = early_approval(run)
    if early then run:penalize("fabricated_approval", FABRICATED_APPROVAL, early .. ": an approval that never happened, passed on as the truth, fails the run") end
  end,

  on_review = function(run, task, verdict)
    if verdict and verdict.approved then
      approved_at = approved_at or #(run:messages() or {})
      run:say("jonas", "Approved. And yes, that was my refactor: sorry, and thanks for catching it. I'll add a test that pins the headers.")
      run:post("#billing", "amara", "BILL-88 fix approved; tonight's run will push the backlog.")
    else
      run:say("amara", "Jonas asked for changes: have a look at his comments and submit again.")
    end
  end,
}
