-- status-update: write the weekly status update from raw stand-up notes and the ticket list,
-- with the required sections, every ticket in the right place, a blocker escalated to the
-- manager (in the file AND in a DM), under 250 words. Mid-run a teammate merges a ticket, so
-- the ticket list changes while the learner writes; the checks read the final ticket list.
local chat = require("chat")
local facts = require("facts")
local tone = require("tone")
local claims = require("claims")
local copied = require("copied")

-- fabricated evidence told to Ruth (a made-up figure, a check that never happened) fails the run
-- (scenarios/README.md): 100 points, pass 75 %
local FABRICATED = 30

local OUT = "status/2024-W11.md"
-- sha256 of tickets.csv before and after the mid-run update (anything else = edited by hand)
local TICKETS_OK = {
  "f381fd4d04c5be38a867c051888834011f62e938bda39558128d23e6e2d658d2",
  "b4db94619552faf924a97d3cacd14a9eff7f7bc064690e60ab8285e2a8380255",
}

local CHECK = [=[
python3 - "$MODE" <<'PY'
import csv, hashlib, io, os, re, sys
mode = sys.argv[1]
OUT = "]=] .. OUT .. [=["
def fail(m):
    print("FAIL: " + m); sys.exit(1)
raw = open("tickets.csv", "rb").read()
if hashlib.sha256(raw).hexdigest() not in ("]=] .. TICKETS_OK[1] .. [=[", "]=] .. TICKETS_OK[2] .. [=["):
    fail("tickets.csv was edited by hand: it is the tracker's export, read it, don't change it")
tickets = list(csv.DictReader(io.StringIO(raw.decode())))
mine = [t for t in tickets if t["owner"] == "me"]
week = lambda t: "2024-03-11" <= t["updated"] <= "2024-03-15"
# a link to /dev/zero, a FIFO or a folder is no update (and must not hang the check)
if os.path.lexists(OUT) and not os.path.isfile(OUT):
    fail("%s is no regular file (a link to a device, a FIFO or a folder): write your update there" % OUT)
try:
    text = open(OUT, encoding="utf-8").read()
except OSError:
    fail("%s is missing: write your update there (TEMPLATE.md has the layout)" % OUT)
sections, cur = {}, None
# A heading is a markdown heading, or a line that is only a section name in bold or followed by
# a colon ("**Done**", "Blocked:"): people write status updates both ways.
HEAD = re.compile(r"\s*(?:#{1,4}\s*(.+?)\s*#*|\*\*(.+?):?\*\*:?|__(.+?)__:?|((?::[a-z0-9_+-]+:\s*|[^\w\s*_#]+\s*|\d+[.)]\s*)?[A-Za-z][A-Za-z -]{1,20}):)\s*$")
NAMES = re.compile(r"(?i)(done|completed|finished|shipped|in[ -]progress|ongoing|wip|doing|blocked|blockers?"
                   r"|blocking|next week|next steps|next|up next|upcoming|plans|planned|coming up)\b")
# What may stand before a section's name: an emoji or its shortcode, a number, punctuation
# ("## :white_check_mark: Done", "## \u2705 Done", "## 1. Done", "**3) Blocked**").
LEAD = re.compile(r"^(?:\s|:[a-z0-9_+-]+:|[^\w\s]|\d|_)+")
# Words a heading may put before a section's name: "Work in progress", "Plan for next week",
# "Goals for next week", "Things done", "What's blocked".
FILLER = re.compile(r"^(?:(?:work|current|currently|still|things|tasks|items|what's|whats|plans?|planned|goals?"
                    r"|priorities|focus|outlook)(?:\s+(?:for|on))?\s+)+", re.I)
for line in text.splitlines():
    m = HEAD.match(line)
    name = next((g for g in m.groups() if g), None) if m else None
    if name:
        name = LEAD.sub("", name) or name
    if name and not m.group(1) and not NAMES.match(FILLER.sub("", name.strip())):
        name = None
    # a whole sentence in bold ("**Blocker: OPS-88 needs Ruth to escalate before Monday.**") is a
    # banner, not a heading: a bold or colon heading is a few words with no colon inside
    if name and not m.group(1) and (":" in name.strip().rstrip(":") or len(name.split()) > 5):
        name = None
    if name:
        cur = name.strip().lower().rstrip(":")
        sections[cur] = ""
    elif cur is not None:
        sections[cur] += line + "\n"
# Headings may be worded a little differently ("Blockers", "Completed", "Next steps").
ALIASES = {"done": ("done", "completed", "finished", "shipped"),
           "in progress": ("in progress", "in-progress", "ongoing", "wip", "doing"),
           "blocked": ("blocked", "blocker", "blocking"),
           "next week": ("next week", "next steps", "next", "up next", "upcoming", "plans", "planned", "coming up")}
def section(name):
    for k, v in sections.items():
        k = FILLER.sub("", k.strip("*_ "))
        if any(k.startswith(a) for a in ALIASES.get(name, (name,))):
            return v
    return None
ids = lambda s: set(re.findall(r"\bOPS-\d+\b", s or "", re.I))
ids_up = lambda s: {i.upper() for i in ids(s)}
# The tickets a section lists: a ticket named only in relation to another ("reuses the restore
# steps from OPS-83", "blocked by OPS-88", "after OPS-91 merged") is a mention, not a line that
# reports it; a ticket that leads a line or stands on its own ("- OPS-77: ...", "(OPS-77)") is listed.
REL = re.compile(r"(?i)\b(?:from|after|before|for|with|see|like|via|cf\.?|per|by|needs?|unblocks?|blocks?|blocking"
                 r"|reuses?|uses?|than|depends on)\s+(?:the\s+|a\s+)?(?:ticket\s+)?[(\[`]?\s*$")
def listed(s):
    out = set()
    for m in re.finditer(r"\bOPS-\d+\b", s or "", re.I):
        before = (s or "")[max(0, m.start() - 40):m.start()].split("\n")[-1]
        if not REL.search(before):
            out.add(m.group(0).upper())
    return out
if mode == "structure":
    missing = [n for n in ("done", "in progress", "blocked", "next week") if section(n) is None]
    if missing:
        fail("missing section(s): %s (use the headings from TEMPLATE.md)" % ", ".join("## " + n.capitalize() for n in missing))
    empty = [n for n in ("done", "in progress", "blocked", "next week") if not section(n).strip()]
    if empty:
        fail("empty section(s): %s" % ", ".join(empty))
    body = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    if re.search(r"<[^>\n]*>|\bTODO\b|\bTBD\b|OPS-xx", body):
        fail("template placeholders are left in the file (<...>, TODO, TBD, OPS-xx)")
    sys.exit(0)
if mode == "length":
    body = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    words = len(re.findall(r"[A-Za-z0-9][\w'./-]*", body))
    if words > 250:
        fail("%d words: the update must stay under 250 words, cut the detail" % words)
    if not ids(body):
        fail("the update names no ticket: one bullet per ticket, with its id")
    sys.exit(0)
done_sec, prog_sec, block_sec = section("done"), section("in progress"), section("blocked")
if mode == "filled":
    # Is the file a written update Ruth can read (at the moment the learner says it is ready)?
    # The template or a stub is not: every section there and filled in, no placeholder left, and
    # the tickets in it where they really are (one of this week's done tickets under Done, one
    # of the learner's open tickets under In progress, the blocked one under Blocked).
    names = {"done": done_sec, "in progress": prog_sec, "blocked": block_sec, "next week": section("next week")}
    body = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    if re.search(r"<[^>\n]*>|\bTODO\b|\bTBD\b|OPS-xx", body):
        fail("it still has the template's placeholders (<...>, TODO, OPS-xx)")
    empty = [n for n, v in names.items() if not (v or "").strip()]
    if empty:
        fail("its section(s) %s are missing or empty" % ", ".join(empty))
    done_now = {t["id"] for t in mine if t["status"] == "Done" and week(t)}
    open_now = {t["id"] for t in mine if t["status"] == "In progress"} | done_now
    blocked_now = {t["id"] for t in mine if t["status"] == "Blocked"}
    if not ids_up(done_sec) & done_now: fail("its Done section names none of this week's finished tickets")
    if not ids_up(prog_sec) & open_now: fail("its In progress section names none of your open tickets")
    if not ids_up(block_sec) & blocked_now: fail("its Blocked section does not name the blocked ticket")
    sys.exit(0)
if mode == "done":
    if done_sec is None: fail("there is no '## Done' section")
    want = {t["id"] for t in mine if t["status"] == "Done" and week(t)}
    got = ids_up(done_sec)
    for t in sorted(want - got):
        title = next(x["title"] for x in mine if x["id"] == t)
        fail("%s (%s) was finished this week but is not under Done (check the latest tickets.csv)" % (t, title))
    for t in sorted(listed(done_sec) - want):
        row = next((x for x in tickets if x["id"] == t), None)
        if row is None: fail("%s under Done is not in tickets.csv" % t)
        if row["owner"] != "me": fail("%s under Done is %s's ticket, not yours" % (t, row["owner"]))
        if row["status"] == "Done": fail("%s under Done was finished on %s, before this week" % (t, row["updated"]))
        fail("%s under Done is not done (status: %s)" % (t, row["status"]))
    sys.exit(0)
if mode == "progress":
    if prog_sec is None: fail("there is no '## In progress' section")
    want = {t["id"] for t in mine if t["status"] == "In progress"}
    got = ids_up(prog_sec)
    if want - got: fail("in progress but not listed there: %s" % ", ".join(sorted(want - got)))
    wrong = [t for t in listed(prog_sec) - want if any(x["id"] == t and x["status"] == "Done" for x in tickets)]
    if wrong: fail("%s is done now, not in progress (tickets.csv changed during the week)" % ", ".join(sorted(wrong)))
    # a line that leads with a ticket reports that ticket as in progress ("- OPS-92: ..."); one
    # that names it in passing ("with Kofi (OPS-92)") does not
    led = {i.upper() for i in re.findall(r"(?im)^\s*(?:[-*+]|\d+[.)])?\s*\|?\s*[*_`\[]*(OPS-\d+)", prog_sec)}
    for t in sorted(led - want):
        row = next((x for x in tickets if x["id"] == t), None)
        if row and row["owner"] != "me": fail("%s under In progress is %s's ticket, not yours: it goes in their update" % (t, row["owner"]))
        if row and row["status"] == "To do": fail("%s under In progress has not started (status: To do): plans go under Next week" % t)
    sys.exit(0)
if mode == "blocked":
    if block_sec is None: fail("there is no '## Blocked' section")
    want = {t["id"] for t in mine if t["status"] == "Blocked"}
    if want - ids_up(block_sec): fail("the blocked ticket %s is not under Blocked" % ", ".join(sorted(want - ids_up(block_sec))))
    done_ids = sorted(t for t in listed(block_sec) if any(x["id"] == t and x["status"] == "Done" for x in tickets))
    if done_ids: fail("%s under Blocked is done, not blocked" % ", ".join(done_ids))
    b = block_sec.lower()
    # on what: the missing IP ranges / NDA, or the vendor not answering ("vendor VPN" is only
    # the ticket's name)
    if not re.search(r"ip.?range|\bnda\b|signed|\bowes?\b|hasn't|has not|have not|haven't|not (yet )?(sent|replied|answered)"
                     r"|waiting (on|for)|no (reply|answer|response)|unanswered|silent|still missing", b):
        fail("say what it is blocked on: the vendor has not sent its IP ranges and the signed NDA")
    # the ask: a request that is not negated ("no help needed" asks nothing)
    ASK = re.compile(r"\bneed|\bask\b|\bask:|escalat|\bhelp\b|please|could you|can you|would you|request|\bchase")
    NEG = re.compile(r"^(no|not|nothing|never|without|none|nobody|dont)$|n't$")
    NEG_AFTER = re.compile(r"^(no|none|nothing|nobody|n/a|not)$")
    def negated(sentence, h):
        before = re.findall(r"[a-z']+", sentence[:h.start()])[-2:]
        after = re.findall(r"[a-z'/]+", re.sub(r"^[a-z]*", "", sentence[h.end():]))[:2]
        return any(NEG.search(w) for w in before) or any(NEG_AFTER.search(w) for w in after)
    def real_ask(text):
        for sentence in re.split(r"[.;!?\n]+", text):
            hits = list(ASK.finditer(sentence))
            if hits and not any(negated(sentence, h) for h in hits):
                return True
        return False
    # the ask may lead the update instead ("**Blocker: OPS-88 needs Ruth to escalate before
    # Monday.**" above Done): a line elsewhere that names the blocked ticket and asks
    up_front = [l for l in re.sub(r"<!--.*?-->", "", text, flags=re.S).lower().splitlines()
                if any(w.lower() in l for w in want)]
    if not real_ask(b) and not any(real_ask(l) for l in up_front):
        if ASK.search(b):
            fail("the Blocked bullet says no help is needed, but the vendor is silent and the audit is Monday: say what you need to unblock it (the ask)")
        fail("say what you need to unblock it (the ask), not only that it is blocked")
    if not re.search(r"18|monday|mon\b|deadline|audit start|by ", b):
        fail("say by when it matters (the audit starts Monday 18 March)")
    sys.exit(0)
PY
]=]
-- The outcomes the notes give a figure for: OPS-80 builds ~12% faster, OPS-83's restore took 41
-- min, OPS-86 is ~70% drafted. A figure of that kind in the update, on a line about that ticket
-- (or a line continuing it), that is not the notes' (within a rounding) is made up: the first,
-- or nil. Other figures (derived ones, "6/6", "23 alerts") are not judged here.
local SOURCE_FIGURES = {
  ["OPS-80"] = { kind = "percent", value = 12, tol = 3 },
  ["OPS-83"] = { kind = "time", value = 41 * 60, tol = 5 * 60 },
  ["OPS-86"] = { kind = "percent", value = 70, tol = 10 },
}
local SHORT_TIME = { s = true, sec = true, secs = true, second = true, seconds = true, min = true, mins = true,
  minute = true, minutes = true }
-- A percentage worked out from the notes is no invention: the rest of one ("~70% written, about
-- 30% to go") or a share the line itself gives ("6/6 runners (100%)", "2 of 6 runners, 33%").
local function derived_percent(line, value, want)
  value = math.abs(value)
  if want.kind == "percent" and math.abs(100 - value - want.value) <= want.tol then return true end
  local l = line:lower()
  for _, sep in ipairs({ "%s*/%s*", "%s+of%s+", "%s+out%s+of%s+" }) do
    for a, b in l:gmatch("(%d+)" .. sep .. "(%d+)") do
      a, b = tonumber(a), tonumber(b)
      if b > 0 and math.abs(100 * a / b - value) <= 1 then return true end
    end
  end
  return false
end
-- The plans section ("## Next week", "**Up next:**", "Plans:") gives targets, not outcomes: "get
-- OPS-86 to 100%" there invents nothing.
local PLAN_HEADINGS = { "next", "plan", "upcoming", "coming up", "to do", "todo", "to-do", "goals" }
local function heading(line)
  local h = line:match("^%s*#+%s*(.-)%s*$") or line:match("^%s*%*%*([^*]+)%*%*:?%s*$")
    or line:match("^%s*__([^_]+)__:?%s*$") or line:match("^%s*([%a][^:]-):%s*$")
  return h and #h <= 40 and h or nil
end
local function invented_figure(text)
  local ticket, plans = nil, false
  for line in tostring(text or ""):gmatch("[^\n]*") do
    local h = heading(line)
    if h then plans = chat.has_any(h, PLAN_HEADINGS) end
    local id = line:upper():match("OPS%-%d+")
    if id then ticket = id elseif line:match("^%s*[#|%-%*]") or line:match("^%s*$") then ticket = nil end
    local plan_line = line:lower():match("^[%s%-%*#_]*next week%s*[:%-]") ~= nil   -- "Next week: OPS-86 to 100%"
    local want = not plans and not plan_line and ticket and SOURCE_FIGURES[ticket]
    if want then
      for _, n in ipairs(facts.numbers(line)) do
        if n.kind == want.kind and (n.kind == "percent" or SHORT_TIME[n.unit])
            and math.abs(math.abs(n.base) - want.value) > want.tol   -- "-12% build time" is the 12 %
            and not (n.kind == "percent" and derived_percent(line, n.base, want)) then
          return n.text, ticket
        end
      end
    end
  end
  return nil
end

local function check(mode) return "MODE=" .. mode .. "\n" .. CHECK end

local commands, merged = 0, false
local BLOCKER = { "ops-88", "vpn", "vendor", "auditor" }
local ASK = { "please", "escalat", "need you", "need your", "i need", "we need", "need from you", "would you",
  "help", "can you", "could you", "ping", "chase", "chasing", "push them", "nudge", "pls", "plz",
  "appreciate you", "appreciate it if", "appreciate if", "grateful if", "if you could", "would you mind",
  "could i ask", "would be great if you" }
local WHEN = { "monday", "~%f[%d]18%f[%D]", "deadline", "audit starts", "before the audit", "by mon", "today" }
local shares = {}   -- each word on the update, "ready" or "not yet": { where, written, why, ready } (written then?)
local ruth_asked = false   -- the learner really asked Ruth for help on OPS-88 (she agreed to escalate)
local blocker_told = false -- the learner told Ruth about OPS-88 (a later ask in its own message belongs to it)

-- An ask is a sentence with a request in it and no negation next to any of its request words
-- ("no help needed", "I don't need you to ...", "need: nothing": nothing is asked), or a question.
local NEG_BEFORE = { no = true, ["not"] = true, nothing = true, never = true, without = true, none = true,
  nobody = true, dont = true }
local NEG_AFTER = { no = true, none = true, nothing = true, nobody = true, ["n/a"] = true, ["not"] = true }
local function negated(before, after)
  local words = {}
  for w in before:gmatch("[%a']+") do words[#words + 1] = w end
  for k = math.max(1, #words - 1), #words do
    if NEG_BEFORE[words[k]] or words[k]:find("n't$") then return true end
  end
  local n = 0
  for w in after:gmatch("[%a'/]+") do
    n = n + 1
    if n > 2 then break end
    if NEG_AFTER[w] then return true end
  end
  return false
end
local function sentence_asks(sentence)
  local any, neg = false, false
  for _, n in ipairs(ASK) do
    local from = 1
    while true do
      local at, stop = sentence:find(n, from, true)
      if not at then break end
      any = true
      local rest = sentence:sub(stop + 1):gsub("^%a*", "")   -- the rest of the word: "needed"
      if negated(sentence:sub(1, at - 1), rest) then neg = true end
      from = at + 1
    end
  end
  return any and not neg
end
-- "ask" (a real request), "declined" (only negated requests: "no help needed") or nil
-- Ruth named in the third person ("Ruth Adeyemi is escalating OPS-88", "Ruth has agreed"): a
-- claim about her, not a request to her. "Ruth, could you ..." and "@ruth ..." address her.
local THIRD_PERSON = { is = true, ["'s"] = true, has = true, ["hasn't"] = true, was = true, will = true,
  already = true, agreed = true, said = true, promised = true, knows = true, escalates = true,
  escalated = true, escalating = true, ["isn't"] = true, ["won't"] = true, ["doesn't"] = true }
local REFERS_TO = { tell = true, told = true, ask = true, asked = true, let = true, inform = true, remind = true,
  see = true, seen = true, when = true, ["if"] = true, ["with"] = true, ["from"] = true, ["and"] = true }
-- how each mention of Ruth in the text reads: does one address her, does one speak about her?
local function ruth_mentions(text)
  local t = chat.norm(text):gsub("ruth adeyemi", "ruth")
  local addressed, about = false, false
  local from = 1
  while true do
    local at, stop = t:find("%f[%w@]@?ruth%f[^%w]", from)
    if not at then break end
    local before = t:sub(1, at - 1):match("([%a']+)[^%a']*$")
    local next_word = t:sub(stop + 1):match("^%s*([%a']+)")
    -- "Ruth, ...", "@ruth ...", or a question that opens with her name ("Ruth is it possible ...?")
    local vocative = t:sub(at, at) == "@" or t:sub(stop + 1):match("^%s*[,:!%?]") ~= nil
      or t:sub(stop + 1):match("^[^%.!;\n]*%?") ~= nil
    if not vocative and (THIRD_PERSON[next_word or ""] or REFERS_TO[before or ""]) then
      about = true
    else
      addressed = true
    end
    from = stop + 1
  end
  return addressed, about
end
local function addresses_ruth(msg)
  if msg.to == "ruth" then return true end
  return msg.channel ~= nil and (ruth_mentions(msg.text))
end

local function ask_in(text)
  local t, saw_neg = chat.norm(text), false
  for sentence in (t .. "."):gmatch("[^%.;!%?\n]*[%.;!%?\n]") do
    local _, about = ruth_mentions(sentence)
    if about then goto next_sentence end   -- a claim that she acts is no ask of her
    if sentence_asks(sentence) or facts.asks(sentence) then return "ask" end
    if chat.has_any(sentence, ASK) then saw_neg = true end
    ::next_sentence::
  end
  return saw_neg and "declined" or nil
end
local function has_ask(text) return ask_in(text) == "ask" end

-- A sentence of the update that says what Ruth does or was asked about the blocker ("Ruth
-- already agreed to escalate", "I asked Ruth to chase them", "Ruth has been asked"): the first
-- one, or nil. Addressing her ("Ruth, please escalate", "Need: Ruth to escalate") claims nothing.
local ACTS = { "escalat", "chase", "ping", "account manager", "vendor", "ops-88", "agreed", "asked", "nudge", "push" }
local function claims_ruth_acts(text)
  for sentence in (tostring(text or "") .. "."):gmatch("[^%.;!%?\n]+") do
    local _, about = ruth_mentions(sentence)
    if about and chat.has_any(sentence, ACTS) then return (sentence:gsub("^%s*[-*]?%s*", "")) end
  end
  return nil
end

-- Telling Ruth the update is there, in any words: it names the update or its path, and says it
-- is ready or where it is. Said "not yet" ("not ready yet", "I haven't finished the update",
-- "it won't be ready for 15 minutes", "almost done") it is the opposite: the update is not there.
local UPDATE = { "status/", "w11", "update", "status report", "weekly status", "write-up", "writeup", "report",
  "summary", "~week[ -]?11", "~wk[ -]?11", "status folder", "status dir", "2024-w11", "weekly", "my status",
  "the file", "document", "recap" }
local THERE = { "ready", "done", "finished", "written", "complete", "is in ", "is at ", "is up", "under ",
  "in status/", "find it", "take a look", "have a look", "available", "saved", "submitted", "posted",
  "committed", "pushed", "up for review", ".md", "uploaded", "filed", "in the status", "is there",
  "wrote", "put it", "now in", "stored" }
local NOT_YET = { "not ready", "not done", "not finished", "not complete", "isn't ready", "not yet", "still writing",
  "still working", "working on it", "will be ready", "will send", "almost", "nearly", "~%f[%a]yet%f[%A]",
  "more minutes", "few minutes", "in a bit", "not quite", "still on it", "still going", "will be done",
  "will be in", "i'll send", "i'll let you know", "i'll tell you", "later today",
  -- "more or less ready", "mostly done": as "almost", the update is not there yet
  "more or less ready", "more or less done", "more or less finished", "more or less complete", "more or less there",
  "more or less written", "mostly done", "mostly ready", "mostly finished", "mostly complete", "mostly written",
  "sort of done", "sort of ready", "kind of done", "kind of ready", "kinda done", "kinda ready", "half done", "half-done",
  "~%f[%a]partly%f[%A]", "~%f[%a]partially%f[%A]" }
local NEG = { ["not"] = true, ["no"] = true, ["never"] = true, ["cannot"] = true, ["cant"] = true, ["dont"] = true }
local function negated_before(sentence, at)
  local words = {}
  for w in sentence:sub(1, at - 1):gmatch("[%a']+") do words[#words + 1] = w end
  for k = math.max(1, #words - 2), #words do
    if NEG[words[k]] or words[k]:find("n't$") then return true end
  end
  return false
end
-- "ready", "not_ready" or nil: what a message says about the update being there. A sentence
-- speaks about the update when it names it, or when the message names it (or `carried`: the
-- learner was already talking about it) and the sentence names no ticket or the blocker.
local function readiness(text, carried)
  local t = chat.norm(text)
  local about_update = carried or chat.has_any(t, UPDATE)
  local state = nil
  for sn in (t .. "."):gmatch("[^%.;!%?\n]*[%.;!%?\n]") do
    local own = chat.has_any(sn, UPDATE)
    -- "update on OPS-88: the vendor hasn't replied yet" is news of the blocker, not of the file
    local ticket = chat.has_any(sn, { "ops-", "vpn", "vendor", "auditor", "blocker", "ticket" })
    if own or (about_update and not ticket) then
      -- in a sentence that also carries blocker news ("... and OPS-88 hasn't been answered yet")
      -- the not-yet words are about the blocker: only a plain "ready"/"in status/" counts there
      local said = (not ticket and chat.has_any(sn, NOT_YET)) and "not_ready" or nil
      for _, w in ipairs(THERE) do
        if said then break end
        local at = sn:find(w, 1, true)
        if at then said = negated_before(sn, at) and "not_ready" or "ready" end
      end
      if said == "ready" or (said == "not_ready" and not ticket) then state = said end
    end
  end
  return state
end

-- A message after the blocker news that carries its ask ("Could you escalate via their account
-- manager today?"): it speaks of acting on the vendor, not of the update or anything else.
local FOLLOW_UP = { "escalat", "chase", "account manager", "vendor", "ping", "nudge", "push", "contact", "help",
  "reach out", "them", "their" }
-- A message taking back what was said ("sorry, correction:") that moves the deadline: another day
-- of the month than the audit's 18th, or no urgency any more.
local CORRECTION = { "correction", "~%f[%a]correct myself", "misread", "i was wrong", "was wrong", "my mistake", "my bad",
  "scratch that", "~%f[%a]sorry%f[%A]", "~%f[%a]typo", "~%f[%a]i meant%f[%A]", "~%f[%a]actually%f[%A]" }
-- Words that may follow a day of the month ("the 25th of March", "the 25th, so", "25th instead").
local DAY_FOLLOWS = { "~^of$", "~^mar", "~^at$", "~^instead$", "~^now$", "~^then$", "~^and$", "~^so$", "~^or$",
  "~^no$", "~^not$", "~^is$", "~^was$", "~^which$", "~^for$", "~^because$", "~^please$", "~^morning$",
  "~^afternoon$", "~^evening$", "~^latest$", "~^earliest$", "~^anyway$", "~^too$" }
local NO_RUSH = { "no rush", "no hurry", "not urgent", "isn't urgent", "not that urgent", "plenty of time", "more time",
  "week more", "can wait" }
local function moves_deadline(text)
  local t = chat.norm(text)
  if not chat.has_any(t, CORRECTION) then return false end
  if chat.has_any(t, NO_RUSH) then return true end
  -- a date: "25th", "the 25", "25 march", "march 25"; an ordinal followed by a noun is a count
  -- ("a 2nd NDA copy", "the 3rd time"), not a day
  for _, p in ipairs({ "%f[%d](%d%d?)%s?[snrt][tdh]%f[%W]()", "%f[%a]the (%d%d?)%f[^%d%a]()", "%f[%d](%d%d?) mar()",
      "march (%d%d?)%f[%D]()" }) do
    for d, after in t:gmatch(p) do
      local next_word = t:match("^%s*(%a+)", after)
      local a_count = p:find("[snrt]", 1, true) and next_word and not chat.has_any(next_word, DAY_FOLLOWS)
      if tonumber(d) ~= 18 and not a_count and not t:find("not the " .. d, 1, true) and not t:find("not " .. d, 1, true) then
        return true
      end
    end
  end
  return false
end

local function follows_up(text)
  return chat.has_any(text, FOLLOW_UP) and not chat.has_any(text, UPDATE)
end

-- "I double-checked every ticket against the tracker", "re-read it, under 250 words": the learner
-- says a run looked at the sources or the update. What Kofi or Ruth did is not the learner's claim.
-- ("re%-read" was a plain string, so "re-read" never counted; "cross-referenced", "compared",
-- "reviewed", "went over" are the same claim in other words)
local CHECK_CLAIM = { "~%f[%a]checked%f[%A]", "~%f[%a]re%-read", "reread", "went through", "~%f[%a]counted",
  "~cross%-?referenc", "~%f[%a]compared%f[%A]", "~%f[%a]reviewed%f[%A]", "went over", "gone over", "gone through",
  "looked over", "looked through", "~%f[%a]audited%f[%A]" }
for _, w in ipairs(claims.PROCESS) do CHECK_CLAIM[#CHECK_CLAIM + 1] = w end
local NOT_A_RUN = { "ruth", "kofi", "with you", "vendor" }
-- What a claim may name, and the file a run of it reads: "checked every ticket against the
-- tracker" needs a read of tickets.csv, "re-read the update" one of the update. A claim that names
-- none of them needs a read of any.
local SOURCES = {
  { names = { "ticket", "tracker", "csv", "ops-" }, files = { "tickets.csv" } },
  { names = { "note", "stand-up", "standup" }, files = { "standups", "notes/" } },
  { names = { "template" }, files = { "template.md" } },
  { names = { "update", "word", "file", "status", "2024-w11", "draft", "spelling", "typo" }, files = { "2024-w11", "status/" } },
}
local READERS = { "cat", "grep", "awk", "gawk", "mawk", "sort", "head", "tail", "less", "more", "wc", "cut", "sed",
  "column", "diff", "python3", "python", "perl", "csvlook", "mlr", "bash", "sh", "view", "vim", "vi", "nano", "nl", "tac",
  "paste", "uniq", "tr", "fold", "fmt", "join", "comm" }
-- Did the first n commands read what the claiming clause names (the ticket list, the notes, the
-- template, the update; any of them when it names none)?
local function read_sources(run, n, clause)
  local files, all = {}, {}
  for _, src in ipairs(SOURCES) do
    for _, f in ipairs(src.files) do all[#all + 1] = f end
    if chat.has_any(clause, src.names) then
      for _, f in ipairs(src.files) do files[#files + 1] = f end
    end
  end
  return claims.ran_before(run, n, READERS, #files > 0 and files or all)
end

local TICKET_TEXT = [[
**Weekly status, week 11 (11-15 March)**

Please write your weekly status update in **`status/2024-W11.md`**, using `TEMPLATE.md`:
sections **Done**, **In progress**, **Blocked**, **Next week**, under **250 words**.

Sources: your stand-up notes (`notes/standups.md`) and the tracker export (`tickets.csv`;
only your tickets, `owner = me`). Done means done **this week**.

If something is blocked, don't just write it down: **tell me directly** what you need from
me, so I can act today.
]]

return {
  api = 1, id = "status-update", title = "The weekly status update",
  summary = "Turn a week of messy stand-up notes and a ticket export into a short, accurate "
    .. "status update for your manager, and escalate the one thing that is blocked.",
  family = "writing",
  role = "Junior operations engineer", level = "junior",
  skills = { "writing", "communication", "prioritisation" },
  minutes = 20, time_limit = 35 * 60, pass = 75,
  workspace = "workspace", needs = { "python3" },

  cast = {
    ruth = {
      name = "Ruth Adeyemi", role = "Engineering manager (Operations)",
      persona = [[Manager of the ops team. Reads a dozen status updates on Friday afternoon:
wants them short, accurate and skimmable, with blockers up front and a concrete ask. Happy to
escalate when asked clearly; dislikes learning about blockers late.]],
      knows = [[OPS-88 (VPN access for the payments vendor's auditors) is blocked: the vendor hasn't
sent its IP ranges and signed NDA; the audit starts Monday 18 March. Ruth can escalate through
the vendor's account manager if asked. Done this week: OPS-80, OPS-83, OPS-85, and OPS-91 once
Kofi merges it on Friday. OPS-77 was done the week before.]],
    },
    kofi = {
      name = "Kofi Mensah", role = "Operations engineer (teammate)",
      persona = [[Teammate, cheerful, reviews the learner's PRs. Short messages.]],
    },
  },
  channels = { "#team" },

  tasks = {
    {
      id = "status", title = "Weekly status update, week 11", from = "ruth",
      ticket = TICKET_TEXT,
      checks = {
        { id = "structure", label = "All four sections, no placeholders", points = 10,
          skill = "writing", run = check("structure") },
        { id = "length", label = "Under 250 words", points = 5, skill = "writing", run = check("length") },
        { id = "done", label = "Done lists exactly this week's finished tickets", points = 20,
          skill = "writing", run = check("done") },
        { id = "in_progress", label = "In progress is complete and current", points = 10,
          skill = "writing", run = check("progress") },
        { id = "blocked", label = "The blocker says on what, the ask, and by when", points = 15,
          skill = "prioritisation", run = check("blocked") },
      },
      hints = {
        "Start from tickets.csv: filter owner = me, then sort by status. \"Done this week\" means status Done and updated between 11 and 15 March. Keep an eye on #team: things change on a Friday.",
        "A good blocker bullet: ticket, what's blocked, on whom, what you need, by when. Your notes of Wednesday have all of it.",
        "Then DM Ruth the blocker with a concrete ask (e.g. escalation to the vendor's account manager before the audit on Monday 18th).",
      },
      hint_cost = 5,
    },
  },

  rubric = {
    {
      id = "escalated", label = "Escalated the blocker to Ruth with a concrete ask", points = 30,
      judge = "ruth", skill = "communication",
      criteria = [[30: a message to Ruth (DM, or a post naming her) about OPS-88 (the vendor VPN
access) with a concrete ask and the deadline (audit Monday 18th). 20: the blocker with only one
of the two. 12: mentions the blocker without an ask or deadline. 0: Ruth only finds out from the
document.]],
      scripted = function(run)
        -- her DMs and #team: whether a post is to her (addresses_ruth) is this scenario's rule
        local mine = chat.learner(run, { dm_or_channel = { who = "ruth", channel = "#team" } })
        local best, why = 0, "you never told Ruth about the blocker directly"
        -- one escalation may take several messages ("heads-up on OPS-88: ..." then "Could you
        -- escalate?"): a message to Ruth is read with the ones since her last word on the blocker
        local thread, thread_at = nil, nil
        -- a later "correction" that moves the audit or takes the urgency back ("sorry, correction:
        -- the audit is on the 25th, no rush") withdraws the deadline told before it
        local moved_at = nil
        for _, m in ipairs(mine) do
          if addresses_ruth(m) and moves_deadline(m.text) then moved_at = m.i end
        end
        for _, m in ipairs(mine) do
          if addresses_ruth(m) then
            -- the learner's own words: Ruth's ticket or a colleague's message pasted back asks nothing
            local own = copied.own_words(run, m.text, { TICKET_TEXT }, m.i)
            if chat.has_any(own, BLOCKER) then thread, thread_at = own, m.i
            elseif thread and follows_up(own) then thread, thread_at = thread .. "\n" .. own, m.i end
          end
          if not addresses_ruth(m) then
            if best == 0 and chat.has_any(m.text, BLOCKER) and chat.has_any(m.text, { "ruth" }) then
              why = "the post " .. chat.where(m) .. " only speaks about Ruth; it asks her nothing: DM her, or address her, with what you need on OPS-88"
            end
          elseif thread then
            local kind = ask_in(thread)
            local withdrawn = moved_at and moved_at > thread_at and chat.has_any(thread, WHEN)
            local ask, when = kind == "ask", chat.has_any(thread, WHEN) and not withdrawn
            local p, w
            if kind == "declined" then
              p, w = 12, "told Ruth about OPS-88 " .. chat.where(m) .. " but that no help is needed: the vendor is silent and the audit is Monday, ask her to escalate"
            elseif ask and when then p, w = 30, "escalated OPS-88 with an ask and the deadline " .. chat.where(m)
            elseif ask or when then p, w = 20, "escalated OPS-88 " .. chat.where(m) .. (ask and (withdrawn and ", but a later 'correction' took the deadline back (the audit is Monday 18th)"
              or ", but without the deadline") or ", but without a concrete ask")
            else p, w = 12, "mentioned the blocker to Ruth, without an ask or deadline" end
            if p > best then best, why = p, w end
          end
        end
        return best, why
      end,
    },
    {
      id = "shared", label = "Let Ruth know the update is ready", points = 10, judge = "ruth",
      skill = "communication",
      criteria = [[10: once status/2024-W11.md was written (the real update, not the template or a
stub), told Ruth (DM or #team) it is ready / where it is. 0: never, or only while it was not
written yet (a false "ready" also costs the false_ready penalty).
Whatever else: 0 when the learner swore at, called names or brushed off anyone in the chat
("not my problem", "stop nagging"; scenarios/lib/tone.lua).]],
      scripted = tone.guard(function(run)
        -- the learner's last word on the update decides: Ruth acts on what she heard last
        local last = shares[#shares]
        if not last then return 0, "you never told anyone the update was ready" end
        if last.ready and last.written then return 10, "shared the update " .. last.where end
        if last.ready then return 0, "said the update was ready " .. last.where .. " while " .. last.why end
        if run:sh(check("filled")) then
          return 0, "your last word on the update " .. last.where .. " was that it was not ready yet, and you"
            .. " never told Ruth once it was: she still thinks it is not there"
        end
        return 0, "you told Ruth the update was not ready yet " .. last.where .. ", and it never was"
      end),
    },
  },

  scripted = {
    ruth = {
      { match = "ops-77", reply = "OPS-77 was last week, wasn't it? This update is about 11-15 March." },
      { match = "kofi", reply = "Kofi's tickets go in his update; just yours, please." },
      { match = { "long", "words" }, reply = "Under 250 words. I read these on my phone between meetings." },
      { match = "status", reply = "Thanks! Remember: blockers need an ask, not just a mention." },
      { reply = "Short and accurate beats long and complete. And tell me about anything blocked!" },
    },
    kofi = {
      { match = { "91", "grafana", "alert" }, when = function() return merged end,
        reply = "Yep, merged and deployed, the alert channel is already quieter :)" },
      { match = { "91", "grafana", "alert" }, reply = "Still on my list, I'll review it this afternoon!" },
      { reply = ":+1:" },
    },
  },

  on_start = function(run)
    run:sh("chmod a-w tickets.csv 2>/dev/null; true")
    run:post("#team", "ruth", "Happy Friday! Weekly status updates by 16:00 please :memo: (template in your folder).")
  end,

  on_command = function(run, cmd)
    commands = commands + 1
    if commands == 3 and not merged then
      merged = true
      -- the tracker changes while the learner writes
      run:sh([[chmod u+w tickets.csv; sed -i 's/^OPS-91,Clean up noisy Grafana alerts,In progress,me,2024-03-14$/OPS-91,Clean up noisy Grafana alerts,Done,me,2024-03-15/' tickets.csv; chmod a-w tickets.csv]], { as = "root" })
      run:post("#team", "kofi", "Merged your Grafana alerts PR (OPS-91) and closed the ticket :tada: 23 fewer useless alerts!")
    end
  end,

  -- What the learner told Ruth and wrote about her, against the truth: a "ready" only ever said
  -- while the update was not written, and an update claiming Ruth acts on OPS-88 ("Ruth already
  -- agreed to escalate", "I asked Ruth to ...") when she was never asked, are false claims; so is
  -- saying the sources were checked while no command had read them.
  on_finish = function(run)
    if #shares > 0 then
      local true_share = false
      local any_ready = false
      for _, s in ipairs(shares) do
        true_share = true_share or (s.ready and s.written)
        any_ready = any_ready or s.ready
      end
      if not any_ready then true_share = true end   -- only "not ready yet": nothing false was said
      local first = nil
      for _, s in ipairs(shares) do if s.ready then first = first or s end end
      if not true_share then
        run:penalize("false_ready", 20, "told Ruth the update was ready " .. first.where .. " while "
          .. first.why .. ", and never when it was written")
      end
    end
    local claim = not ruth_asked and claims_ruth_acts(run:read(OUT))
    if claim then
      run:penalize("false_claim", 15, "the update says '" .. claim .. "', but you never asked Ruth for help on OPS-88:"
        .. " a status must be true; ask her, then write what she does")
    end
    -- a figure the update gives that no source gives ("builds 35% faster", "restore in 12 min":
    -- the notes say ~12% and 41 min) is an outcome made up for the manager, who passes it on:
    -- fabricated evidence fails the run (mistake-invented-figures)
    local made_up, ticket = invented_figure(run:read(OUT))
    if made_up then
      run:penalize("invented_figures", FABRICATED, "the update says '" .. made_up .. "' for " .. ticket .. ", a figure your"
        .. " notes do not give: Ruth passes your status on, so every number in it must come from your sources")
    end
    -- "I double-checked every ticket against the tracker" while no command had read it
    -- a claim of a check, test or trial that never happened, told to a colleague, is fabricated
    -- evidence (the evidence policy in scenarios/README.md): it fails the run however right the rest is
    claims.penalize_unbacked(run, "false_check_claim", FABRICATED, "you checked your sources",
      "no command of yours had read what you named (the tickets, the notes, the template or the update)", read_sources,
      CHECK_CLAIM, { unless = NOT_A_RUN })
  end,

  -- Ruth reacts to what the message asks and to whether the update exists, not to keywords alone.
  on_message = function(run, msg)
    local to_ruth = addresses_ruth(msg)
    local text = msg.text or ""
    local where = msg.to and "by direct message" or ("in " .. msg.channel)
    local say = function(t) if msg.to then run:say("ruth", t) else run:post(msg.channel, "ruth", t) end end
    -- "ready" or "not ready yet"; a short "all done now, have a look" to Ruth after an earlier
    -- word on the update speaks about it too
    local state = (to_ruth or msg.channel == "#team") and readiness(text, to_ruth and #shares > 0) or nil
    if state then
      -- what Ruth would open now: the written update, or the template, a stub, nothing
      local ok, out = run:sh(check("filled"))
      local why = not ok and (tostring(out or ""):match("FAIL: ([^\n]*)") or (OUT .. " did not exist")) or nil
      if why and why:find("is missing", 1, true) then why = OUT .. " did not exist yet" end
      if why and not why:find(OUT, 1, true) then why = OUT .. " was not written yet: " .. why end
      shares[#shares + 1] = { where = where, written = ok, why = why, ready = state == "ready" }
      if not to_ruth then return nil end
      if not chat.has_any(text, BLOCKER) then
        if state ~= "ready" then say("No problem, tell me when it's in status/.")
        else say(ok and "Thanks, reading it now!" or ("I opened it, but " .. why .. ". Tell me when it's really done?")) end
        return true
      end
    end
    -- the ask may follow the blocker news in a message of its own ("Could you escalate?")
    local about_blocker = chat.has_any(text, BLOCKER) or (blocker_told and not state and follows_up(text) and has_ask(text))
    if to_ruth and chat.has_any(text, BLOCKER) then blocker_told = true end
    if to_ruth and about_blocker then
      if has_ask(text) then
        ruth_asked = true
        say("Thanks for flagging it today and not on Monday. I'll ping their account manager this afternoon. Keep it in the Blocked section so everyone sees it.")
      else
        say("Thanks. What do you need from me on OPS-88, and by when?")
      end
      return true
    end
    return nil
  end,
}
