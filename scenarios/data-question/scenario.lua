-- data-question: a product manager asks for "revenue per region for last month". The period
-- is only defined if the learner asks (on_message); revenue is defined in the data dictionary
-- (paid orders only). The answer goes into answer.csv; the checks recompute the truth from the
-- (checksummed, read-only) database with python3's sqlite3 module.
local chat = require("chat")
local facts = require("facts")
local claims = require("claims")
local approvals = require("approvals")
local figures = require("figures")

-- Evidence policy (scenarios/README.md): a wrong figure that comes from the learner's own work
-- (misrounded, a wrong query's output quoted) is an honest slip: the delivery's points and the
-- false_figure penalty (this scenario's own rule: it would have gone into the board deck). A
-- figure made up and told to Nora as the data's (never printed by a query, "up from 98,500.00
-- EUR in January") is fabricated evidence: fabricated_figure, FABRICATED points, fails the run.
local FABRICATED = 35
-- a guess said as a guess ("my guess for January is around 98k") is a slip, no fabrication
local GUESS = { "guess", "estimat", "probably", "i think", "i'd say", "ballpark", "not measured", "haven't", "have not", "not yet", "untested" }

local DB_SHA256 = "e2047e28c6de09c57ac04fed84c1c5546d2a530245a39c896060e64adacd7e4e"

-- One python program for every check and for the hooks; argv[1] = the mode:
--   format   the file's shape (header, two columns, euros with two decimals, no duplicates)
--   values   every region with revenue is there, and every listed region is right to the cent
--            (amounts are read leniently here, so a formatting slip costs only the format check)
--   complete every region of the database is listed, including those without sales
--   state    for the hooks: one line "exists values complete" (0/1 each) and the true amounts
local CHECK = [=[
python3 - "$MODE" <<'PY'
import csv, hashlib, os, re, sqlite3, sys
mode = sys.argv[1]
def fail(msg):
    print("FAIL: " + msg); sys.exit(1)
try:
    data = open("shop.db", "rb").read()
except OSError:
    fail("shop.db is missing")
if hashlib.sha256(data).hexdigest() != "]=] .. DB_SHA256 .. [=[":
    fail("shop.db was modified: the answer is checked against the original data, query it read-only")
db = sqlite3.connect("file:shop.db?mode=ro&immutable=1", uri=True)
def per_region(where):
    q = ("SELECT r.name, COALESCE(SUM(o.total_cents), 0) FROM regions r "
         "LEFT JOIN customers c ON c.region_id = r.id "
         "LEFT JOIN orders o ON o.customer_id = c.id AND " + where + " GROUP BY r.id")
    return dict(db.execute(q).fetchall())
FEB = "o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01'"
want = per_region("o.status = 'paid' AND " + FEB)
# a link to /dev/zero, a FIFO or a folder is no answer (and must not hang the check)
odd = os.path.lexists("answer.csv") and not os.path.isfile("answer.csv")
if odd and mode != "state":
    fail("answer.csv is no regular file (a link to a device, a FIFO or a folder): write the CSV itself")
try:
    if odd: raise OSError("no regular file")
    raw = open("answer.csv", newline="", encoding="utf-8-sig").read()
    exists = True
except (OSError, UnicodeDecodeError):
    raw, exists = "", False
rows = [r for r in csv.reader(raw.splitlines()) if any(c.strip() for c in r)]
header = [c.strip().lower() for c in rows[0]] if rows else []
body = rows[1:] if header and not re.search(r"\d", ",".join(header)) else rows
def cents(text):
    """An amount read the way a person would: 1234.50, 1,234.50, EUR 1234.5, 1234.50 €."""
    t = re.sub(r"(?i)eur|€|\s", "", text)
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", t): t = t.replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", t): return None
    return int(round(float(t) * 100))
got, shape, unknown, twice, totals = {}, [], [], [], []
TOTAL_ROW = re.compile(r"(?i)\s*(grand\s+)?(total|sum|gesamt|overall|all(\s+regions)?)(\s*\(?(eur|€)\)?)?\s*:?\s*")
for n, r in enumerate(body, 2):
    if len(r) != 2:
        shape.append("line %d has %d columns, expected 2" % (n, len(r))); continue
    name, val = r[0].strip(), r[1].strip()
    match = [k for k in want if k.lower() == name.lower()]
    # a total line under the regions (the true February total) is a shape slip, the format
    # check's: it is no invented region, and no region is wrong for it; a wrong total is unknown
    if not match and TOTAL_ROW.fullmatch(name) and cents(val) == sum(want.values()):
        totals.append(n); continue
    if not match:
        unknown.append(name); continue
    if not re.fullmatch(r"\d+\.\d\d", val):
        shape.append("line %d: revenue '%s' must be euros with two decimals, like 1234.50" % (n, val))
    if match[0] in got:
        twice.append(match[0]); continue
    got[match[0]] = cents(val)
missing = [k for k in sorted(want) if k not in got]
values_ok = exists and all(got.get(k) == v for k, v in want.items() if v or k in got)
complete_ok = exists and not missing and not unknown and not twice
if mode == "state":
    print(int(exists), int(values_ok), int(complete_ok))
    for k in sorted(want): print("%s %d.%02d" % (k, want[k] // 100, want[k] % 100))
    sys.exit(0)
if not exists:
    fail("answer.csv is missing: write your result there (header: region,revenue_eur)")
if not rows:
    fail("answer.csv is empty")
if mode == "format":
    problems = []
    if header != ["region", "revenue_eur"]:
        problems.append("the first line of answer.csv must be the header region,revenue_eur (got %s)" % ",".join(rows[0]))
    problems += shape + ["%s appears twice" % k for k in twice]
    problems += ["line %d is a total: the file has one row per region (the deck adds them up)" % n for n in totals]
    for p in problems[:5]: print("FAIL: " + p)
    sys.exit(1 if problems else 0)
if mode == "complete":
    bad = 0
    if missing:
        print("FAIL: missing region(s): %s (every region gets a row, 0.00 if it had no sales: start from the regions table)" % ", ".join(missing)); bad = 1
    if unknown:
        print("FAIL: %s is not a region in shop.db" % ", ".join("'%s'" % u for u in unknown[:3])); bad = 1
    if twice:
        print("FAIL: %s appears more than once" % ", ".join(twice)); bad = 1
    sys.exit(bad)
if values_ok:
    sys.exit(0)
if not got:
    fail("no line of answer.csv names a region of shop.db with an amount")
if any(v is None for v in got.values()):
    fail("some amounts are not numbers: %s" % ", ".join(k for k, v in got.items() if v is None))
def matches(where):
    alt = per_region(where)
    return any(alt[k] for k in got) and all(got[k] == alt[k] for k in got)
alts = [
    ("o.status = 'paid' AND o.ordered_at BETWEEN '2024-02-01' AND '2024-02-29'",
     "your numbers miss orders placed on 29 February after midnight: BETWEEN '2024-02-01' AND '2024-02-29' stops at 2024-02-29 00:00:00; use ordered_at < '2024-03-01'"),
    ("o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-02-29'",
     "your numbers miss 29 February: 2024 is a leap year"),
    (FEB, "your numbers include refunded and cancelled orders: revenue counts paid orders only (see DATA_DICTIONARY.md)"),
    ("o.status != 'cancelled' AND " + FEB, "your numbers include refunded orders: revenue counts paid orders only"),
    ("o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at <= '2024-03-01'",
     "your numbers include orders from 1 March at 00:00:00: the period ends before 2024-03-01"),
    ("o.status = 'paid' AND o.ordered_at >= '2024-03-01'", "those are March's numbers: which month did Nora mean?"),
    ("o.status = 'paid' AND o.ordered_at >= '2024-02-12'", "those are the last 30 days, not the calendar month Nora means: ask her which dates"),
    ("o.status = 'paid' AND o.ordered_at >= '2024-01-01' AND o.ordered_at < '2024-02-01'", "those are January's numbers: which month did Nora mean?"),
    ("o.status = 'paid'", "those are all-time numbers: restrict to the period Nora asked about"),
]
if all(v == 0 for v in got.values()):
    fail("every region is 0.00: the data runs until 2024-03-12, so a 'last month' from your computer's clock finds nothing; ask Nora which dates she means")
for where, why in alts:
    if matches(where):
        fail(why)
lost = [k for k in sorted(want) if want[k] and k not in got]
wrong = [k for k in sorted(got) if got[k] != want[k]]
if wrong:
    fail("revenue does not match for %s: check the period (ask Nora if unsure), the status filter and the join to regions" % ", ".join(wrong))
fail("region(s) with sales are missing, so their revenue is not reported: %s" % ", ".join(lost))
PY
]=]
local function check(mode) return "MODE=" .. mode .. "\n" .. CHECK end

local PERIOD_WORDS = { "month", "period", "date", "feb", "march", "january", "range", "timeframe",
  "time frame", "which days", "from when", "calendar", "rolling", "30 day", "4 week", "four week", "utc", "timezone",
  -- a date in digits: 2024-02, 01/02, 29.02. (a German amount, 38.288,78, is none)
  "~20%d%d%-[01]%d", "~%f[%d][0-3]?%d[/%.][01]?%d%f[%D]" }
-- A message asks something when facts.asks says so, or when it requests a confirmation.
local CONFIRM = { "please confirm", "confirm that", "correct me", "~%f[%a]pl[sz] confirm", "~%f[%a]pl[sz]%.? confirm",
  "kindly confirm", "~confirm,? pl[sz]%f[%A]", "~confirm,? please" }
-- Words that name the period the learner took.
local STATES_PERIOD = { "feb", "2024-02", "calendar month" }
-- Words that claim Nora already settled the period ("as we agreed"): true only if she was asked.
local AGREED = { "as we agreed", "as agreed", "we agreed", "as discussed", "as we discussed", "as you said",
  "as you asked", "as you confirmed", "you confirmed", "as confirmed", "as requested", "like you said" }

local function asking(text) return facts.asks(text) or chat.has_any(text, CONFIRM) end

-- Endings that make a statement a question only in form. A bare tag ("..., ok?", "..., right?",
-- or "Sound good?" after it) confirms the statement it follows: a real question when that
-- statement says what Nora means ("Last month is February 2024, right?"), a formality after the
-- learner's own decision ("I'm going with February, ok?"). A closing "Anything else?" asks
-- nothing about what she meant.
local TAGS = { ok = true, okay = true, right = true, alright = true, ["all right"] = true, yes = true,
  yeah = true, yep = true, correct = true, fine = true, cool = true, good = true, agreed = true, no = true,
  ["sound good"] = true, ["sounds good"] = true, ["all good"] = true, ["ok with you"] = true,
  ["fine with you"] = true, ["makes sense"] = true }
local FORMALITIES = { "anything else", "any questions", "any other question", "anything more", "need anything",
  "need something else", "something else" }
-- A statement of the learner's own decision, not of what Nora meant.
local DECIDES = { "i'm going", "i am going", "going with", "i'll ", "i will ", "i'm building", "i'm using",
  "i am using", "i'm doing", "i'm taking", "i'm treating", "i'm on it", "i've ", "i have ", "agreed", "decided",
  "so i'm", "i went", "i'm gonna", "i'm proceeding", "i'm sticking", "sticking with" }
-- A question that points back at the assumption stated just before it ("I'd take February.
-- Is that right?"), not one about something else ("Is that format OK?").
local CONFIRM_BACK = { "is that right", "is that correct", "is that ok", "is that okay", "is that fine",
  "is that what", "is this what", "is this right", "is this correct", "is that the period", "does that work",
  "does that match", "does that sound", "would that work", "would that be", "did i get that", "have i got that",
  "am i right", "did i understand", "is my assumption", "that what you mean", "that what you need",
  "which do you mean", "which one", "which is it", "which of", "which do you need", "which would you" }

-- The sentences of text, lower-cased: { text, question }, where question is true for one that
-- asks Nora something real: neither a bare tag on a statement nor a closing formality.
-- A sentence that opens like a question with an auxiliary before its subject, after a short
-- opening ("Before I start: is 'last month' February 2024", "does last month mean feb"):
-- facts.asks knows pronoun and article subjects ("is it", "do we"), not a noun like "last month".
local AUX = { is = true, are = true, does = true, ["do"] = true, did = true, should = true, shall = true,
  would = true, could = true, can = true, will = true }
local function aux_question(s)
  local parts = { s }
  for rest in s:gmatch("[,:;]%s*([^,:;]+)") do parts[#parts + 1] = rest end
  for _, p in ipairs(parts) do
    local w, nxt = p:gsub("['\"`]", ""):match("^%s*(%a+)%s+(%a+)")
    if w and AUX[w] and not (w == "will" and (nxt == "do" or nxt == "be")) then return true end
  end
  return false
end
local function sentences(text)
  local out, previous = {}, ""
  -- "29.02" and "01.02.-29.02." are no sentence ends; a dot before a word character is none either
  local plain = tostring(text or ""):gsub("%.([^%s])", "\1%1")
  for sentence in (plain .. "\n"):gmatch("([^%.!?\n]*%??)") do
    sentence = sentence:gsub("\1", ".")
    local s = chat.norm(sentence):gsub("^%s+", ""):gsub("[%s%?]+$", "")
    local asks = sentence:find("%?%s*$") or facts.asks((sentence:gsub("^%s*[@%w]+%s+%-+%s+", "")))
      or aux_question(s)
    local head, tag = s:match("^(.-)[,;:%-]%s*([%a%s]-)$")
    if not TAGS[tag or ""] then head, tag = previous, s end        -- "Sound good?" on its own
    local formality = chat.has_any(s, FORMALITIES) and #s < 40
    local decided = TAGS[tag] and chat.has_any(head, DECIDES)
    if s ~= "" then
      out[#out + 1] = { text = s, question = asks and not formality and not decided }
      previous = s
    end
  end
  return out
end

-- Two readings of the period set side by side ("last month mean feb 2024 or last 30 day", typed
-- without a question mark): offering Nora the choice asks her which, unless it is the learner's own
-- decision ("I'll use February or ..."). Both sides of the "or" must name a period ("feb 2024,
-- refunded or cancelled left out" offers no choice of dates).
local function offers_periods(sentence)
  if chat.has_any(sentence, DECIDES) then return false end
  for i, j in sentence:gmatch("()%f[%a]or%f[%A]()") do
    if chat.has_any(sentence:sub(1, i - 1), PERIOD_WORDS) and chat.has_any(sentence:sub(j), PERIOD_WORDS) then return true end
  end
  return false
end

-- Does text ask Nora which period she means? A real question that names the period, one that
-- asks her to confirm the period the message states, a choice of two periods, or a "please
-- confirm" about it.
local function asks_period(text)
  local stated = chat.has_any(text, PERIOD_WORDS)
  for _, s in ipairs(sentences(text)) do
    local names = chat.has_any(s.text, PERIOD_WORDS)
    if s.question and (names or (stated and chat.has_any(s.text, CONFIRM_BACK))) then return true end
    if offers_periods(s.text) then return true end
    if stated and chat.has_any(s.text, CONFIRM) and (names or #s.text <= 30) then return true end
  end
  return false
end

-- A message delivers when it says the file or the numbers are there, or quotes an amount.
local DELIVERY = { "answer.csv", "ready", "done", "here are", "here's", "attached", "finished",
  "uploaded", "in your folder", "~%d%.%d%d" }
-- Plainer ways to say it ("the numbers for feb are in the csv now"): a delivery unless asked as a question.
local DELIVERY_PLAIN = { "csv", "numbers are", "numbers for", "figures are", "in the file", "is up",
  "are up", "have a look", "take a look", "all set" }

-- per-run state: what Nora was asked, and what the file held each time the learner delivered
local asked_period = nil   -- { before = asked before any delivery or submit, where = ... }
local stated_period = nil                     -- where the learner told Nora a period without asking
-- "I ran the query", "double-checked the totals against the orders", "verified it": the learner
-- says the figures come from a run. Reading the dictionary or asking someone is no such run; what
-- a colleague did ("Omar double-checked") is not the learner's claim.
local CHECK_CLAIM = { "~%f[%a]queried", "~%f[%a]checked%f[%A]", "~%f[%a]recomputed", "~%f[%a]recounted" }
-- the same claim in other words ("cross-referenced the counts", "compared it with the export",
-- "reviewed the totals", "went over the file")
for _, w in ipairs({ "~cross%-?referenc", "~%f[%a]compared%f[%A]", "~%f[%a]reviewed%f[%A]", "went over", "gone over",
  "went through", "gone through", "looked over", "looked through" }) do CHECK_CLAIM[#CHECK_CLAIM + 1] = w end
for _, w in ipairs(claims.PROCESS) do CHECK_CLAIM[#CHECK_CLAIM + 1] = w end
local NOT_A_RUN = { "dictionary", "omar", "nora", "with you", "ticket", "format" }
-- Did the first n commands read shop.db (sqlite3, python, a script that names it)?
local function read_db(run, n)
  return claims.ran_before(run, n, { "sqlite3", "python3", "python", "duckdb", "bash", "sh" }, { "shop.db" })
end

local deliveries = {}                         -- { { exists, values, complete, truth, text, where } }
local omar_tipped, db_changed = false, false
local nora_prev = nil                         -- the learner's last message to Nora (not a delivery)

-- Nora asked in #analytics, so a post there is for her unless it names Omar.
local function to_nora(msg)
  if msg.to then return msg.to == "nora" end
  return chat.has_any(msg.text, { "nora" }) or (msg.channel == "#analytics" and not chat.has_any(msg.text, { "omar" }))
end

-- What answer.csv holds right now, judged by the check program itself.
local function file_state(run)
  local _, out = run:sh(check("state"))
  local e, v, c = tostring(out or ""):match("^(%d) (%d) (%d)")
  local truth = {}
  for name, amount in tostring(out or ""):gmatch("\n(%a+) (%d+%.%d%d)") do truth[name] = amount end
  return { exists = e == "1", values = v == "1", complete = c == "1", truth = truth }
end

-- A written number as a value and the step it was rounded to: "122,205.65" and "122.205,65"
-- (German) are 122205.65 to the cent, "38,288" and "38.288" are thousands groups, "38.3" is
-- 38.3 to a tenth, "140,000" is rounded to ten thousands.
local function read_amount(token)
  local last_dot, last_comma = token:match(".*()%."), token:match(".*(),")
  local sep = (last_dot or 0) > (last_comma or 0) and last_dot or last_comma
  local int, dec = token, nil
  if sep then
    local tail = token:sub(sep + 1)
    local other = token:sub(sep, sep) == "." and "," or "."
    local both = token:find(other, 1, true) ~= nil
    local repeated = select(2, token:gsub("%" .. token:sub(sep, sep), "")) > 1
    if both or (#tail ~= 3 and not repeated) then int, dec = token:sub(1, sep - 1), tail end
  end
  int = int:gsub("[.,]", "")
  local value = tonumber(int .. (dec and ("." .. dec) or ""))
  if not value then return nil end
  local step = dec and 10 ^ -#dec or 10 ^ #(int:match("(0*)$"))
  return value, step
end

local SCALES = { k = 1000, thousand = 1000, million = 1000000, m = 1000000 }

-- Amounts the learner quoted that are not a true figure (a region's revenue or the total): a
-- wrong number in a board deck is worse than none. An amount is a number with two decimals
-- ("38288.78", "38,288.78", "38.288,78") or any number next to a currency ("EUR 140,000",
-- "122k €", "131 thousand euros"); a rounded amount is true when it is a figure rounded to the
-- digits written ("122,000", "122k" and "38.3k" are; "140,000" is not, for a total of 122,205.65),
-- or cut there: "38,288 EUR" for 38,288.78 drops the cents, it invents nothing.
-- A clause that gives another figure than February's revenue per region: an average, a count's
-- worth, another month, refunds. Such an amount is true when a command of the learner printed it
-- ("the average paid order was 438.01 EUR", "January: 123,880.28"), not when it is typed from
-- nowhere; a measured amount that is no such figure (a wrong query's "North 41,234.56") stays false.
local OTHER_FIGURE = { "average", "avg", "mean", "median", "per order", "per customer", "largest", "biggest",
  "smallest", "january", "~%f[%a]jan%f[%A]", "march", "~%f[%a]mar%f[%A]", "december", "last year", "previous",
  "compared", "~%f[%a]vs%.?%f[%A]", "versus", "up from", "down from", "refund", "cancel", "unpaid", "pending",
  "all-time", "all time", "year to date", "ytd", "q4", "q1", "excl", "without vat", "net of" }
-- The amounts the learner's commands that read shop.db (or a copy) printed up to now (what a
-- delivery may quote besides the true figures). What `echo`, `printf` or any command that never
-- read the data printed is no measurement: a figure typed there is still made up.
local function printed_amounts(run)
  local list = {}
  for i, c in ipairs(run:commands()) do
    local from_data = claims.ran_before(run, i, { "sqlite3", "python3", "python", "duckdb", "bash", "sh" }, { "shop.db" },
      function(e) return e.command == nil or e.command == i end)
    -- (single digits too: "refunded|9" is a count a share may be worked out from)
    for token in (from_data and tostring(c.output or "") or ""):gmatch("%d[%d.,]*") do
      local v = read_amount((token:gsub("[.,]+$", "")))
      if v then list[#list + 1] = v end
    end
  end
  return list
end

-- Returns the amounts that are not a true figure and, as a second value, those of them that are
-- made up (fabricated evidence, not a slip): an amount named as another figure (an average,
-- January) that no command of the learner printed from the data, or any amount more than 5 %
-- away from every true figure and every amount the learner's queries printed ("98,500.00 in
-- January", "99,999.99"). A slip stays a slip: a figure misrounded from memory ("roughly 125k"
-- for 122,205.65), or the output of a wrong query quoted ("42906.19", refunds still in).
-- The ticket, and the amount its format example shows ("East,1234.50", also the dictionary's
-- "e.g. 1234.50"): a junior who quotes the example ("amounts written like 1234.50") reports no
-- figure.
local TICKET = [[
**Board deck: revenue per region, last month**

Hi! For the board deck I need **revenue per region for last month**, from the analytics copy
of the shop database (`shop.db`, see `DATA_DICTIONARY.md`).

Please put it in **`answer.csv`** in your folder, exactly like this:

```
region,revenue_eur
East,1234.50
...
```

- one row per region, **every** region in the database (0.00 if it had no sales);
- amounts in euros with two decimals, no currency sign.

Message me when it's ready. If anything in the question is unclear, ask me!
]]
local EXAMPLES = {}
for token in TICKET:gmatch("%d[%d.,]*%d") do EXAMPLES[#EXAMPLES + 1] = read_amount(token) end

-- "38288.78, not 83288.78", "instead of 41k": an amount the text says it is NOT, at `start` of t
local function negated(t, start)
  local pre = t:sub(math.max(1, start - 20), start - 1):gsub("\226\130\172", " "):gsub("%f[%a]eur%f[%A]", " ")
  return pre:find("%f[%a]not%s*$") or pre:find("instead of%s*$") or pre:find("rather than%s*$") or pre:find("n't%s*$")
end

-- "122 205,65": a space between thousands groups joins them
local function plain_amounts(text)
  return (tostring(text or ""):lower():gsub("%f[%d](%d%d?%d?) (%d%d%d)%f[^%d]", "%1%2"))
end

-- The amounts a message takes back ("sorry, typo: North is 38288.78, not 83288.78"): a figure
-- the learner corrects in a later message was withdrawn before anyone used it (an honest slip
-- corrected costs at most its delivery's points, no penalty); the figure the correction states
-- is judged like any other, so a true figure "corrected" to a false one is still made up.
local function negated_values(text)
  local t, out = plain_amounts(text), {}
  for start, token, stop in t:gmatch("()(%d[%d.,]*%d)()") do
    local value = read_amount(token)
    local scale_word = t:match("^%s?(%a+)", stop)
    if value and negated(t, start) then out[#out + 1] = value * (SCALES[scale_word or ""] or 1) end
  end
  return out
end

local function false_amounts(text, truth, printed, withdrawn)
  local real, total = {}, 0
  for _, a in pairs(truth) do
    real[#real + 1] = tonumber(a)
    total = total + math.floor(tonumber(a) * 100 + 0.5)
  end
  real[#real + 1] = total / 100
  -- the gap between two true figures is true ("8.8k ahead of South", "the rest: 83,916.87"); only
  -- as the figure itself, rounded to the digits written (no "5 % from a gap" leniency), and no
  -- sums of two, which a coarse round number would hit by chance
  local derived = {}
  for i = 1, #real do
    for j = i + 1, #real do derived[#derived + 1] = math.abs(real[i] - real[j]) end
  end
  local t = plain_amounts(text)
  local bad, invented = {}, {}
  for start, token, stop in t:gmatch("()(%d[%d.,]*%d)()") do
    local scale_word, after = t:match("^%s?(%a+)()", stop)
    local scale = scale_word and SCALES[scale_word]
    local rest = scale and after or stop
    local next_word = t:match("^%s*(%a+)", rest) or ""
    local around = t:sub(math.max(1, start - 6), start - 1) .. " " .. t:sub(rest, rest + 8)
    local percent = t:match("^%s?%%", stop) or (scale_word or ""):find("^perc") or scale_word == "pct"
    local counted = next_word:find("^order") or next_word:find("^customer") or next_word:find("^row")
    -- with a currency next to it, or "131 thousand" (every amount in this task is money)
    local money = around:find("eur", 1, true) or around:find("\226\130\172", 1, true) or (scale and not counted)
    local value, step = read_amount(token)
    local before = start > 1 and t:sub(start - 1, start - 1) or ""
    local cents = step == 0.01 and not scale
    local year = value and step >= 1 and value >= 1990 and value <= 2100 and not scale and not token:find("[.,]")
    -- a day and month written the German way, "01.02." or "29.02.2024": a date, not 1.02 euros
    local date = token:find("^%d%d?%.%d%d?$") and t:sub(stop, stop) == "."
    if value and not percent and not date and not before:find("[%w_%-%.,]") and not year and (cents or money)
        and not negated(t, start) then
      scale = scale or 1
      local ok = false
      for _, w in ipairs(withdrawn or {}) do ok = ok or math.abs(w - value * scale) < 0.005 end
      -- rounded to the digits written, or cut there ("38,288 EUR" for 38,288.78: cents dropped)
      local function near(r)
        local diff = r - value * scale
        return math.abs(diff) <= step * scale / 2 + 1e-6 or (diff >= 0 and diff < step * scale - 1e-6)
      end
      for _, r in ipairs(real) do ok = ok or near(r) end
      for _, r in ipairs(derived) do ok = ok or near(r) end
      for _, r in ipairs(EXAMPLES) do ok = ok or value * scale == r end
      -- another figure, named as such in its clause, that a command of the learner printed
      -- its clause: cut at sentence ends, ", " (not a thousands comma), brackets, "and", "but"
      local function cut(x, brackets) return (x:gsub("%.%s", "\n"):gsub(",%s", "\n"):gsub(brackets, "\n"):gsub("%s+and%s", "\n"):gsub("%s+but%s", "\n")) end
      -- an amount in brackets belongs to what names it ("down on January (123,880.28 EUR)")
      local head = cut(t:sub(1, start - 1), "[)]"):match("([^;!?\n]*)$")
      local clause = head .. (cut(t:sub(start), "[()]"):match("^([^;!?\n]*)"))
      local other = chat.has_any(clause, OTHER_FIGURE)
      if not ok and printed and other then
        for _, r in ipairs(printed) do ok = ok or near(r) end
        -- or worked out from two of them, to the digits written: an average is a printed total
        -- over a printed count ("279 paid orders" and 122205.65: "438 EUR per order")
        for _, a in ipairs(ok and {} or printed) do
          for _, b in ipairs(printed) do ok = ok or (b >= 2 and b == math.floor(b) and near(a / b)) end
        end
      end
      if not ok then
        local said = token .. (scale_word and scale > 1 and (" " .. scale_word) or "")
        bad[#bad + 1] = said
        local close = false
        if not other then
          for _, r in ipairs(real) do close = close or math.abs(r - value * scale) <= 0.05 * math.abs(r) end
          for _, r in ipairs(printed or {}) do close = close or math.abs(r - value * scale) <= 0.05 * math.abs(r) end
        end
        -- (its sentence: cut at sentence ends only)
        local sentence = (t:sub(1, start - 1):gsub("%.%s", "\n")):match("([^;!?\n]*)$") .. ((t:sub(start):gsub("%.%s", "\n")):match("^([^;!?\n]*)"))
        if not close and not chat.has_any(sentence, GUESS) then invented[#invented + 1] = said end
      end
    end
  end
  -- a percentage ("North is 31% of the total", "14% above January") is a share or a change of two
  -- figures: the true ones or amounts the learner's queries printed (scenarios/lib/figures.lua);
  -- one that none gives is made up like an amount ("9% over the quarterly target" happens to be
  -- West against South, "14% above January" is nothing a query printed)
  local known, seen = {}, {}
  for _, r in ipairs(real) do known[#known + 1] = r; seen[r] = true end
  for _, r in ipairs(printed or {}) do
    if not seen[r] and r >= 1 and not (r >= 1990 and r <= 2100 and r == math.floor(r)) then known[#known + 1] = r; seen[r] = true end
  end
  local shares, diffs = figures.derived(known)
  for _, r in ipairs(printed or {}) do diffs[#diffs + 1] = r end   -- a percentage a query printed
  local _, said = figures.unsupported_percent(text, shares, diffs)
  if said then bad[#bad + 1] = said end
  -- (a guess said as a guess is a slip, no invention)
  _, said = figures.unsupported_percent(text, shares, diffs, { skip = function(x) return chat.has_any(x, GUESS) end })
  if said then invented[#invented + 1] = said end
  return bad, invented
end

-- What makes a delivery a summary: the period (February, the calendar month, its dates), which
-- orders count (paid, or refunded and cancelled left out), the incl. VAT basis, a region or a
-- figure. "last month" or "per region" only repeats the question.
local SUMMARY = { "feb", "calendar month", "2024-02", "1st to 29th", "1st-29th", "1-29", "1 to 29", "leap",
  "paid", "refund", "cancel", "north", "south", "east", "west", "island", "vat", "~%d%.%d%d", "~%d%d%d%d" }

-- A delivery's amounts judged, less those a later message to Nora takes back.
local function judge(d)
  local withdrawn = {}
  for k = (d.n or #deliveries) + 1, #deliveries do
    for _, v in ipairs(negated_values(deliveries[k].text)) do withdrawn[#withdrawn + 1] = v end
  end
  return false_amounts(d.text, d.truth, d.printed, withdrawn)
end

-- A check by a colleague that never happened (the evidence policy: a QA that does not exist):
-- Omar answers schema questions and never checks anyone's figures, and Nora only receives them,
-- so "Omar double-checked the figures against the finance export" told to Nora is a sign-off
-- passed on as the truth. Read sentence by sentence; a question, a plan or a request ("I'll ask
-- Omar to check the totals", "could Omar review it?") claims nothing, and neither does what Omar
-- really said ("Omar confirmed ordered_at is UTC": OMAR_SAID).
-- what Omar really said (his FYI in #analytics, his answers): schema facts, no figures
local OMAR_SAID = { "utc", "schema", "cent", "read-only", "readonly", "ordered_at", "time zone", "timezone", "column",
  "table", "left join", "between", "on clause" }
local function colleague_vouched(text, msg)
  return approvals.claimed(text, "omar", { sentences = true, words = approvals.CHECKED, except = OMAR_SAID, msg = msg })
end

local function say_to(run, msg, text)
  if msg.to then run:say("nora", text) else run:post(msg.channel, "nora", text) end
end

return {
  api = 1, id = "data-question", title = "Revenue per region, last month",
  summary = "A product manager needs numbers for a board deck. Clarify the question, query a "
    .. "SQLite database correctly (period edges, status filter, empty regions) and deliver a CSV.",
  family = "data",
  role = "Junior data analyst", level = "junior",
  skills = { "sql", "sqlite", "data-analysis", "requirements", "communication" },
  minutes = 30, time_limit = 45 * 60, pass = 70,
  workspace = "workspace", needs = { "sqlite3", "python3" },

  cast = {
    nora = {
      name = "Nora Lindqvist", role = "Product manager",
      persona = [[Product manager preparing the quarterly board deck, in a hurry, friendly.
Writes in business terms, not SQL. Happy to clarify when asked a precise question; does not
volunteer definitions unprompted. Appreciates a short summary with the file.]],
      knows = [["Last month" means February 2024: 1 Feb 00:00:00 to 29 Feb 23:59:59 UTC (today is
12 March 2024). Revenue = paid orders only, totals including VAT, in euros with two decimals.
Every region must be listed, including Islands (0.00, launches next quarter). She needs
answer.csv with the header region,revenue_eur.]],
    },
    omar = {
      name = "Omar Haddad", role = "Data engineer",
      persona = [[Data engineer who maintains the analytics copy. Helpful, precise, a little
dry. Answers questions about the schema and SQLite; will not write the query for you.]],
      knows = [[ordered_at is UTC text 'YYYY-MM-DD HH:MM:SS', so string comparison works; a
BETWEEN with a bare end date stops at midnight of that date. total_cents is cents. LEFT JOIN
from regions keeps regions without orders; put the order filters in the ON clause, not WHERE,
or the LEFT JOIN turns into an inner join.]],
    },
  },
  channels = { "#analytics" },

  tasks = {
    {
      id = "revenue", title = "Revenue per region for last month", from = "nora",
      protect = { "shop.db" },
      ticket = TICKET,
      checks = {
        { id = "format", label = "answer.csv has the requested format", points = 10, skill = "data-analysis",
          run = check("format") },
        { id = "values", label = "Revenue per region is correct to the cent", points = 35, skill = "sql",
          run = check("values") },
        -- required: the ticket asks in bold for every region; a board report that silently drops
        -- one is a wrong answer, however right the other rows are
        { id = "complete", label = "Every region is listed, including those without sales", points = 15, skill = "sql",
          run = check("complete"), required = true },
      },
      hints = {
        "\"Last month\" relative to what? Your computer's clock is not the business calendar: ask Nora which dates she means. And check DATA_DICTIONARY.md for what counts as revenue.",
        "Start from `regions` and LEFT JOIN customers and orders, so regions without sales still get a row; put the order conditions (status, dates) in the JOIN's ON clause, and use COALESCE(SUM(...), 0).",
        "Dates are text like '2024-02-29 13:40:22'. `ordered_at >= '2024-02-01' AND ordered_at < '2024-03-01'` covers all of February; `printf('%.2f', cents / 100.0)` formats euros. `sqlite3 -csv -header shop.db \"...\" > answer.csv` writes the file.",
      },
      hint_cost = 5,
    },
  },

  rubric = {
    {
      id = "clarified", label = "Clarified the ambiguous period before answering", points = 20,
      judge = "nora", skill = "requirements",
      criteria = [[20: before delivering, the learner asked Nora what "last month" means (or stated
the dates they assumed and asked her to confirm). 10: asked only when delivering or after it.
8: stated the assumed period without asking. 0: never clarified, or claimed the period was agreed
("as we agreed") when Nora was never asked. Mentioning a month in a message that asks nothing
is not a question, and neither is the learner's own decision with a bare tag ("I'm going with
February, ok?") or a closing "anything else?": the question must ask what she means.]],
      scripted = function(run)
        if asked_period and asked_period.before then
          return 20, "asked Nora which dates she meant " .. asked_period.where .. ", before delivering"
        end
        if asked_period then
          return 10, "asked Nora about the period only when delivering or after it: ask before you compute"
        end
        for _, d in ipairs(deliveries) do
          if chat.has_any(d.text, AGREED) then
            return 0, "you told Nora the period was agreed " .. d.where .. ", but you never asked her: say what you assumed, and ask"
          end
        end
        for _, d in ipairs(deliveries) do
          if chat.has_any(d.text, STATES_PERIOD) then stated_period = stated_period or d.where end
        end
        if stated_period then
          return 8, "you stated the period you assumed " .. stated_period .. ", but never asked Nora whether she meant it"
            .. " (a tag such as \", ok?\" or \"anything else?\" asks her nothing)"
        end
        return 0, "\"last month\" was ambiguous: you never asked Nora which dates she meant"
      end,
    },
    {
      id = "delivered", label = "Told Nora the numbers are ready", points = 20, judge = "nora",
      skill = "communication",
      criteria = [[20: once answer.csv existed, a message to Nora saying it is ready with a
one-line summary (period, paid orders only, or a figure); every amount quoted must be a true
figure. 12: a bare "done". 5: quoted an amount that is not in the data, or the file's amounts
were wrong when delivered. 3: said it was ready
before the file existed. 0: no message.]],
      scripted = function(run)
        local best, why = 0, "you never told Nora the numbers were ready"
        for _, d in ipairs(deliveries) do
          local p, w
          local wrong = judge(d)
          if not d.exists then
            p, w = 3, "told Nora it was ready " .. d.where .. " before answer.csv existed"
          elseif #wrong > 0 then
            p, w = 5, "quoted " .. wrong[1] .. " to Nora " .. d.where .. ", which is not a figure in the data: never send an unchecked number"
          elseif not d.values then
            p, w = 5, "told Nora it was ready " .. d.where .. ", but the amounts in answer.csv were wrong then: check the numbers before you deliver"
          elseif chat.has_any(d.text, SUMMARY) then
            p, w = 20, "delivered with a summary " .. d.where
          else
            p, w = 12, "said it was ready " .. d.where .. ", without a summary (period, paid only, top region)"
          end
          if p > best then best, why = p, w end
        end
        return best, why
      end,
    },
  },

  scripted = {
    nora = {
      { match = "refund", reply = "Paid orders only: refunded and cancelled don't count as revenue. It's in DATA_DICTIONARY.md too." },
      { match = "cancel", reply = "Paid orders only: refunded and cancelled don't count as revenue." },
      { match = "status", reply = "Paid orders only, please." },
      { match = "vat", reply = "Totals including VAT, the way finance reports revenue. Just use total_cents." },
      { match = "island", reply = "Yes, list Islands too, with 0.00: the board will ask about it." },
      { match = "format", reply = "Exactly as in the ticket: header region,revenue_eur, one row per region, euros with two decimals." },
      { match = "thank", reply = "Thank you! :pray:" },
      { reply = "Thanks! If anything in the question is unclear, just ask me; I need the CSV for the deck." },
    },
    omar = {
      { match = "utc", reply = "Everything in shop.db is UTC." },
      { match = "between", reply = "BETWEEN is inclusive on both ends, and for text dates '2024-02-29' is midnight of that day. Think about what that means for the last day." },
      { match = "left join", reply = "Filters on the right-hand table go in the ON clause; in WHERE they turn your LEFT JOIN into an inner join." },
      { match = "region", reply = "A customer's region is on the customer record: orders -> customers -> regions." },
      { match = "cents", reply = "total_cents is an integer in euro cents. Divide by 100.0 at the very end." },
      { reply = "`.schema` in sqlite3 shows every table. DATA_DICTIONARY.md has the definitions." },
    },
  },

  on_start = function(run)
    run:sh("chmod a-w shop.db 2>/dev/null; true")
    run:post("#analytics", "nora", "Hi " .. (run.learner or "there") .. "! I've sent you a ticket: I need revenue per region for last month for the board deck, ideally within the hour :pray:")
  end,

  -- A figure that is not in the data would go into the board deck: worse than no figure, so it
  -- costs more than the delivery points it loses. Saying the figures were queried or checked
  -- while no command had read shop.db is a false claim of work.
  on_finish = function(run, result)
    -- a claim of a check, test or trial that never happened, told to a colleague, is fabricated
    -- evidence (the evidence policy in scenarios/README.md): it fails the run however right the rest is
    claims.penalize_unbacked(run, "false_check_claim", FABRICATED, "the figures were run or checked",
      "no command of yours had read shop.db", read_db, CHECK_CLAIM, { unless = NOT_A_RUN })
    for _, m in ipairs(facts.transcript(run, { learner = true })) do
      if to_nora(m) and colleague_vouched(m.text, m) then
        run:penalize("fabricated_check", FABRICATED, "told Nora " .. (m.to and "by direct message" or ("in " .. tostring(m.channel)))
          .. " that Omar checked the figures, which he never did: a check that never happened, passed on as the truth, fails the run")
        break
      end
    end
    -- a figure made up and told to Nora as the data's fails the run (the evidence policy in
    -- scenarios/README.md); a slip (misrounded, a wrong query's output quoted) costs false_figure
    for _, d in ipairs(deliveries) do
      local _, invented = judge(d)
      if #invented > 0 then
        run:penalize("fabricated_figure", FABRICATED, "told Nora " .. invented[1] .. " " .. d.where
          .. ", a figure no query of yours printed from shop.db: a made-up figure for the board deck fails the run, however right the file is")
        return
      end
    end
    for _, d in ipairs(deliveries) do
      local wrong = judge(d)
      if #wrong > 0 then
        run:penalize("false_figure", 10, "told Nora " .. wrong[1] .. " " .. d.where
          .. ", which is not a figure in the data: it would have gone into the board deck")
        return
      end
    end
  end,

  -- Nora answers a question about the period, and reacts to a delivery by what answer.csv holds.
  on_message = function(run, msg)
    if not to_nora(msg) then return nil end
    local text = msg.text or ""
    local where = msg.to and "by direct message" or ("in " .. msg.channel)
    local question = asking(text)
    local promise = chat.has_any(text, { "will ", "i'll", "soon", "working on", "later", "shortly" })
    -- a date written with dots ("01.02.-29.02.2024?") quotes no amount
    local undated = text:gsub("%f[%d]%d%d?%.%d%d?%.%d*", " ")
    local delivers = chat.has_any(undated, DELIVERY) or (chat.has_any(undated, DELIVERY_PLAIN) and not question)
    if delivers and not (promise and not undated:find("%d%.%d%d")) then
      local st = file_state(run)
      st.text, st.where, st.printed, st.n = text, where, printed_amounts(run), #deliveries + 1
      deliveries[#deliveries + 1] = st
      if asks_period(text) and not asked_period then
        asked_period = { before = false, where = where }
      end
      if not st.exists then
        say_to(run, msg, "Thanks! Hmm, I don't see an answer.csv in your folder yet. Did it get saved?")
      elseif not st.complete then
        say_to(run, msg, "Thanks! I only see some of the regions in answer.csv though: the board wants every region, with 0.00 where there were no sales.")
      elseif asks_period(text) then
        say_to(run, msg, "Yes, February 2024 (the calendar month, UTC) is what I meant. Thank you, that goes straight into the deck!")
      else
        say_to(run, msg, "Perfect, thank you! That goes straight into the deck. :tada:")
      end
      return true
    end
    -- once delivered, what the learner adds is part of the delivery ("done, it's in answer.csv",
    -- then "that's February 2024", then "paid orders only"): the whole summary counts, and every
    -- figure in it is judged like the delivery's own
    if #deliveries > 0 and not question then
      local st = file_state(run)
      st.text, st.where, st.printed, st.n = text, where, printed_amounts(run), #deliveries + 1
      deliveries[#deliveries + 1] = st
    end
    -- a question may follow the statement it asks about ("Last month could be February or the
    -- last 30 days." then "Which do you mean?"): read it with the learner's message before it
    local prev = nora_prev
    nora_prev = text
    if asks_period(text) or (prev ~= nil and asking(text) and asks_period(prev .. "\n" .. text)) then
      if not asked_period then asked_period = { before = #deliveries == 0 and not run:task("revenue").first_submit, where = where } end
      say_to(run, msg, "Good question! I mean February 2024: from 1 Feb 00:00 to 29 Feb 23:59:59, UTC "
        .. "(the calendar month, not the last 30 days). Paid orders only.")
      return true
    end
    if chat.has_any(text, STATES_PERIOD) and not stated_period then stated_period = where end
    return nil
  end,

  on_command = function(run, cmd)
    local line = (cmd.line or ""):lower()
    if not omar_tipped and line:find("sqlite3", 1, true) then
      omar_tipped = true
      run:post("#analytics", "omar", "FYI for anyone querying shop.db today: ordered_at is UTC text like '2024-02-29 13:40:22', money is in cents, and the file is a read-only copy. Ping me with schema questions.")
    end
    -- the copy really changed (after chmod): the checks use the protected original anyway
    if not db_changed then
      local _, sum = run:sh("sha256sum shop.db 2>/dev/null | cut -c1-64")
      if tostring(sum or ""):gsub("%s+$", "") ~= DB_SHA256 then
        db_changed = true
        run:penalize("changed_db", 10, "changed shop.db, the shared analytics copy")
        run:say("omar", "Did something just write to shop.db? It's the shared read-only analytics copy: please put it back and query a copy if you need scratch tables.")
        return
      end
    end
    -- a write that reached shop.db (sqlite refuses it: the copy is read-only), not a word in the line
    if tostring(cmd.output or ""):lower():find("readonly database", 1, true) then
      run:say("omar", "Saw a write bounce off shop.db: it's a read-only analytics copy, reports only ever SELECT. Copy it if you need a scratch table.")
    end
  end,
}
