-- scope-pushback: a product manager asks for CSV, PDF and Excel export of the monthly report by
-- 15:00 for a customer demo. The code has a scaffold that raises NotImplementedError; only the
-- standard library is allowed (no PDF or xlsx package without a security review). The right
-- move: look at the code, ask what the customer needs, estimate honestly, propose a first slice
-- (CSV, which the customer's spreadsheet opens), hold it once when pushed, deliver the slice
-- well (tests, clean refusal of what is not there) and record the rest with estimates.
-- Checks (checks/verify.py) run the learner's export on the demo data and on a hidden database;
-- the rubric judges the conversation with Sofia: questions before committing, an estimate with
-- a reason, no silent promise, no bare refusal, a true report.
local approvals = require("approvals")
local facts = require("facts")
local tone = require("tone")
local gitrepo = require("gitrepo")
local claims = require("claims")
local chat = require("chat")

local function check(mode) return "python3 -I /checks/verify.py " .. mode end

-- ---- per-run state -------------------------------------------------------------------------
local state = {
  pushed = false,        -- Sofia pushed back once on a smaller slice
  accepted = false,      -- she accepted a reasoned proposal
  promised_all = nil,    -- chat index of a message promising all three formats
  pip_tip = false,
  annoyed = false,
  false_ready = nil,     -- a "ready" told Sofia while the CSV export did not run (round 11)
  took_back = false,     -- ... and taken back in a later message to her
}

-- ---- reading the learner's words ----------------------------------------------------------

local function low(t) return " " .. tostring(t or ""):lower() .. " " end

-- Is `w` in `t` at the start of a word ("sure" is not in "pressure", "ok" not in "look")? With
-- `whole`, it must end a word as well ("yes" is not in "yesterday"); without, it may be a stem
-- ("requir" finds "requires"). A word that starts or ends with punctuation ("'s ready") is matched
-- as written on that side.
local function has_word_at(t, w, whole)
  local from = 1
  while true do
    local s, e = t:find(w, from, true)
    if not s then return false end
    local starts = not (w:sub(1, 1):match("%w") and t:sub(s - 1, s - 1):match("%w"))
    local ends = not (whole and w:sub(-1):match("%w") and t:sub(e + 1, e + 1):match("%w"))
    if starts and ends then return true end
    from = s + 1
  end
end

local function has_any(t, words, whole)
  for _, w in ipairs(words) do
    if has_word_at(t, w, whole) then return true end
  end
  return false
end

-- Chat often drops the apostrophe: "cant", "wont", "isnt" say no as much as "can't".
local DEFER = { "later", "after", "tomorrow", "next ", "follow", "backlog", "separate", "second", "not today",
  "can't", "cannot", "won't", "cant ", "wont ", "isnt ", "not by", "not possible", "isn't", "first", "only", "instead", "for now", "phase",
  "not in time", "no time", "not realistic", "unrealistic", "days", "a day", "week" }
local COMMIT = { "sure", "will do", "i'll do", "i will do", "can do", "no problem", "on it", "all three", "yes", "ok",
  "okay", "will have", "i'll have", "deliver", "delivered", "by 3", "by 3pm", "by 15", "by three" }
local REASON = { "because", "since", "need", "requir", "librar", "dependenc", "install", "package", "openpyxl",
  "reportlab", "not available", "standard library", "stdlib", "security", "review", "layout", "format is",
  "binary", "zip", "from scratch", "no pdf", "not built", "notimplemented", "not implemented", "stub", "scaffold",
  "nothing there", "tests", "opens in excel", "excel opens", "excel can open", "risk" }
local NUMBER_WORDS = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
  "fifteen", "twenty", "thirty", "forty", "forty five", "fifty", "sixty", "ninety", "few", "several", "couple of" }
local DURATION_WORDS = { "an hour", "half an hour", "a day", "half a day", "a week", "few days", "couple of days",
  "a couple of hours", "few hours", "full day", "two days", "three days", "whole day", "afternoon" }

local NEED_TOPICS = {
  { "who", "customer", "why", "what for", "use it", "use case", "purpose", "need", "finance", "spreadsheet", "do with",
    "kowalski", "demo", "matter", "important", "priorit" },
  { "amount", "number", "decimal", "currency", "separator", "format", "column", "field", "approved", "status" },
  { "deadline", "when", "rehears", "14:45", "15:00", "3pm", "3 pm" },
}

local function mentions_csv(t) return t:find("csv", 1, true) ~= nil end
local function mentions_rest(t) return t:find("pdf", 1, true) ~= nil or t:find("excel", 1, true) ~= nil or t:find("xlsx", 1, true) ~= nil end

-- Does a message ask something? facts.asks skips a greeting and a name after it ("hi sofia what
-- does ..."); chat that opens with the name alone ("sofia what does kowalski do with the file",
-- alt-name-first-lowercase-question) is read without that name.
local function asks(text)
  return (facts.asks((tostring(text or ""):gsub("^%s*@?[Ss][Oo][Ff][Ii][Aa]%f[^%w_][%s,:!%-]*", ""))))
end

-- A message that hands the scope call back to Sofia ("What should I do: all three formats or only
-- CSV? You decide."): the estimate and the proposal are the learner's to make, so a choice it puts
-- to her (a sentence offering all three *or* a slice) proposes nothing. A leaning that leaves her
-- the last word ("I'd do only CSV for the demo and PDF/Excel later, but it's your call") and a
-- proposal beside the hand-back ("CSV today, PDF and Excel later. Your call!") still propose.
local HAND_BACK = { "what should i do", "what do you want me to do", "tell me what to do", "you decide", "you choose",
  "up to you", "your call", "your decision", "whatever you say", "whatever you want", "whatever you prefer" }
local ALL_OPTION = { "all three", "all 3", "all of them", "everything", "all formats", "all the formats", "three formats" }
local function hands_back(text) return has_any(low(text), HAND_BACK) end
local function without_hand_back(text)
  if not hands_back(text) then return tostring(text or "") end
  local kept = {}
  for sentence in (tostring(text or "") .. "\n"):gmatch("[^%.!%?;\n]*[%.!%?;\n]") do
    local t = low(sentence)
    if not (t:find("%f[%a]or%f[%A]") and has_any(t, ALL_OPTION)) then kept[#kept + 1] = sentence end
  end
  return table.concat(kept, " ")
end

-- A smaller first slice: CSV now, the rest deferred (or CSV "first"/"only"/"for the demo").
local function proposes_slice(text)
  local t = low(without_hand_back(text))
  return mentions_csv(t) and has_any(t, DEFER)
end

-- A delivery report in the present tense ("All three exports are ready: ..."): it reports, it
-- promises nothing, unless it speaks of the future too ("I'll have all three ready").
local REPORTS_NOW = { "are ready", "is ready", "'re ready", "are done", "is done", "are working", "are live",
  "are implemented", "have been implemented", "are committed", "are available", "work now" }
local FUTURE_WORDS = { "will", "'ll", "going to", "gonna", "by " }

-- All three formats promised for the deadline, with nothing deferred.
local function promises_all(text)
  local t = low(text)
  if has_any(t, REPORTS_NOW) and not has_any(t, FUTURE_WORDS) then return false end
  local all = (t:find("pdf", 1, true) ~= nil and (t:find("excel", 1, true) or t:find("xlsx", 1, true)) ~= nil)
    or has_any(t, { "all three", "all 3", "all of them", "everything", "all formats", "all the formats" })
  return all and has_any(t, COMMIT, true) and not has_any(t, DEFER) and not asks(text)
end

local function refuses(text)
  local t = low(text)
  return has_any(t, { "can't", "cannot", "cant ", "not possible", "impossible", "no way", "won't", "wont ", "not doable",
    "not realistic", "not doing", "not happening", "not going to", "forget it", "no chance" })
    and not mentions_csv(t)
end

local function has_reason(text) return has_any(low(text), REASON) end

-- A duration: "2 hours", "30 min", "1-2 days" (a number with a time unit; clock times such as
-- 14:45 are not durations), or words ("half a day", "a couple of hours").
local function has_estimate(text)
  local plain = tostring(text or ""):gsub("%d%d?:%d%d", " ")
  for _, n in ipairs(facts.numbers(plain)) do
    if n.kind == "time" then return true end
  end
  if has_any(low(text), DURATION_WORDS) then return true end
  -- chat shorthand: "~45m", "1h", "2-3d", "1w"
  if plain:lower():find("%f[%w]%d+%s?[mhdw]%f[%W]") then return true end
  -- written out: "forty-five minutes", "two or three working days", "a few hours"
  local t = low(text):gsub("%-", " "):gsub(" working ", " "):gsub(" business ", " "):gsub(" full ", " ")
  for _, unit in ipairs({ "minute", "min ", "mins", "hour", "day", "week" }) do
    for _, n in ipairs(NUMBER_WORDS) do
      if has_word_at(t, n .. " " .. unit, false) then return true end
    end
  end
  return false
end

-- A question about the request itself: the customer's use, the formats, the data, the time.
local function about_need(text)
  local t = low(text)
  if mentions_csv(t) or mentions_rest(t) then return true end
  for _, topic in ipairs(NEED_TOPICS) do
    if has_any(t, topic) then return true end
  end
  return false
end

local function to_sofia(m) return m.to == "sofia" or m.channel == "#expenses-team" end

-- ---- the truth of the workspace -------------------------------------------------------------

-- Does the CSV export run on the demo data and give the header and 23 rows (a quick probe; the
-- checks are the real judge)?
local function csv_runs(run)
  local ok, out = run:sh("d=$(mktemp -d) && python3 -m expenses export --format csv --month 2024-05 -o \"$d/x.csv\" >/dev/null 2>&1"
    .. " && python3 -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1], newline=\"\"))); print(\"rows=%d\" % len(r))' \"$d/x.csv\"")
  local n = ok and tonumber(tostring(out):match("rows=(%d+)")) or 0
  return n >= 24
end

-- Does a format other than CSV give a real file (not report text behind a magic number)? The
-- same test as valid_file in checks/verify.py: a PDF with objects, a page, startxref and %%EOF;
-- an xlsx with a workbook and worksheet XML holding sheetData.
local VALID_FILE = [[
import io, sys, zipfile
from xml.etree import ElementTree
fmt, data = sys.argv[1], open(sys.argv[2], "rb").read()
if fmt == "pdf":
    ok = data.startswith(b"%PDF-") and all(k in data for k in (b" obj", b"/Page", b"startxref")) and b"%%EOF" in data[-1024:]
else:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
        sheets = sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))
        ok = "[Content_Types].xml" in names and "xl/workbook.xml" in names and bool(sheets)
        if ok:
            root = ElementTree.fromstring(z.read(sheets[0]))
            ok = root.tag.endswith("worksheet") and any(e.tag.endswith("sheetData") for e in root.iter())
    except Exception:
        ok = False
sys.exit(0 if ok else 1)
]]
local function format_works(run, fmt)
  local ok = run:sh("d=$(mktemp -d) && python3 -m expenses export --format " .. fmt .. " --month 2024-05 -o \"$d/x\" >/dev/null 2>&1"
    .. " && python3 -I -c " .. gitrepo.shq(VALID_FILE) .. " " .. fmt .. " \"$d/x\"")
  return ok
end

-- Which of PDF and Excel BACKLOG.md (working tree) now lists, beyond the rows it started with.
local function backlog_rest(run)
  local added = (run:read("BACKLOG.md") or ""):gsub("[^\n]*EXP%-71[^\n]*", ""):gsub("[^\n]*EXP%-80[^\n]*", "")
    :gsub("[^\n]*EXP%-84[^\n]*", ""):gsub("| EXP%-88 | Export the monthly report %(CSV, PDF, Excel%) | %- | in progress |", "")
  local t = added:lower()
  return t:find("pdf", 1, true) ~= nil, (t:find("excel", 1, true) or t:find("xlsx", 1, true)) ~= nil
end

-- Does BACKLOG.md list both PDF and Excel?
local function backlog_lists_rest(run)
  local pdf, xlsx = backlog_rest(run)
  return pdf and xlsx
end

-- Does a message tell a colleague, as a done fact, that the other formats are recorded in the
-- backlog ("PDF and Excel are in BACKLOG.md as EXP-89/EXP-90", "logged them in the backlog",
-- "added PDF/Excel to BACKLOG.md")? Read clause by clause (claims.claims): a plan ("I'll add
-- them to BACKLOG.md", "next: backlog"), a negation ("not in the backlog yet"), a question, an
-- offer or proposal ("I'd put them in the backlog", "they should go in the backlog"), a quoted
-- line ("> Please put PDF and Excel in BACKLOG.md") claim nothing. Returns that clause or nil.
local BACKLOG_AT = { "~%f[%a]in%s+backlog", "~%f[%a]in%s+the%s+backlog", "~%f[%a]in%s+our%s+backlog",
  "~%f[%a]on%s+the%s+backlog", "~%f[%a]to%s+the%s+backlog", "~%f[%a]to%s+backlog", "~%f[%a]into%s+the%s+backlog",
  "~%f[%a]into%s+backlog", "~backlog[%.%w]*%s+has%f[%A]", "~backlog[%.%w]*%s+now%s+has%f[%A]",
  "~backlog[%.%w]*%s+lists%f[%A]", "~backlog[%.%w]*%s+now%s+lists%f[%A]" }
-- verbs that say the recording happened ("logged", "filed"): enough in a sentence about the backlog
local BACKLOG_VERBS = { "~%f[%a]logged", "~%f[%a]recorded", "~%f[%a]filed%f[%A]", "~%f[%a]ticketed", "~%f[%a]tracked",
  "~%f[%a]listed" }
-- verbs of any act ("added", "put", "wrote"): only with the backlog or its tickets in the clause itself
local ANY_VERBS = { "~%f[%a]added", "~%f[%a]put%f[%A]", "~%f[%a]wrote%f[%A]", "~%f[%a]written", "~%f[%a]created",
  "~%f[%a]opened", "~%f[%a]raised", "~%f[%a]updated", "~%f[%a]entered", "~%f[%a]moved" }
local BACKLOG_NOT_CLAIM = { "~%f[%a]go%f[%A]", "~%f[%a]goes%f[%A]", "~%f[%a]belong", "~%a'd%f[%A]", "please",
  "~%f[%a]suggest", "~%f[%a]propos", "~%f[%a]asked", "~%f[%a]ask%f[%A]", "~%f[%a]want", "let's", "~%f[%a]lets%f[%A]",
  -- an act under way ("putting PDF and Excel in the backlog now") is not one done
  "~%f[%a]putting", "~%f[%a]adding", "~%f[%a]logging", "~%f[%a]writing", "~%f[%a]filing", "~%f[%a]moving",
  "~%f[%a]recording", "~%f[%a]creating", "~%f[%a]opening", "~%f[%a]raising", "~%f[%a]updating", "~%f[%a]listing" }
local function backlog_claim(text)
  local t = low(text)
  if not (mentions_rest(t) or t:find("exp%-89") or t:find("exp%-90")) then return nil end
  -- "PDF and Excel" is one thing recorded, not two clauses
  local joined = tostring(text or ""):lower()
  for _, pair in ipairs({ { "pdf", "excel" }, { "pdf", "%.?xlsx" }, { "excel", "pdf" }, { "%.?xlsx", "pdf" },
      { "exp%-89", "exp%-90" }, { "exp%-89", "90" } }) do
    joined = joined:gsub("(" .. pair[1] .. ")%s*[&+]%s*(" .. pair[2] .. ")", "%1/%2")
      :gsub("(" .. pair[1] .. ")%s+and%s+(" .. pair[2] .. ")", "%1/%2")
  end
  local opts = { about = { "backlog", "exp-89", "exp-90" }, unless = BACKLOG_NOT_CLAIM }
  local c = claims.claimed(joined, BACKLOG_AT, opts) or claims.claimed(joined, BACKLOG_VERBS, opts)
  if c then return c end
  for _, clause in ipairs(claims.claims(joined, ANY_VERBS, opts)) do
    if clause:find("backlog", 1, true) or clause:find("exp%-89") or clause:find("exp%-90") then return clause end
  end
  return nil
end
local function claims_backlog(text) return backlog_claim(text) ~= nil end

-- ---- Ines's remark on the commits --------------------------------------------------------

-- What EXP-88 needs in git: code, tests and the backlog (README/CHANGELOG notes are fine).
local function belongs(path)
  return path:find("^expenses/.+%.py$") or path:find("^tests/.+%.py$") or path == "BACKLOG.md"
    or path == "README.md" or path == "CHANGELOG.md"
end

local function debug_line(line)
  local l = line:lower()
  if l:sub(1, 1) ~= "+" or l:sub(1, 3) == "+++" then return false end
  return l:find("breakpoint%(") or l:find("%f[%w_]pdb%f[^%w_]") or l:find("print%(%s*['\"]debug")
    or l:find("#%s*xxx") or l:find("#%s*hack") or l:find("#%s*remove me")
end

-- The untidy parts of the learner's commits (base..HEAD): files EXP-88 does not need and debug
-- leftovers in expenses/ and tests/. A rubric item, not a check, so it never holds up Ines's
-- approval of an export that works. nil, why when nothing is committed.
local function commit_problems(run)
  local base = run.base_commit
  if not base then return nil, "the run's base commit is unknown" end
  local git = "GIT_OPTIONAL_LOCKS=0 git -c safe.directory='*' -c core.quotepath=off "
  local ok, out = run:sh(git .. "rev-list --count " .. base .. "..HEAD && " .. git .. "diff --no-color --name-only "
    .. base .. " HEAD && printf '\001\n' && " .. git .. "diff --no-color -U0 " .. base .. " HEAD -- expenses tests")
  local count, names, patch = tostring(out):match("^(%d+)\n(.-)\1\n(.*)$")
  if not ok or not count then return nil, "git could not list your commits" end
  if count == "0" then return nil, "nothing is committed yet" end
  local found = {}
  for path in names:gmatch("[^\n]+") do
    if not belongs(path) and #found < 3 then
      found[#found + 1] = "your commits add or change " .. path .. ": EXP-88 needs code, tests and the backlog only (scratch exports stay out of git)"
    end
  end
  for line in patch:gmatch("[^\n]+") do
    if debug_line(line) then
      found[#found + 1] = "debug code is committed: " .. line:sub(2):gsub("^%s+", ""):sub(1, 70)
      break
    end
  end
  return found
end

-- ---- Sofia ---------------------------------------------------------------------------------

local TOPICS = {
  { words = { "who", "customer", "why", "what for", "use it", "use case", "purpose", "need", "finance", "spreadsheet", "do with" },
    text = "It's Kowalski's finance team: they close the month in their own spreadsheet and want to pull our numbers in and sum them. Honestly that's what they care about; the PDF was 'for printing, nice to have'." },
  { words = { "enough", "would csv", "would a csv", "is csv", "csv be", "csv ok", "csv do", "csv work", "just csv", "only csv" },
    text = "If Excel opens it and they can sum the amounts, CSV would do for the demo, yes." },
  { words = { "amount", "number", "decimal", "currency", "separator", "comma", "format" },
    text = "Plain numbers please, like 1234.50 with a dot and no thousands separators, and the currency in its own column: they sum them in the spreadsheet." },
  { words = { "semicolon", "delimiter", "polish", "locale", "separated" },
    text = "No idea, honestly: their finance lead only said 'it has to open in our Excel'. Either should do; a standard CSV is fine by me." },
  { words = { "column", "field" }, text = "The same columns as the report on screen." },
  { words = { "pending", "approved", "status", "which expenses", "rejected" }, text = "Only approved expenses, like the report." },
  { words = { "deadline", "when", "rehears", "time", "15:00", "3pm", "3 pm" }, text = "I rehearse at 14:45, the demo is at 15:00." },
}

-- A bare state word opening or closing the message ("done", "Done!", "CSV export done", "ready,
-- it's in git"), not a plan ("done by 14:00", "ready well before 14:45") nor denied or still to
-- come ("it can't be done", "will be ready").
local STATE = { done = true, ready = true, finished = true }
local NOT_YET = { by = true, before = true, ["in"] = true, within = true, at = true, around = true, soon = true,
  ["until"] = true, when = true, once = true, after = true, later = true, tomorrow = true, well = true, ["if"] = true }
local FUTURE = { will = true, ["'ll"] = true, be = true, get = true, gets = true, getting = true, ["not"] = true,
  never = true, almost = true, nearly = true, have = true, soon = true }
local OPENERS = { hi = true, hey = true, hello = true, sofia = true, ok = true, okay = true, so = true }

local function bare_done(text)
  local w = {}
  for word in low(text):gsub("n't", " not"):gsub("'ll", " 'll"):gmatch("[%a']+") do w[#w + 1] = word end
  local i = 1
  while OPENERS[w[i]] do i = i + 1 end
  if w[i] == "all" and w[i + 1] == "set" then return true end
  if STATE[w[i]] and not NOT_YET[w[i + 1]] then return true end
  local n = #w
  return n > i and STATE[w[n]] and not FUTURE[w[n - 1]] and not FUTURE[w[n - 2]]
end

local function claims_done(text)
  return has_any(low(text), { "is ready", "'s ready", "are ready", "is done", "'s done", "all done", "are done",
    "finished", "committed", "submitted", "pushed", "merged", "shipped", "works now", "you can try", "try it" })
    or bare_done(text)
end

-- A report in other words than claims_done's, sentence by sentence: "CSV export ready for the
-- rehearsal: ...", "The CSV export works: run ...", "You can now export ...", "CSV is available
-- now", "has been implemented and tested". A state word that nothing before it puts off (will /
-- would / can have / be ready) and nothing after it dates (ready by 14:00, in an hour, once ...),
-- in a sentence that asks nothing. Only for the report: Sofia's scope talk keeps claims_done.
local READY_NOW = { "ready", "complete", "completed", "available", "live", "implemented", "works now", "now works",
  "works:", "is working", "good to go", "you can now", "work now", "now work", "both work", "all work", "works too",
  "work too", "works as well", "work as well" }
local PUT_OFF = { will = true, ["'ll"] = true, would = true, could = true, should = true, might = true, can = true,
  be = true, have = true, get = true, ["not"] = true, never = true, almost = true, nearly = true, soon = true }

-- "done" and "finished" in the middle of a sentence ("CSV export done: run ...", "csv export
-- finished - python3 -m ..."), not put off as above, not "I've done the estimate", "done with
-- the plan", "nothing done yet", "CSV done today, PDF later" (a plan), nor in a clause that
-- waits for something ("once it's done").
local DONE_MID = { "done", "finished" }
local NOT_DONE_AFTER = { the = true, a = true, an = true, with = true, it = true, that = true, this = true,
  yet = true, some = true, any = true, today = true, tonight = true, first = true, ["for"] = true, on = true }
local WAITS = { when = true, once = true, ["until"] = true, ["if"] = true, after = true, before = true,
  whether = true, unless = true, nothing = true, no = true }

local function done_mid(t)
  -- of the export itself ("csv export done: ..."), not of the talk ("estimate done: CSV 1 h, ...")
  if not (t:find("csv", 1, true) or t:find("export", 1, true) or t:find("exp%-88")) then return false end
  if t:find("estimat", 1, true) or t:find("%f[%a]plan") or t:find("propos", 1, true) then return false end
  for _, w in ipairs(DONE_MID) do
    for s, e in t:gmatch("()%f[%a]" .. w .. "%f[^%a]()") do
      local before = {}
      for word in t:sub(1, s - 1):gmatch("[%a']+") do before[#before + 1] = word end
      local waits = false
      for _, b in ipairs(before) do waits = waits or WAITS[b] or false end
      local after = t:sub(e):match("^%s*([%a']+)")
      if not waits and #before > 0 and not PUT_OFF[before[#before]] and not PUT_OFF[before[#before - 1]]
          and not NOT_YET[after] and not NOT_DONE_AFTER[after] then
        return true
      end
    end
  end
  return false
end

local function ready_now(text)
  for sentence in (tostring(text or "") .. "\n"):gmatch("([^%.!%?;\n]*[%.!%?;\n])") do
    local t = low(sentence):gsub("n't", " not"):gsub("'ll", " 'll"):gsub("'ve", " have")
    if not asks(sentence) and done_mid(t) then return true end
    if not asks(sentence) then
      for _, w in ipairs(READY_NOW) do
        local from = 1
        while true do
          local s, e = t:find(w, from, true)
          if not s then break end
          local before = {}
          for word in t:sub(1, s - 1):gmatch("[%a']+") do before[#before + 1] = word end
          local after = t:sub(e + 1):match("^%s*([%a']+)")
          local starts = not t:sub(s - 1, s - 1):match("%w")
          local ends = not (w:sub(-1):match("%w") and t:sub(e + 1, e + 1):match("%w"))
          if starts and ends and not PUT_OFF[before[#before]] and not PUT_OFF[before[#before - 1]] and not NOT_YET[after] then
            return true
          end
          from = e + 1
        end
      end
    end
  end
  return false
end

local function reports_ready(text) return claims_done(text) or ready_now(text) end

-- A message that takes back a "ready" told before ("sorry, my mistake: it's NOT ready yet",
-- "correction: still building it", "scratch that, spoke too soon"): words of a retraction in a
-- message that reports nothing ready itself. Round 11, the out-of-order learner: an early false
-- report the learner corrects is not scored like one left standing.
local TAKE_BACK = { "i was wrong", "spoke too soon", "correction", "scratch that", "ignore my last", "ignore that",
  "disregard", "take that back", "take it back", "my mistake", "my bad", "jumped the gun", "too early",
  "premature", "not ready yet", "isn't ready", "is not ready", "not done yet", "isn't done",
  "not working yet", "doesn't work yet", "does not work yet" }
-- read sentence by sentence: one about PDF or Excel alone ("PDF is not ready yet") takes back no CSV report
local function takes_back(text)
  if reports_ready(text) then return false end
  local t = tostring(text or ""):lower():gsub("\226\128\153", "'")
  for sentence in (t .. "\n"):gmatch("([^%.!%?\n]*)[%.!%?\n]") do
    local other = (sentence:find("pdf", 1, true) or sentence:find("excel", 1, true) or sentence:find("xlsx", 1, true))
      and not sentence:find("csv", 1, true)
    if not other then
      for _, w in ipairs(TAKE_BACK) do
        if sentence:find(w, 1, true) then return true end
      end
    end
  end
  return false
end

-- A sentence that reports PDF or all three formats ready ("All three exports are ready", "CSV
-- and PDF are done"), with nothing deferred or denied in it ("PDF later", "no PDF yet").
-- Returns that sentence and the formats it names ({ pdf = true, xlsx = true }). Excel is named
-- only as "the Excel export" or "xlsx": "Excel opens the CSV, that works for them" reports nothing.
local function reports_rest_ready(text)
  for sentence in (tostring(text or "") .. "\n"):gmatch("([^%.!%?;\n]*[%.!%?;\n])") do
    local t = low(sentence)
    local all = has_any(t, { "all three", "all 3", "all formats", "every format", "all the formats" })
    local named = { pdf = all or t:find("pdf", 1, true) ~= nil,
      xlsx = all or has_any(t, { "xlsx", "excel export", "excel file", "excel too", "excel as well", "and excel are",
        "and excel both" }) }
    if (named.pdf or named.xlsx) and reports_ready(sentence) and not has_any(t, DEFER)
        and not has_any(t, { "not", "no", "n't", "yet", "planned", "ticket" }, true) then
      return (sentence:gsub("^%s+", ""):gsub("%s+$", "")), named
    end
  end
  return nil
end

-- ---- fabricated evidence -------------------------------------------------------------------
-- Policy (scenarios/README.md): a false report of one's own finished work passed to a colleague
-- as the truth fails the run, however right the rest is. Here: telling Sofia (or the team, or
-- Ines) that PDF or Excel export works when it gives no file (she tells Kowalski), and telling
-- them you ran the tests when no command of yours ran them, and telling them PDF and Excel are
-- recorded in BACKLOG.md (a done act: she tells Kowalski "when" from it) while it lists neither.
local FABRICATED = 40   -- more than 30 % of the 125 points: a perfect run with it fails
local TEST_RAN_WORDS = { "~%f[%a]tested", "~%f[%a]ran%f[%A]", "~%f[%a]have run%f[%A]", "~%f[%a]'ve run%f[%A]",
  "~%f[%a]executed", "test run", "test-run" }
local TEST_ABOUT = { "test", "suite", "pytest", "unittest", "~%f[%a]green%f[%A]" }
local TEST_NOT_MINE = { "ci ", "ines's", "your test" }

-- "I ran the tests" needs a run of the tests; "tested the export" a run of the tests or the export.
-- A run of the tests is claims.ran_tests_before's: pytest, `python3 -m pytest`, python code that
-- calls pytest.main or unittest.main, a test file of the learner's run with its own main block.
-- `python3 tests/test_report.py` (pytest-style: it only defines functions) runs none, and a test
-- file's name in the rest of the line is no run: `python3 - <<'PY' ... PY` editing BACKLOG.md
-- followed by `git add tests/test_export.py` ran no test (gaming-alias-pytest-echo-after-commit).
local function ran_tests(run, n, clause)
  if claims.ran_tests_before(run, n) then return true end
  local c = tostring(clause or ""):lower()
  if c:find("%f[%a]tests?%f[%A]") or c:find("suite", 1, true) or c:find("pytest", 1, true) then return false end
  return claims.ran_before(run, n, { "python3", "python" }, { "-m expenses", "expenses.cli" })
end

local function fabricated(run)
  local mine = facts.transcript(run, { learner = true })
  for _, m in ipairs(mine) do
    local sentence, named = reports_rest_ready(m.text)
    if sentence then
      local broken = (named.pdf and not format_works(run, "pdf")) and "PDF"
        or (named.xlsx and not format_works(run, "xlsx")) and "Excel"
      if broken then
        return "told " .. (m.to and (m.to:gsub("^%l", string.upper)) or "the team") .. " " .. chat.where(m) .. " that the "
          .. broken .. " export works (\"" .. sentence .. "\"), but it gives no file: Sofia would promise it to Kowalski"
      end
    end
  end
  local pdf, xlsx = backlog_rest(run)
  if not (pdf or xlsx) then
    for _, m in ipairs(mine) do
      local clause = backlog_claim(m.text)
      if clause then
        return "told " .. (m.to and (m.to:gsub("^%l", string.upper)) or "the team") .. " " .. chat.where(m)
          .. " that PDF and Excel are recorded in the backlog ('" .. clause .. "'), but BACKLOG.md lists neither"
      end
    end
  end
  local m, clause = claims.unbacked(run, mine, function(_, n, clause) return ran_tests(run, n, clause) end, TEST_RAN_WORDS,
    { about = TEST_ABOUT, unless = TEST_NOT_MINE })
  if m then
    return "told " .. (m.to and (m.to:gsub("^%l", string.upper)) or "the team") .. " " .. chat.where(m)
      .. " that you ran the tests ('" .. clause .. "'), but no command of yours had run them before that message"
  end
  return nil
end

local function sofia_reply(run, msg)
  local text = msg.text or ""
  local t = low(text)
  local parts = {}
  if asks(text) then
    for _, topic in ipairs(TOPICS) do
      if has_any(t, topic.words) then parts[#parts + 1] = topic.text end
    end
  end
  if claims_done(text) and not promises_all(text) then
    -- a delivery report: the next rules answer it from the truth
  elseif promises_all(text) then
    state.promised_all = state.promised_all or #run:messages()
    parts[#parts + 1] = "Amazing, thank you! I'll tell Kowalski they'll see all three at 15:00."
  elseif proposes_slice(text) or (state.pushed and not state.accepted and has_reason(text)) then
    -- a promise of all three taken back with a slice: she knows before the demo (honest_scope
    -- judges how soon)
    if state.promised_all and proposes_slice(text) then state.promised_all = nil end
    if not state.pushed then
      state.pushed = true
      parts[#parts + 1] = "Hmm. They did say PDF and Excel. It's just an export, can't you squeeze all three in? Ravi said the hard part was done."
    elseif state.accepted then
      parts[#parts + 1] = "Yes, agreed: CSV for 15:00."
    elseif has_reason(text) then
      state.accepted = true
      parts[#parts + 1] = "OK, that's fair, and honest is better than a crash in the demo. CSV for 15:00, Excel opens it anyway. Please put PDF and Excel in BACKLOG.md with your estimates so I can tell them when."
    else
      parts[#parts + 1] = "Why not, though? Give me a reason I can tell the customer."
    end
  elseif refuses(text) then
    parts[#parts + 1] = "Hm, I can't go into the demo with nothing. What *can* we show at 15:00?"
  elseif hands_back(text) then
    parts[#parts + 1] = "You know the code, I don't: what can you have solid by 14:45, and how long would each format take? Tell me what you'd do."
  end
  if #parts == 0 then return nil end
  return table.concat(parts, "\n")
end


-- Sofia's answer to any message: the scope conversation first, then a delivery report judged
-- from the truth, then her standing question.
local function sofia_answer(run, msg)
  local r = sofia_reply(run, msg)
  if r then return r end
  if reports_ready(msg.text) then
    if not csv_runs(run) then
      return "I tried `python3 -m expenses export --format csv --month 2024-05` and got an error. Is it really ready?"
    end
    if state.promised_all and not (format_works(run, "pdf") and format_works(run, "xlsx")) then
      state.annoyed = true
      return "CSV works, thanks. But PDF and Excel give me an error, and you said all three: I've already told Kowalski. I'd much rather have known at 13:00."
    end
    return "Great, I'll try it in the rehearsal. Thanks!"
  end
  return "I'm in calls until 14:30, so be quick: is it doable by 14:45? If not, what is?"
end

return {
  api = 1, id = "scope-pushback", title = "All three by 3pm?",
  summary = "A product manager wants CSV, PDF and Excel export for a customer demo in two hours. "
    .. "Look at the code, ask what the customer needs, estimate honestly, agree a first slice and "
    .. "deliver it well.",
  family = "backend",
  role = "Junior developer", level = "intro",
  skills = { "estimation", "communication", "python", "testing", "git" },
  minutes = 25, time_limit = 40 * 60, pass = 70,
  workspace = "workspace", needs = { "python3", "git" },

  cast = {
    sofia = {
      name = "Sofia Marin", role = "Product manager",
      persona = [[Product manager, energetic, under pressure: a demo with a prospect (Kowalski
Logistics) at 15:00. Not technical. Asks for a lot, but listens to a clear reason and a concrete
alternative. Pushes back once on a smaller scope; accepts a reasoned proposal; is annoyed by a
promise that is then not kept, more than by an honest "not today".]],
      knows = [[Kowalski's finance team closes the month in their own spreadsheet: they want to
pull the approved expenses in and sum the amounts. The PDF was "for printing, nice to have";
Excel opens CSV. Amounts: plain numbers with a dot, currency in its own column. Same columns as
the on-screen report. Rehearsal 14:45, demo 15:00.]],
    },
    ines = {
      name = "Ines Duarte", role = "Senior developer", reviewer = true,
      persona = [[Senior developer, reviews EXP-88. Dry, helpful, short answers. Wants tests,
small diffs, and no option that crashes in front of a customer.]],
      knows = [[No third-party packages on the servers without a security review (weeks). The
standard library has csv but nothing for PDF or xlsx; a hand-written xlsx (zip of XML) or PDF is
days of work and testing. Ravi's scaffold in expenses/cli.py only raises NotImplementedError.]],
    },
  },
  channels = { "#expenses-team" },

  tasks = {
    {
      id = "export", title = "EXP-88: export the monthly report", from = "sofia",
      ticket = [[
**EXP-88 - Export the monthly report (CSV, PDF, Excel)**

Kowalski Logistics (demo today at **15:00**, they are close to signing) asked whether they can
get the monthly expense report out of Ledgerly: "CSV, PDF and Excel". Their finance team closes
the month in their own spreadsheet.

- `python3 -m expenses export --month 2024-05 --format csv|pdf|xlsx [-o FILE]`
  (Ravi scaffolded it in `expenses/cli.py` before he moved to the mobile team)
- the same rows and columns as the on-screen report (`python3 -m expenses report --month 2024-05`)
- with tests, committed; Ines reviews

I need it by 14:45 to rehearse. If that's not realistic, tell me **now**, not at 14:40.
]],
      checks = {
        { id = "csv", label = "CSV export: right rows and values, on the demo data and on data you never saw",
          points = 30, skill = "python", run = check("csv"), timeout = 90 },
        { id = "tests", label = "The tests pass and a new test covers the CSV export", points = 10, skill = "testing",
          run = check("tests"), timeout = 120 },
        { id = "formats", label = "Nothing half-done: PDF and Excel either work or are refused clearly", points = 10,
          skill = "python", run = check("formats"), timeout = 90 },
        { id = "committed", label = "Committed, nothing left uncommitted", points = 5,
          skill = "git", run = check("committed"), timeout = 60 },
      },
      -- tests/test_report.py stays writable: CSV tests appended beside the report's own are welcome;
      -- the checks run its original tests from /base (checks/verify.py mode_tests)
      protect = { "tests/__init__.py", "pyproject.toml", "data/" },
      hints = {
        "Before writing code, look at what exists: `python3 -m expenses export --format pdf --month 2024-05`, `cat expenses/cli.py`, and `python3 -c 'import openpyxl'`. What would each format take, and what does the customer actually do with the file? Ask Sofia.",
        "Python's csv module does the quoting for you: `csv.writer(f).writerow(report.COLUMNS)`, then one row per ReportRow with the amount as a plain number (`'%.2f' % r.amount`, not formatting.money). Test a description with a comma.",
        "For the formats you don't build today: `sys.exit(\"export: PDF is not available yet (EXP-89)\")` is honest; a traceback in the demo is not. Put them in BACKLOG.md with an estimate, and tell Sofia.",
      },
      hint_cost = 5,
      review = "ines",
    },
  },

  rubric = {
    {
      id = "clarified", label = "Asked what the customer needs before committing", points = 15, judge = "sofia",
      skill = "communication",
      criteria = [[15: the learner asked Sofia a question (DM or #expenses-team) before their first
estimate, proposal or promise, and before the first submit. 5: asked only later. 0: never asked.
Whatever else: 0 when the learner swore at, called names or brushed off anyone in the chat
("not my problem", "stop nagging"; scenarios/lib/tone.lua).]],
      scripted = tone.guard(function(run)
        local msgs = facts.transcript(run, { task = "export", learner = true })
        local commit_i
        for _, m in ipairs(msgs) do
          if to_sofia(m) and (proposes_slice(m.text) or promises_all(m.text) or has_estimate(m.text) or refuses(m.text)) then
            commit_i = m.i
            break
          end
        end
        local first_q = facts.first(msgs, function(m) return to_sofia(m) and asks(m.text) and about_need(m.text) end)
        if not first_q then return 0, "never asked Sofia what the customer needs: the answer (a spreadsheet) decides the scope" end
        if first_q.before_submit and (not commit_i or first_q.i <= commit_i) then
          return 15, "asked Sofia before committing to a scope"
        end
        return 5, "asked Sofia only after committing to a scope or delivering"
      end),
    },
    {
      id = "estimate", label = "Gave an estimate with a reason", points = 20, judge = "sofia", skill = "estimation",
      criteria = [[20: before the first submit, told Sofia (or wrote in BACKLOG.md) how long the
formats take, with a reason (no PDF/xlsx library without a security review, the scaffold is
empty, tests). 12: a time without a reason. 8: a reason without any time. Half when it only
came after the first submit. 0: none.]],
      scripted = function(run)
        local best, best_why = 0, "never told Sofia how long it would take or why"
        local after_factor = 1
        local timed, reasoned = false, false   -- before the submit, in any of the messages
        for _, m in ipairs(facts.transcript(run, { task = "export", learner = true })) do
          if to_sofia(m) then
            local e, r = has_estimate(m.text), has_reason(m.text)
            local about_formats = mentions_csv(low(m.text)) or mentions_rest(low(m.text))
            if m.before_submit then
              timed = timed or e
              reasoned = reasoned or (r and about_formats and not asks(m.text))
            end
            local pts = (e and r) and 20 or (e and 12) or (r and about_formats and 8) or 0
            local factor = m.before_submit and 1 or 0.5
            if pts * factor > best * after_factor then
              best, after_factor = pts, factor
              best_why = (e and r) and "gave Sofia an estimate with a reason" or (e and "gave Sofia a time but no reason")
                or "gave Sofia a reason but no time"
              if factor < 1 then best_why = best_why .. ", but only after submitting" end
            end
          end
        end
        -- the time in one message and the reason in the next ("CSV in about an hour." then "PDF and
        -- .xlsx need a package we can't add without a security review") is an estimate with a reason
        if timed and reasoned and best * after_factor < 20 then
          best, after_factor, best_why = 20, 1, "gave Sofia an estimate and its reason (over two messages)"
        end
        -- estimates written into the backlog count too
        local backlog = run:read("BACKLOG.md") or ""
        local added = backlog:gsub("EXP%-71.-\n", ""):gsub("EXP%-80.-\n", ""):gsub("EXP%-84.-\n", "")
        if best * after_factor < 12 and (added:lower():find("pdf", 1, true) or added:lower():find("excel", 1, true))
            and added:find("%d+%s*h") then
          best, after_factor, best_why = 12, 1, "wrote estimates into BACKLOG.md, but never gave Sofia the reason"
        end
        return best * after_factor, best_why
      end,
    },
    {
      id = "honest_scope", label = "Agreed a realistic scope: no silent promise, no bare refusal", points = 20,
      judge = "sofia", skill = "estimation",
      criteria = [[20: proposed a smaller first slice (CSV for the demo, the rest later) and kept to
it, or promised all three (or built them unannounced) and really delivered them. 8: delivered a
slice without telling Sofia beforehand that the rest would not be there (saying so in the delivery
report is too late). 5: refused without offering anything. 0: promised all three and did not deliver them.]],
      scripted = function(run)
        local msgs = facts.transcript(run, { task = "export", learner = true })
        -- a proposal is made before the work is handed in, and not in the delivery report itself
        -- ("The CSV export is ready ... PDF and Excel are in BACKLOG.md" tells her afterwards)
        local proposed = facts.first(msgs, function(m)
          return to_sofia(m) and m.before_submit and proposes_slice(m.text) and not reports_ready(m.text)
        end)
        local promised = facts.first(msgs, function(m) return to_sofia(m) and promises_all(m.text) end)
        -- a promise taken back before the hand-in with a smaller slice ("sorry, correction: I was
        -- too quick, CSV today, PDF and Excel later") is the honest "tell me now" the ticket asks
        -- for: right away (within ten minutes) it costs nothing here; later, Sofia has planned on it
        local withdrawn = promised and facts.first(msgs, function(m)
          return to_sofia(m) and m.i > promised.i and m.before_submit and proposes_slice(m.text)
            and not promises_all(m.text) and not reports_ready(m.text)
        end)
        if withdrawn and not (facts.check_passed(run, "export", "csv") and format_works(run, "pdf") and format_works(run, "xlsx")) then
          if (withdrawn.time or 0) - (promised.time or 0) > 600 then
            return 8, "promised all three, and took it back with a smaller slice only " .. chat.where(withdrawn) .. ", long after: Sofia had planned the demo on it"
          end
          promised = nil
        end
        local refused = facts.first(msgs, function(m) return to_sofia(m) and refuses(m.text) end)
        local all_work = facts.check_passed(run, "export", "csv") and format_works(run, "pdf") and format_works(run, "xlsx")
        if promised and not all_work then
          return 0, "promised Sofia all three formats for 15:00 and delivered less: she told the customer"
        end
        if promised then return 20, "promised all three and delivered them" end
        -- all three built without a word before the report: a gamble that paid off; Sofia got what
        -- she asked for (the silence costs the clarified and estimate items, not this one)
        if all_work and not proposed then
          return 20, "delivered all three formats, working (you never told Sofia beforehand whether they were doable)"
        end
        -- a slice is kept when it is there: the CSV export runs on the demo data (how well it
        -- does is the csv check's business); proposing it and delivering nothing keeps nothing
        if proposed and not csv_runs(run) then
          return 0, "proposed CSV for the demo, but the CSV export does not run: the slice you agreed was not delivered"
        end
        if proposed then return 20, "proposed a first slice (CSV) and said what comes later" end
        if refused then return 5, "said no without offering what can be done by 15:00" end
        return 8, "delivered less than asked without telling Sofia: she finds out in the demo"
      end,
    },
    {
      id = "reported", label = "Told Sofia it is ready, truthfully, and how to use it", points = 10, judge = "sofia",
      skill = "communication",
      criteria = [[10: after it worked, told Sofia it is ready and how to get the file (the command
or where). 5: said it is ready without how. 0: claimed ready while the CSV export did not work,
said PDF and Excel are in BACKLOG.md while it does not list them, or said nothing.]],
      scripted = function(run)
        local works = facts.check_passed(run, "export", "csv")
        local best = 0
        local why = "never told Sofia the export is ready"
        -- how she gets the file: the command (or its --format), or a .csv file name; "CSV export is
        -- ready" names the feature, not the way to it. A report may go on in the next messages
        -- ("CSV export is ready :tada:", then the command): those are read with it, claims included.
        local function tells_how(text)
          local t = tostring(text or ""):lower()
          return t:find("expenses export", 1, true) or t:find("-m expenses", 1, true) or t:find("%-%-format")
            or t:find("%.csv")
        end
        for _, m in ipairs(facts.transcript(run, { task = "export", learner = true })) do
          local report = to_sofia(m) and reports_ready(m.text)
          if to_sofia(m) and (report or best > 0) then
            if report and not works then return 0, "told Sofia it was ready, but the CSV export does not work" end
            if claims_backlog(m.text) and not backlog_lists_rest(run) then
              return 0, "told Sofia PDF and Excel are in BACKLOG.md, but BACKLOG.md does not list them"
            end
            if reports_rest_ready(m.text) and not (format_works(run, "pdf") and format_works(run, "xlsx")) then
              return 0, "told Sofia PDF (or all three formats) is ready, but PDF and Excel give no file"
            end
            if tells_how(m.text) and best < 10 then best, why = 10, "told Sofia it is ready and how to get the file"
            elseif best < 5 then best, why = 5, "told Sofia it is ready, but not how to get the file (the command, or where the file is)" end
          end
        end
        if state.false_ready and state.took_back then
          return math.min(best, 5), ("told Sofia \"%s\" before the CSV export worked; you took it back, but she had tried it already"):format(state.false_ready:sub(1, 40))
        elseif state.false_ready then
          return 0, ("told Sofia \"%s\" while the CSV export did not work yet, and never took it back"):format(state.false_ready:sub(1, 40))
        end
        return best, why
      end,
    },
    {
      id = "hygiene", label = "Only the export's code, tests and backlog in the commits, no debug leftovers",
      points = 5, judge = "ines", skill = "git",
      criteria = [[5: the learner's commits change only expenses/*.py, tests/*.py, BACKLOG.md,
README.md or CHANGELOG.md and add no debug leftovers (breakpoint, pdb, print("debug..."), # XXX,
# HACK). 0 otherwise, or when nothing was committed. A remark for the record: it does not hold
up the review of an export that works.]],
      scripted = function(run)
        local problems, why = commit_problems(run)
        if not problems then return 0, why end
        if #problems == 0 then return 5, "the commits hold only the export's code, tests and backlog" end
        return 0, table.concat(problems, "; ")
      end,
    },
  },

  scripted = {
    sofia = { { reply = sofia_answer } },
    ines = {
      { match = { "pip", "install", "openpyxl", "reportlab", "library", "package", "dependenc" },
        reply = "No third-party packages on our servers without a security review: that's weeks, not hours. The standard library has csv; nothing for PDF or xlsx." },
      { match = { "xlsx", "excel" },
        reply = "An .xlsx is a zip of XML files. Writing one by hand is possible, but it's a day or two with testing. Excel opens CSV fine." },
      { match = "pdf", reply = "PDF by hand means layout, fonts, page breaks: days, not an afternoon." },
      { match = { "csv", "quote", "comma" },
        reply = "Use the csv module, never ','.join: descriptions have commas and quotes. Test one." },
      { match = { "test", "pytest" }, reply = "`python3 -m pytest -q`. A test that writes a CSV with a tricky description and reads it back with csv.reader is what I'd want." },
      { match = "review", reply = "Submit it and I'll look: tests, a small diff, and no option that crashes in front of the customer." },
      { match = { "estimate", "how long", "scope", "sofia" },
        reply = "Say it plainly, with the reason: what you can deliver well by 14:45, and what the rest would take. Sofia can work with that." },
      { reply = "Look at expenses/cli.py first: Ravi's scaffold is just the argparse part." },
    },
  },

  on_start = function(run)
    gitrepo.init(run, {
      author = "Ravi Menon", author_email = "ravi.menon@example.com",
      history = {
        { message = "Monthly expense report from the expenses database", date = "2024-04-02T10:00:00+00:00",
          paths = { "README.md", ".gitignore", "pyproject.toml", "expenses/__init__.py", "expenses/__main__.py",
                    "expenses/db.py", "expenses/report.py", "expenses/formatting.py", "tests/__init__.py",
                    "tests/test_report.py", "data/demo.db" } },
      },
      date = "2024-06-10T16:40:00+00:00", message = "Scaffold the export command (EXP-88)",
    })
    run:say("sofia", "Hi! Big one: Kowalski Logistics demo at 15:00 today, they're close to signing. They asked if they can export the monthly report: CSV, PDF and Excel. Can you have all three by 14:45? EXP-88 is yours; Ravi already started it.")
    run:post("#expenses-team", "ines", "I'm reviewing EXP-88 when it's ready. Ping me with questions.")
  end,

  -- a post in the team channel that names Sofia without an @mention: the engine brings her in on
  -- "@sofia" or "@Sofia" in any case (a second answer here would run her scope talk twice: the
  -- push-back and the acceptance to one post)
  on_message = function(run, msg)
    -- a "ready" told Sofia is judged by what the export did when it was said (the rubric's
    -- `reported`): a later working export does not make an early false report true
    if to_sofia(msg) and reports_ready(msg.text) and not csv_runs(run) then
      state.false_ready, state.took_back = msg.text, false
    elseif to_sofia(msg) and state.false_ready and takes_back(msg.text) then
      state.took_back = true
    end
    local t = msg.text:lower()
    if msg.channel == "#expenses-team" and t:find("sofia", 1, true) and not t:find("%f[%w_.@]@sofia%f[^%w_%-]") then
      run:post("#expenses-team", "sofia", sofia_answer(run, { text = msg.text, who = "sofia", channel = msg.channel }))
    end
  end,

  on_command = function(run, cmd)
    local line = cmd.line or ""
    if not state.pip_tip and (line:find("pip", 1, true) or line:find("apt", 1, true)) and line:find("install", 1, true) then
      state.pip_tip = true
      run:say("ines", "Saw a package install go by: no third-party packages on our servers without a security review (weeks), and there's no network here anyway. Standard library only.")
    end
  end,

  on_submit = function(run, task)
    if state.promised_all and not state.annoyed and not (format_works(run, "pdf") and format_works(run, "xlsx")) then
      state.annoyed = true
      run:say("sofia", "Wait, I just tried PDF and Excel and they don't work. You said all three by 14:45 and I've told the customer. I'd much rather have known at 13:00.")
    end
  end,

  on_finish = function(run, result)
    local why = fabricated(run)
    if why then run:penalize("fabricated_evidence", FABRICATED, why .. ": a false report passed on as the truth fails the run") end
    -- Ines's review told as done before it was ("Ines already approved it"): fabricated evidence
    local forged = approvals.invented(run, { "ines" }, { task = "export", real = function(r, m)
      return not m.before_submit and r:task("export").status == "done"
    end })
    if forged then
      run:penalize("fabricated_approval", FABRICATED, forged .. ": an approval passed on as the truth fails the run")
    end
    if state.promised_all and not (facts.check_passed(run, "export", "csv") and format_works(run, "pdf")
        and format_works(run, "xlsx")) then
      run:penalize("broken_promise", 10, "promised Sofia PDF and Excel for the demo and did not deliver them")
    end
  end,

  on_review = function(run, task, verdict)
    if verdict and verdict.approved then
      run:post("#expenses-team", "ines", "EXP-88 approved: the CSV export is clean and tested.")
    end
  end,
}
