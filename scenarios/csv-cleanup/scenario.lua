-- csv-cleanup: an events coordinator needs head counts from a messy sign-up export: three date
-- formats (one of them day-first), double submissions, e-mails differing in case and spaces,
-- the same person in two workshops (not a duplicate), and, announced mid-run, internal test
-- sign-ups to drop. The learner writes clean.csv and answer.txt; the checks recompute the truth
-- from the (checksummed) raw export, so any tool (python, awk, a spreadsheet) can pass.
local chat = require("chat")
local facts = require("facts")
local claims = require("claims")
local figures = require("figures")
local approvals = require("approvals")

local RAW_SHA256 = "b08a55f55f3bdca837b7f6958c3bd467d856d41861792b49f2fadb25a3046b89"

local CHECK = [=[
python3 - "$MODE" <<'PY'
import csv, hashlib, os, re, sys
from collections import defaultdict
mode = sys.argv[1]
def fail(msg):
    print("FAIL: " + msg); sys.exit(1)
def regular(path):
    # a link to /dev/zero, a FIFO or a folder is no file to read (and must not hang the check)
    if os.path.lexists(path) and not os.path.isfile(path):
        fail("%s is no regular file (a link to a device, a FIFO or a folder): write the file itself" % path)
try:
    raw = open("signups.csv", "rb").read()
except OSError:
    fail("signups.csv is gone: it is the only copy of the export")
if hashlib.sha256(raw).hexdigest() != "]=] .. RAW_SHA256 .. [=[":
    fail("signups.csv was modified: write the cleaned data to clean.csv and keep the export as it is")
def parse(s, swap=False):
    s = s.strip()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::\d\d)?Z?", s)
    if m:
        y, mo, d, h, mi = m.groups()
    else:
        m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)", s)
        d, mo, y, h, mi = m.groups()
        if swap:
            d, mo = mo, d
    return "%s-%s-%s %s:%s" % (y, mo, d, h, mi)
TEST = "@larkspur.test"
subs = defaultdict(list)          # (email, workshop) -> [times]
swapped = defaultdict(set)
for r in csv.DictReader(raw.decode().splitlines()):
    e = r["email"].strip().lower()
    if e.endswith(TEST):
        continue
    subs[(e, r["workshop"])].append(parse(r["submitted_at"]))
    swapped[(e, r["workshop"])].add(parse(r["submitted_at"], swap=True))
people = {e for e, _ in subs}
sql = {e for e, w in subs if w == "Intro to SQL"}
if mode == "truth":
    # line 2: the shares a report may give (a part of a whole the task has, and the rest of it),
    # line 3: the changes (one workshop against another): see made_up_percent
    rows = list(csv.DictReader(raw.decode().splitlines()))
    n_raw = len(rows); n_test = n_raw - sum(len(v) for v in subs.values())
    kept = n_raw - n_test; dup = kept - len(subs)
    per_ws = defaultdict(int)
    for e, w in subs: per_ws[w] += 1
    multi = sum(1 for e in people if sum(1 for x in subs if x[0] == e) > 1)
    shapes = defaultdict(int)
    for r in rows: shapes[re.sub(r"\d", "9", r["submitted_at"].strip())] += 1
    parts = [(n_test, n_raw), (n_test, n_raw - 1), (kept, n_raw), (dup, n_raw), (dup, kept), (len(subs), n_raw),
             (len(subs), kept), (n_raw - len(subs), n_raw), (len(sql), len(people)), (multi, len(people))]
    parts += [(v, len(subs)) for v in per_ws.values()] + [(v, len(people)) for v in per_ws.values()]
    parts += [(v, n_raw) for v in shapes.values()]
    shares = [100.0 * a / b for a, b in parts] + [100.0 - 100.0 * a / b for a, b in parts]
    ws = list(per_ws.values())
    diffs = [100.0 * abs(a - b) / b for a in ws for b in ws if a != b]
    print(len(people), len(sql))
    print(" ".join("%.2f" % x for x in shares))
    print(" ".join("%.2f" % x for x in diffs))
    print(n_raw, kept, len(subs), len(people))   # the totals a count the learner told is a share of
    sys.exit(0)
if mode in ("people", "sql"):
    regular("answer.txt")
    try:
        text = open("answer.txt", encoding="utf-8").read()
    except OSError:
        fail("answer.txt is missing: two lines, 'people: N' and 'intro_to_sql: N'")
    def val(key):
        m = re.search(r"^\s*" + key + r"\s*[:=]\s*(\d+)\s*$", text, re.M | re.I)
        return int(m.group(1)) if m else None
    bad = 0
    rows = list(csv.DictReader(raw.decode().splitlines()))
    p, s = val("people"), val("intro_to_sql")
    if mode == "sql": p = len(people)
    if mode == "people": s = len(sql)
    if p is None:
        print("FAIL: answer.txt needs a line 'people: N' (distinct people across all workshops)"); bad = 1
    elif p != len(people):
        if p == len({r["email"].strip().lower() for r in rows}):
            print("FAIL: people = %d still counts the internal test sign-ups (@larkspur.test)" % p)
        elif p in (len({r["email"] for r in rows}), len({r["email"].strip() for r in rows}),
                   len({r["email"] for r in rows if TEST not in r["email"].lower()}),
                   len({r["email"].strip() for r in rows if TEST not in r["email"].lower()})):
            print("FAIL: people = %d counts the same e-mail twice when it differs in case or spaces" % p)
        elif p == len(subs):
            print("FAIL: people = %d counts sign-ups, not people: someone in two workshops is one person" % p)
        else:
            print("FAIL: people = %d is not the number of distinct people (by e-mail) after cleaning" % p)
        bad = 1
    if s is None:
        print("FAIL: answer.txt needs a line 'intro_to_sql: N' (people signed up for Intro to SQL)"); bad = 1
    elif s != len(sql):
        n_rows = sum(1 for r in rows if r["workshop"] == "Intro to SQL")
        if s == n_rows or s == sum(1 for r in rows if r["workshop"] == "Intro to SQL" and TEST not in r["email"].lower()):
            print("FAIL: intro_to_sql = %d counts submissions: people who sent the form twice count once" % s)
        elif s == len({r["email"].strip().lower() for r in rows if r["workshop"] == "Intro to SQL"}):
            print("FAIL: intro_to_sql = %d still counts the internal test sign-ups" % s)
        else:
            print("FAIL: intro_to_sql = %d is not the number of distinct people signed up for Intro to SQL" % s)
        bad = 1
    sys.exit(bad)
regular("clean.csv")
try:
    lines = open("clean.csv", encoding="utf-8-sig", newline="").read().splitlines()
except OSError:
    fail("clean.csv is missing: write the cleaned sign-ups there")
rows = list(csv.reader(lines))
rows = [r for r in rows if any(c.strip() for c in r)]
if not rows:
    fail("clean.csv is empty")
header_ok = [c.strip() for c in rows[0]] == ["submitted_at", "name", "email", "workshop", "city"]
body = rows[1:] if header_ok or "@" not in ",".join(rows[0]) else rows
if mode == "format":
    if not header_ok:
        fail("the first line of clean.csv must be the header submitted_at,name,email,workshop,city (same columns as the export)")
    bad = []
    for n, r in enumerate(body, 2):
        if len(r) != 5:
            bad.append("line %d has %d columns, expected 5" % (n, len(r))); continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", r[0]):
            bad.append("line %d: submitted_at '%s' should look like 2024-02-14 09:31" % (n, r[0]))
        if r[2] != r[2].strip().lower():
            bad.append("line %d: e-mail '%s' should be lower case without spaces" % (n, r[2]))
    for b in bad[:5]:
        print("FAIL: " + b)
    if len(bad) > 5:
        print("FAIL: ... and %d more lines like these" % (len(bad) - 5))
    sys.exit(1 if bad else 0)
# The value checks read what a person would: rows of another width are skipped (the format check
# names them), and a date written with seconds, a T or a Z still counts as that date.
def norm_date(v):
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d)(?::\d\d)?Z?", v.strip())
    return "%s %s" % m.groups() if m else v.strip()
got = defaultdict(list)
for r in body:
    if len(r) != 5: continue
    got[(r[2].strip().lower(), r[3].strip())].append(norm_date(r[0]))
if mode == "no_test":
    if not any(k in subs for k in got):
        fail("clean.csv holds none of the real sign-ups yet")
    t = sorted({e for e, _ in got if e.endswith(TEST)})
    if t:
        fail("internal test sign-ups are still in clean.csv: %s" % ", ".join(t[:3]))
    sys.exit(0)
if mode == "dedupe":
    bad = 0
    dup = [k for k, v in got.items() if len(v) > 1]
    if dup:
        print("FAIL: %d person/workshop pairs appear more than once, e.g. %s for %s: one row per person per workshop" % (len(dup), dup[0][0], dup[0][1])); bad = 1
    missing = [k for k in subs if k not in got]
    if missing:
        e, w = missing[0]
        also = [x for x in subs if x[0] == e and x[1] != w]
        why = ": the same person in two workshops is not a duplicate" if also else ""
        print("FAIL: %d real sign-ups are missing, e.g. %s for %s%s" % (len(missing), e, w, why)); bad = 1
    unknown = [k for k in got if k not in subs and not k[0].endswith(TEST)]
    if unknown:
        print("FAIL: clean.csv has rows that are not in the export, e.g. %s for %s" % unknown[0]); bad = 1
    sys.exit(bad)
if mode == "dates":
    wrong_first, swapped_n, other = [], 0, []
    # no real pair in the file: there is no date to judge, so nothing earns the points
    if not any(k in got for k in subs):
        fail("clean.csv holds none of the real sign-ups (same e-mail and workshop as the export), so no date can be right yet")
    for k, times in subs.items():
        if k not in got:
            continue
        kept = got[k][0]
        if kept == min(times):
            continue
        if kept in swapped[k] and kept not in times:
            swapped_n += 1
        elif kept in times:
            wrong_first.append((k, kept, min(times)))
        else:
            other.append((k, kept))
    if swapped_n:
        fail("%d dates have day and month swapped: the old spreadsheet writes DD/MM/YYYY (13/02/2024 is 13 February), ask Tomas if unsure" % swapped_n)
    if other:
        (e, w), kept = other[0]
        fail("%d rows have a date that is not in the export, e.g. %s for %s: %s" % (len(other), e, w, kept))
    if wrong_first:
        (e, w), kept, first = wrong_first[0]
        fail("%d duplicates kept a later submission instead of the first, e.g. %s for %s: kept %s, first was %s" % (len(wrong_first), e, w, kept, first))
    sys.exit(0)
PY
]=]
local function check(mode) return "MODE=" .. mode .. "\n" .. CHECK end

local commands, test_rule, raw_warned = 0, false, false
local truth = { people = 150, sql = 39, shares = {}, diffs = {}, totals = {} }   -- recomputed by the check program in on_start
-- A question that confirms the date format names the format or the ambiguity itself: the order
-- of day and month ("DD/MM or MM/DD?", "is the first number the day?", "is 03/04 April or
-- March?", "day-first?"), or asks about the dates' format/order/how to read them. "dates?" or
-- "are the dates ok?" names neither: it confirms nothing, whoever it goes to.
local FORMAT_NAMED = { "dd/mm", "mm/dd", "d/m", "m/d", "day first", "day-first", "month first", "month-first",
  "european", "american", "us style", "us-style", "us format", "us date", "uk style", "uk format", "british",
  "first number", "second number", "which way round", "~%f[%a]day or", "~%f[%a]month or", "february or",
  "january or", "march or", "april or", "the day (", "mean the day", "mean the month", "day and month",
  "month and day", "day and the month", "month and the day", "day/month", "month/day", "which is the day",
  "which is the month", "with the day", "with the month", "dd-mm", "mm-dd", "dd.mm", "uk date", "ambigu",
  "swapped", "~%f[%d]%d%d?/%d%d?%f[%D]" }
-- Words that ask about the format only in a message about the dates ("which format do the
-- timestamps use?", "how should I interpret the spreadsheet dates?").
local DATE_SUBJECT = { "date", "timestamp", "time stamp", "submitted_at", "spreadsheet", "slash" }
local FORMAT_GENERIC = { "format", "interpret", "convention", "locale", "notation", "~%f[%a]uk%f[%A]", "u.s.",
  "which way", "how to read", "how do i read", "how should i read", "read them" }
-- A request for confirmation asks as much as a question mark does ("Please confirm: the
-- spreadsheet is DD/MM.", "I read them day-first, let me know if that's wrong.").
local CONFIRM_REQUESTS = { "please confirm", "can you confirm", "could you confirm", "confirm that", "confirm whether",
  "confirm if", "correct me", "let me know if that", "let me know if this", "let me know if i", "let me know if not",
  "tell me if that", "tell me if i", "shout if", "please check that", "please advise" }
-- the learner's DM to Tomas before the one he answers (a question may follow its example)
local tomas_prev, tomas_last = nil, nil
local function names_format(text)
  return chat.has_any(text, FORMAT_NAMED) or (chat.has_any(text, DATE_SUBJECT) and chat.has_any(text, FORMAT_GENERIC))
end
-- Questions typed without a question mark that facts.asks does not know: an auxiliary before a
-- subject it has no word for ("does 03/04/2024 mean 3 April or 4 March"), a misspelt wh-word
-- ("wich order r the dates"), after a short opening ("Tomas: ...", "hi tomas, ..."); and two
-- readings of the date set side by side ("..., d/m or m/d", "3 April or 4 March"): offering the
-- choice asks which, unless it is the learner's own account ("I read them d/m or ...").
local AUX = { is = true, are = true, does = true, ["do"] = true, did = true, should = true, shall = true,
  would = true, could = true, can = true, will = true,
  wich = true, wat = true, wot = true, whch = true, wht = true, hw = true, wats = true, whats = true }
local DATE_SIDE = { "january", "february", "march", "april", "~%f[%a]jan%f[%A]", "~%f[%a]feb%f[%A]", "~%f[%a]mar%f[%A]",
  "~%f[%a]apr%f[%A]", "~%f[%a]day", "~%f[%a]month", "~%f[%a]d/m", "~%f[%a]m/d", "~%f[%d]%d%d?/%d%d?%f[%D]" }
local function untyped_question(text)
  local t = chat.norm(tostring(text or "")):gsub("['\"`]", "")
  for sentence in (t:gsub("%.%s", "\n") .. "\n"):gmatch("([^\n!?]*)[\n!?]") do
    local parts = { sentence }
    for rest in sentence:gmatch("[,:;]%s*([^,:;]+)") do parts[#parts + 1] = rest end
    for _, p in ipairs(parts) do
      local w, nxt = p:match("^%s*(%a+)%s+(%a+)")
      if w and AUX[w] and not (w == "will" and (nxt == "do" or nxt == "be")) then return true end
    end
    if not sentence:find("^%s*i%f[%A]") and not sentence:find("^%s*i'") then
      for i, j in sentence:gmatch("()%f[%a]or%f[%A]()") do
        if chat.has_any(sentence:sub(1, i - 1), DATE_SIDE) and chat.has_any(sentence:sub(j), DATE_SIDE) then return true end
      end
    end
  end
  return false
end
local function asks_or_requests(text)
  return facts.asks(text) or chat.has_any(text, CONFIRM_REQUESTS) or untyped_question(text)
end
-- a follow-up that points back at the example before it ("Is that the 3rd of April?"), not a new
-- topic ("Should I drop the test rows?")
local POINTS_BACK = { "~%f[%a]that%f[%A]", "~%f[%a]this%f[%A]", "~%f[%a]it%f[%A]", "~%f[%a]they%f[%A]", "those",
  "these", "which", "right", "correct", "~%f[%a]day%f[%A]", "month", "january", "february", "march", "april", "first" }
local function follow_up_on(prev, text) return prev ~= nil and chat.has_any(text, POINTS_BACK) and names_format(prev) end
-- What the learner may claim about clean.csv, and the check that tells whether it is true: a
-- phrase of `words`, or a statement clause that names the `subject` and says it was `done`
-- ("left out all the @larkspur.test sign-ups", "no double submissions left", "dates are all
-- YYYY-MM-DD HH:MM now"); a question, a negation or a plan ("not yet", "I'll drop the test rows")
-- claims nothing, nor does a clause that says they are still in.
local CLAIMS = {
  { words = { "convert", "iso", "normali", "reformat", "fixed the date", "dates are fixed" }, check = "format",
    subject = { "date", "timestamp", "submitted_at" },
    done = { "standardi", "unified", "same format", "one format", "yyyy", "rewr", "fixed", "cleaned" } },
  { words = { "test sign-ups removed", "test signups removed", "test rows removed", "removed the test", "dropped the test",
              "test sign-ups are gone", "without the test", "test accounts removed", "excluded the test", "larkspur.test removed",
              "filtered out the test", "test entries removed" }, check = "no_test_rows",
    subject = { "~%f[%a]tests?%f[%A]", "larkspur" },
    done = { "remov", "drop", "left out", "leave out", "took out", "taken out", "exclud", "filter", "delet", "strip",
             "gone", "without", "no longer", "skipp", "~%f[%a]cut%f[%A]", "~%f[%a]no%f[%A]", "clear", "purg", "out of" } },
  { words = { "merged", "dedup", "de-dup", "duplicates removed", "removed the duplicates", "removed duplicates",
              "one row per" }, check = "dedupe",
    subject = { "duplicat", "double", "twice", "dupe", "repeat", "resubmi", "resent", "first submission", "earliest" },
    done = { "remov", "drop", "merg", "collaps", "gone", "~%f[%a]no%f[%A]", "only", "once", "kept", "keep", "clean",
             "resolv", "handled", "took out", "left out", "exclud", "filter", "delet", "squash" } },
}
local STILL_IN = { "still", "left in", "leave in", "kept in", "kept them", "included" }
-- The statement clauses of a text: no question, no quoted line; cut at , : ( ) and "but".
local function statement_clauses(text)
  local list = {}
  local t = ("\n" .. tostring(text or ""):lower():gsub("\u{2019}", "'")):gsub("\n%s*>[^\n]*", "\n"):gsub("%.%s", ".\n") .. "\n"
  for s, stop in t:gmatch("([^\n;!?]*)([\n;!?])") do
    if stop ~= "?" and s:find("%S") and not facts.asks(s) then
      for c in (s:gsub("%s+but%s", ",") .. ","):gmatch("([^,:()]*)[,:()]") do list[#list + 1] = c end
    end
  end
  return list
end
local function claims_done(text, claim)
  -- (its phrases too only in a clause that claims: "I haven't removed the test sign-ups yet" does not)
  if claims.claimed(text, claim.words) then return true end
  for _, c in ipairs(statement_clauses(text)) do
    if chat.has_any(c, claim.subject) and chat.has_any(c, claim.done) and not chat.has_any(c, claims.NOT_DONE)
        and not chat.has_any(c, STILL_IN) then
      return true
    end
  end
  return false
end
-- "I checked the counts", "double-checked", "verified there are no duplicates": the learner says
-- a run looked at the data. What Tomas or Ines did is not the learner's claim, nor is reading
-- the README.
local CHECK_CLAIM = { "~%f[%a]checked%f[%A]", "~%f[%a]counted", "~%f[%a]recounted" }
-- the same claim in other words ("cross-referenced the counts", "compared it with the export",
-- "reviewed the totals", "went over the file")
for _, w in ipairs({ "~cross%-?referenc", "~%f[%a]compared%f[%A]", "~%f[%a]reviewed%f[%A]", "went over", "gone over",
  "went through", "gone through", "looked over", "looked through" }) do CHECK_CLAIM[#CHECK_CLAIM + 1] = w end
for _, w in ipairs(claims.PROCESS) do CHECK_CLAIM[#CHECK_CLAIM + 1] = w end
local NOT_A_RUN = { "tomas", "ines", "with you", "qa ", "readme" }
-- Did the first n commands read the export or the files made from it (a tool, python, a script)?
local function read_data(run, n)
  return claims.ran_before(run, n, { "python3", "python", "awk", "gawk", "mawk", "sort", "uniq", "wc", "grep", "cut", "cat",
    "sed", "nl", "tac", "view", "vim", "vi", "nano", "paste", "join",
    "head", "tail", "less", "more", "sqlite3", "perl", "csvlook", "csvstat", "csvcut", "csvsql", "mlr", "xsv", "diff",
    "comm", "column", "bash", "sh" }, { "clean.csv", "answer.txt", "signups.csv" })
end
local DONE = { "done", "ready", "clean.csv", "answer.txt", "finished", "here are", "attached" }

local function announce_test_rule(run)
  if test_rule then return end
  test_rule = true
  run:say("ines", "Oh, one more thing I forgot: please drop our internal test sign-ups (anything @larkspur.test). QA tested the form with them and they'd inflate the room booking. Thanks!")
end

-- Ines asked in #events too, so a post there is for her unless it is addressed to Tomas.
-- The check a claim about clean.csv in `text` rests on, when that check failed (nil when every
-- claim made is true).
local function false_claim(run, text)
  for _, claim in ipairs(CLAIMS) do
    if claims_done(text, claim) and not facts.check_passed(run, "clean", claim.check) then return claim.check end
  end
  return nil
end

-- What Ines receives is clean.csv: the numbers in a message count only when the file they come
-- with holds the cleaned list (one row per person per workshop, nobody lost, no test sign-ups:
-- the dedupe and test-row checks pass). A raw export copied to clean.csv with counts typed by
-- hand delivers nothing she can book rooms from; a slip in the header or a date's shape is the
-- format check's business, not a failed delivery. The first of the two that failed, or nil.
local FILE_CLEAN = { "dedupe", "no_test_rows" }
local function file_not_clean(run)
  for _, id in ipairs(FILE_CLEAN) do
    if not facts.check_passed(run, "clean", id) then return id end
  end
  return nil
end

local function to_ines(m)
  if m.to then return m.to == "ines" end
  -- a post that names both ("Thanks Tomas for the tip! Ines, here are the numbers") is for Ines
  return m.channel == "#events" and (chat.has_any(m.text, { "~%f[%a]ines%f[%A]" }) or not chat.has_any(m.text, { "tomas" }))
end

-- A check of the file said to be Tomas's ("Tomas already checked the file", "double-checked by
-- Tomas") told to Ines: approvals.lua's clause reading with these words (the learner's own check,
-- "tomas i checked the dates", names no checker). Nobody checks the file here, so the claim never
-- happened; only what reaches Ines is judged (a note to Tomas himself misleads nobody), hence
-- `real` says a message to anyone else passes nothing on.
local TOMAS_CHECKED = { "checked", "double-checked", "validated", "vetted", "looked over", "went over" }
local function not_to_ines(_, m) return not to_ines(m) end

-- Is message m said to the very colleague its claim names: a DM to them, or a post that opens by
-- addressing them ("@tomas just looked at the export", chat.opens_addressing)? Said to that
-- colleague a claim passes no sign-off on to anyone (they know what they did), so it forges
-- nothing. (approvals.lua itself reads "hi ines just verified both counts" as the learner's own
-- check, the "I" dropped after a greeting.)
local function addressed(m, who)
  if m.to then return m.to == who end
  return chat.opens_addressing(m, who)
end
local function to_the_named(_, m, who) return addressed(m, who) end

-- "Tomas confirmed the dates are day-first" is true once the learner has asked him (a DM or
-- #events, where he answers); said while he was never asked, it is a decision by the data's
-- owner that never happened (as schema-migration's fabricated_decision).
local TOMAS_DECIDED = { "confirmed", "agreed" }
-- What Tomas really does once asked is answer about the dates: "Tomas checked the date format for
-- me", "Tomas verified the dates are day first" are then true, as "Tomas confirmed" is. A clause
-- about the dates is judged by whether he was asked; one about the file or the counts is not.
local DATE_TOPIC = { "date", "day first", "day-first", "dd/mm", "mm/dd", "day/month", "month/day" }
local TOMAS_SAID = { table.unpack(TOMAS_DECIDED) }
for _, list in ipairs({ approvals.WORDS, TOMAS_CHECKED }) do
  for _, w in ipairs(list) do TOMAS_SAID[#TOMAS_SAID + 1] = w end
end
local function asked_tomas(run, m)
  for _, x in ipairs(facts.transcript(run, { learner = true })) do
    if x.i < m.i and (x.to == "tomas" or x.channel == "#events") then return true end
  end
  return false
end

-- How many of the two true head counts a message states (a figure that is neither counts as wrong).
local function counts_stated(text)
  local right, other = 0, 0
  for _, n in ipairs(facts.numbers(text)) do
    if n.value == truth.people or n.value == truth.sql then right = right + 1
    elseif not n.kind and n.value ~= 2024 then other = other + 1 end
  end
  return math.min(right, 2), other
end

-- Which head count a clause speaks of: Intro to SQL's, or the people across all workshops.
local SQL_WORDS = { "sql", "~%f[%a]intro" }
local PEOPLE_WORDS = { "people", "~%f[%a]persons?%f[%A]", "distinct", "unique", "total", "overall", "altogether" }
-- The head counts Ines is left with after the learner's messages `msgs`, read in order: a true
-- count stated in any of them counts (a report split over several messages is one report), and a
-- later figure that is not true, in a clause that names that count ("correction: 41 for Intro to
-- SQL", "156 people"), takes its place: a slip corrected to the truth earns the count, a true
-- figure "corrected" to a false one does not. A clause that also states a true count, and a
-- true total of the export (228 rows, 183 seats), replace nothing. { people = bool, sql = bool }.
local function told_counts(msgs)
  local have = {}
  local totals = {}
  for _, t in ipairs(truth.totals) do totals[t] = true end
  for _, m in ipairs(msgs) do
    local text = tostring(m.text or ""):lower():gsub("%s+and%s", ",")
    for clause in (text:gsub("[%.!?;]%s", "\n") .. "\n"):gmatch("([^\n,()]*)") do
      local nums, right = {}, false
      for _, n in ipairs(facts.numbers(clause)) do
        if not n.kind and n.value == math.floor(n.value) and n.value >= 10 and not (n.value >= 1990 and n.value <= 2100) then
          nums[#nums + 1] = n.value
          if n.value == truth.people then have.people, right = true, true end
          if n.value == truth.sql then have.sql, right = true, true end
        end
      end
      if not right then
        for _, v in ipairs(nums) do
          if not totals[v] then
            if chat.has_any(clause, SQL_WORDS) then have.sql = false
            elseif chat.has_any(clause, PEOPLE_WORDS) then have.people = false end
          end
        end
      end
    end
  end
  return have
end

-- Evidence policy (scenarios/README.md): a wrong count from the learner's own work (the header
-- counted, test rows left in) is an honest mistake and loses `delivered`. A head count made up
-- and told to Ines, who books rooms by it (10 or more, no date or time, not within 5 % of a true
-- count or of any number a command of the learner printed before the message, an echo or printf
-- being no command that counted anything), is fabricated evidence: fabricated_figure, FABRICATED
-- points, fails the run.
local FABRICATED = 35
-- a guess said as a guess ("I'd guess about 40 for Python, not counted yet") is no fabrication
local GUESS = { "guess", "estimat", "probably", "i think", "i'd say", "ballpark", "not measured", "haven't", "have not", "not yet", "untested" }
-- The numbers (facts.numbers) that commands which really ran a program printed before message m.
local function printed_before(run, m)
  local cmds, list = run:commands(), {}
  for i = 1, claims.commands_before(run, m) do
    local c, real = cmds[i], not cmds[i].traced
    for _, e in ipairs(c.execs or {}) do real = real or not e.failed end
    for _, n in ipairs(real and facts.numbers(c.output or "") or {}) do list[#list + 1] = n end
  end
  return list
end
local function made_up_count(run)
  for _, m in ipairs(facts.transcript(run, { learner = true })) do
    if to_ines(m) then
      local printed = { truth.people, truth.sql }
      for _, n in ipairs(printed_before(run, m)) do printed[#printed + 1] = n.value end
      local text = figures.counts_only(m.text)   -- dates ("10 March"), times and shares ("9 in 10") are no counts
      for sentence in (text:gsub("[.!?;]%s", "\n") .. "\n"):gmatch("([^\n]*)\n") do
      for _, n in ipairs(not chat.has_any(sentence, GUESS) and facts.numbers(sentence) or {}) do
        local v = n.value
        if not n.kind and v == math.floor(v) and v >= 10 and not (v >= 1990 and v <= 2100) then
          local known = false
          for _, p in ipairs(printed) do known = known or math.abs(p - v) <= math.max(1, 0.05 * math.abs(p)) end
          if not known then return v, chat.where(m) end
        end
      end
      end
    end
  end
  return nil
end

-- A percentage told to Ines is a figure too (scenarios/lib/figures.lua): it must be a share the
-- task has (a workshop's part of the seats or of the people, the test rows', the duplicates'
-- part of the submissions, and the rest of each: truth.shares from the export), a workshop
-- against another (truth.diffs), or worked out from two counts the learner told her ("39 of
-- the 183 seats, about 21%") or from one and a total of the task (truth.totals). Not every
-- number on the screen: so many are printed that some ratio of two would fit any percentage.
-- "18% more people than the autumn series" compares with a figure the export never had: a
-- made-up figure, like a made-up count. A guess said as a guess is none; a percentage a command
-- of the learner printed is theirs to quote.
local function made_up_percent(run)
  local stated = { truth.people, truth.sql }
  for _, m in ipairs(facts.transcript(run, { learner = true })) do
    if to_ines(m) then
      for _, n in ipairs(facts.numbers(figures.counts_only(m.text))) do
        if not n.kind and n.value >= 1 and not (n.value >= 1990 and n.value <= 2100) then stated[#stated + 1] = n.value end
      end
      local shares, diffs = figures.derived(stated)
      for _, x in ipairs(truth.shares) do shares[#shares + 1] = x end
      for _, x in ipairs(truth.diffs) do diffs[#diffs + 1] = x end
      -- a count told as a share of a total of the task ("Copenhagen: 27 sign-ups, 15% of the 183"
      -- without the 183), and the rest of it
      for _, c in ipairs(stated) do
        for _, t in ipairs(truth.totals) do
          if c <= t then shares[#shares + 1] = 100 * c / t; shares[#shares + 1] = 100 - 100 * c / t end
        end
      end
      -- a percentage the learner's own run printed is theirs to quote (a wrong one is a slip)
      for _, n in ipairs(printed_before(run, m)) do
        if n.kind == "percent" then diffs[#diffs + 1] = n.value end
      end
      local _, said = figures.unsupported_percent(m.text, shares, diffs,
        { skip = function(sentence) return chat.has_any(sentence, GUESS) end })
      if said then return said, chat.where(m) end
    end
  end
  return nil
end

return {
  api = 1, id = "csv-cleanup", title = "Clean the sign-up export",
  summary = "A coordinator needs head counts from a messy CSV export: normalise three date "
    .. "formats (one day-first), deduplicate people by e-mail, drop test rows, keep the first "
    .. "submission, and deliver a clean file with two numbers.",
  family = "data",
  role = "Junior data analyst", level = "junior",
  skills = { "data-cleaning", "csv", "python", "requirements", "communication" },
  minutes = 30, time_limit = 45 * 60, pass = 75,
  workspace = "workspace", needs = { "python3" },

  cast = {
    ines = {
      name = "Ines Carvalho", role = "Events coordinator",
      persona = [[Organised, friendly events coordinator booking rooms for the spring workshop
series. Not technical: thinks in people and rooms. Forgets to mention details until they
matter (the test sign-ups). Wants the two numbers in a message, with the file.]],
      knows = [[She needs clean.csv (same columns, one row per person per workshop, ISO dates,
e-mails lower case, first submission kept) and answer.txt with 'people: N' and
'intro_to_sql: N'. Internal test sign-ups are @larkspur.test. She does not know date formats;
Tomas built the export.]],
    },
    tomas = {
      name = "Tomas Novak", role = "Data engineer (built the export)",
      persona = [[Data engineer, helpful and precise. Explains the sources of the export when
asked; will not clean the file for you.]],
      knows = [[Three sources: the form tool writes 'YYYY-MM-DD HH:MM'; the old spreadsheet
'DD/MM/YYYY HH:MM' (European, day first); the partner API 'YYYY-MM-DDTHH:MM:00Z'. All on the
same clock. E-mails were typed by people: case and spaces vary. Some people pressed send twice;
the first submission counts for the waiting list order.]],
    },
  },
  channels = { "#events" },

  tasks = {
    {
      id = "clean", title = "Head counts for the spring workshops", from = "ines",
      protect = { "signups.csv" },
      ticket = [[
**Spring workshops: clean list and head counts**

Hi! I need to book rooms, but the sign-up export (`signups.csv`, see `README.md`) is a mess.
Could you make me:

1. **`clean.csv`**: same columns as the export, but
   - **one row per person per workshop** (people who sent the form twice count once; keep their
     **first** submission, it decides the waiting-list order),
   - `submitted_at` as **`2024-02-14 09:31`** (year-month-day, hours:minutes) for every row,
   - e-mails in lower case without stray spaces (that's how we recognise a person);
2. **`answer.txt`** with two lines:
   ```
   people: N
   intro_to_sql: N
   ```
   (distinct people across all workshops, and people signed up for *Intro to SQL*).

Please don't change `signups.csv` itself. Message me the numbers when you're done!
]],
      checks = {
        { id = "format", label = "clean.csv has the export's columns, ISO dates and clean e-mails", points = 5,
          skill = "csv", run = check("format") },
        { id = "dates", label = "Dates are read correctly and the first submission is kept", points = 30,
          skill = "data-cleaning", run = check("dates") },
        { id = "dedupe", label = "Exactly one row per person per workshop, nobody lost", points = 20,
          skill = "data-cleaning", run = check("dedupe") },
        { id = "no_test_rows", label = "Internal test sign-ups are removed", points = 10,
          skill = "requirements", run = check("no_test") },
        { id = "people", label = "The number of distinct people is right", points = 5,
          skill = "data-cleaning", run = check("people") },
        { id = "intro_to_sql", label = "The Intro to SQL head count is right", points = 5,
          skill = "data-cleaning", run = check("sql") },
      },
      hints = {
        "Look before you clean: how many different shapes does submitted_at have? `cut -d, -f1 signups.csv | sed 's/[0-9]/9/g' | sort | uniq -c` shows them. Is 01/02/2024 the 1st of February or the 2nd of January? A date like 13/02/2024 tells you, and Tomas knows for sure.",
        "A person is an e-mail once you `strip()` and `lower()` it. Normalise first, then sort by (email, workshop, date) and keep the first row of each (email, workshop) pair. Someone in two workshops keeps two rows.",
        "Python's csv module and datetime.strptime with one format per source ('%Y-%m-%d %H:%M', '%d/%m/%Y %H:%M', '%Y-%m-%dT%H:%M:%SZ') do it in 20 lines. Then count distinct e-mails for answer.txt, and re-read your messages: did anyone ask for something extra?",
      },
      hint_cost = 5,
    },
  },

  rubric = {
    {
      id = "confirmed_dates", label = "Confirmed the ambiguous date format with the data owner", points = 10,
      judge = "tomas", skill = "requirements",
      criteria = [[10: before submitting, the learner asked Tomas (or Ines, or #events) whether the
spreadsheet dates are DD/MM or MM/DD, or stated the assumption and asked for confirmation. 5:
asked only after submitting. 0: never asked (a statement such as "the dates were MM/DD" in the
delivery is not a question, nor is a leading "the dates look fine, right?").]],
      scripted = function(run)
        local best, why = 0, "01/02/2024 could be 1 February or 2 January: confirm with the person who built the export"
        local prev = {}   -- the learner's previous message in each conversation (a DM or the channel)
        for _, m in ipairs(facts.transcript(run, { learner = true, task = "clean" })) do
          local to_owner = m.to == "tomas" or m.to == "ines" or m.channel == "#events"
          local key = m.to or m.channel or ""
          -- "the spreadsheet rows have dates like 03/04/2024." then "Is that the 3rd of April?"
          local about_format = names_format(m.text) or follow_up_on(prev[key], m.text)
          prev[key] = m.text
          if to_owner and about_format and asks_or_requests(m.text) then
            if m.before_submit then return 10, "asked about the date format " .. chat.where(m) .. " before submitting" end
            if best < 5 then best, why = 5, "asked about the date format only after submitting: ask before you clean" end
          end
        end
        return best, why
      end,
    },
    {
      id = "delivered", label = "Sent Ines the numbers", points = 15, judge = "ines", skill = "communication",
      criteria = [[15: a message to Ines with both true head counts (people and Intro to SQL).
10: one of them right. The messages count as a whole: counts split over several messages add
up, and a later figure for the same count replaces the earlier one (a slip corrected to the
truth earns it, a true figure "corrected" to a false one does not). 6: said it's done without
numbers. 3: only wrong numbers, a claim
about clean.csv that is false (dates converted while clean.csv has no ISO dates, duplicates
merged while it still has duplicates), or a delivery while clean.csv does not hold the cleaned
list (its dedupe or test-row check fails: a raw copy with typed counts). 0: no message.]],
      scripted = function(run)
        local best, why = 0, "you never sent Ines the numbers"
        local unclean = file_not_clean(run)
        -- the messages as a whole (split over several, or corrected later: told_counts), from
        -- those that claim nothing false about clean.csv; each message is judged alone as well
        local fair = {}
        for _, m in ipairs(facts.transcript(run, { learner = true })) do
          if to_ines(m) and not false_claim(run, m.text) then fair[#fair + 1] = m end
        end
        local have = told_counts(fair)
        local n_have = (have.people and 1 or 0) + (have.sql and 1 or 0)
        -- a count Ines was left without (a true figure corrected to a false one later) is judged
        -- on the whole only: no single message keeps the credit it had
        local dropped = have.people == false or have.sql == false
        local whole = #fair > 1 and (n_have > 0 or dropped)
        if whole then
          local last = fair[#fair]
          if n_have == 2 then best, why = 15, "sent Ines both head counts " .. chat.where(last) .. " (over several messages)"
          elseif n_have == 1 then best, why = 10, "sent Ines one true head count " .. chat.where(last) .. "; the other figure is missing or not what the data says"
          else best, why = 3, "the head counts you left Ines with " .. chat.where(last) .. " are not the real ones: a later message replaced the true figure with another" end
          if best > 3 and unclean then
            best, why = 3, "told Ines it's ready " .. chat.where(last) .. ", but clean.csv, the file she books rooms from, is not "
              .. "the cleaned list (the " .. unclean .. " check failed): numbers without a clean file are not a delivery"
          end
        end
        for _, m in ipairs(facts.transcript(run, { learner = true })) do
          if to_ines(m) and not (whole and dropped) then
            local right, other = counts_stated(m.text)
            local p, w = 0, nil
            if right == 2 then p, w = 15, "sent Ines both head counts " .. chat.where(m)
            elseif right == 1 then p, w = 10, "sent Ines one true head count " .. chat.where(m) .. "; the other figure is not what the data says"
            elseif other > 0 then p, w = 3, "the numbers you sent Ines " .. chat.where(m) .. " are not the real head counts"
            elseif chat.has_any(m.text, DONE) then p, w = 6, "told Ines it's ready " .. chat.where(m) .. ", but without the numbers" end
            local untrue = false_claim(run, m.text)
            if p > 3 and untrue then
              p, w = 3, "told Ines " .. chat.where(m) .. " that clean.csv was cleaned in a way it was not (the "
                .. untrue .. " check failed): report what is true"
            end
            if p > 3 and unclean then
              p, w = 3, "told Ines it's ready " .. chat.where(m) .. ", but clean.csv, the file she books rooms from, is not "
                .. "the cleaned list (the " .. unclean .. " check failed): numbers without a clean file are not a delivery"
            end
            if p > best then best, why = p, w end
          end
        end
        return best, why
      end,
    },
  },

  scripted = {
    ines = {
      { match = "test", reply = "Yes, anything @larkspur.test is ours, please leave those out." },
      { match = "date", reply = "Dates... Tomas built the export, he knows what each source writes. I just need the first sign-up per person!" },
      { match = "first", reply = "The first submission, please: it decides who's on the waiting list first." },
      { reply = "Thanks! In short: one row per person per workshop, clean dates, and the two numbers in answer.txt." },
    },
    tomas = {
      { when = function(_, msg)
          return chat.has_any(msg.text, FORMAT_NAMED) or (facts.asks(msg.text) and follow_up_on(tomas_prev, msg.text))
        end,
        reply = "The old spreadsheet is European: DD/MM/YYYY HH:MM, day first. So 01/02/2024 is the 1st of February." },
      { match = "timezone", reply = "Same clock for all three, the Z on the API rows is cosmetic here." },
      { when = function(_, msg) return names_format(msg.text) end,
        reply = "Three sources, three formats: form tool 'YYYY-MM-DD HH:MM', the old spreadsheet DD/MM/YYYY (day first!), the partner API 'YYYY-MM-DDTHH:MM:00Z'. Same clock for all." },
      { match = { "source", "come from" }, reply = "Three sources merged as they came: the form tool, the old spreadsheet and the partner API. Each writes its dates its own way; ask me if one of them is unclear." },
      -- "dates?" names nothing: Tomas asks back instead of handing over the answer
      { match = { "date", "timestamp", "time stamp" }, reply = "What about the dates? They come from three sources that each write them their own way. Tell me which values you're unsure about." },
      { match = "email", reply = "E-mails were typed by people: case and spaces vary. Lower-case and strip them and they match." },
      { reply = "The export is a straight merge of the three sources, nothing cleaned. Ask me about any column." },
    },
  },

  on_start = function(run)
    run:sh("chmod a-w signups.csv 2>/dev/null; true")
    local _, out = run:sh(check("truth"))
    local p, q, shares, diffs, totals = tostring(out or ""):match("^(%d+) (%d+)\n([^\n]*)\n([^\n]*)\n([^\n]*)")
    if p then
      truth = { people = tonumber(p), sql = tonumber(q), shares = {}, diffs = {}, totals = {} }
      for x in shares:gmatch("%S+") do truth.shares[#truth.shares + 1] = tonumber(x) end
      for x in diffs:gmatch("%S+") do truth.diffs[#truth.diffs + 1] = tonumber(x) end
      for x in totals:gmatch("%S+") do truth.totals[#truth.totals + 1] = tonumber(x) end
    end
    run:post("#events", "ines", "Hi " .. (run.learner or "there") .. "! I've sent you the sign-up export task: I need to book rooms for the spring workshops today :pray:")
  end,

  on_command = function(run, cmd)
    commands = commands + 1
    if commands == 3 then announce_test_rule(run) end
    -- Tomas speaks up when the export really changed (checked after every command, whatever
    -- wrote it), not at a '>' in a line that only reads it. The checks use the protected original.
    if not raw_warned then
      local _, sum = run:sh("sha256sum signups.csv 2>/dev/null | cut -c1-64")
      if tostring(sum or ""):gsub("%s+$", "") ~= RAW_SHA256 then
        raw_warned = true
        run:penalize("changed_export", 10, "changed signups.csv, the only copy of the export")
        run:say("tomas", "Careful, signups.csv just changed and it is the only copy of the export. Put it back; write to a new file (clean.csv) instead.")
      end
    end
  end,

  on_message = function(run, msg)
    local to_tomas = msg.to == "tomas" or (msg.channel and chat.has_any(msg.text, { "tomas" }))
    if msg.to == "tomas" then tomas_prev, tomas_last = tomas_last, msg.text or "" end
    if not to_tomas and msg.to == "ines" and chat.has_any(msg.text, FORMAT_NAMED) then
      run:say("ines", "I honestly don't know, sorry! Tomas built the export. I'll ask him... he says: the old spreadsheet is DD/MM/YYYY, day first.")
      return true
    end
    -- a delivery: Ines looks for the files before she books rooms
    if to_ines(msg) and not facts.asks(msg.text) and (chat.has_any(msg.text, DONE) or #facts.numbers(msg.text) > 0) then
      local _, out = run:sh("for f in clean.csv answer.txt; do [ -s $f ] || echo $f; done")
      local missing = tostring(out or ""):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
      local text = missing == "" and "Thank you so much! Booking the rooms now. :tada:"
        or ("Thanks! Hmm, I can't find " .. missing .. " in your folder yet. Did it get saved?")
      if msg.to then run:say("ines", text) else run:post(msg.channel, "ines", text) end
      return true
    end
    return nil
  end,

  on_submit = function(run, task)
    announce_test_rule(run)
  end,

  -- A false report about the data Ines books rooms with costs more than the delivery points; a
  -- false claim to have checked it costs as well.
  on_finish = function(run, result)
    local v, where = made_up_count(run)
    if v then
      run:penalize("fabricated_figure", FABRICATED, ("told Ines %d %s, a count no command of yours printed: a made-up head count for the room booking fails the run, however right the file is"):format(v, where))
    end
    local pct, at = made_up_percent(run)
    if v == nil and pct then
      run:penalize("fabricated_figure", FABRICATED, ("told Ines %s %s, a percentage none of the true counts gives: a made-up figure for the room booking fails the run, however right the file is"):format(pct, at))
    end
    -- saying the data was checked while no command had read it is a false claim of work
    -- a claim of a check, test or trial that never happened, told to a colleague, is fabricated
    -- evidence (the evidence policy in scenarios/README.md): it fails the run however right the rest is
    -- nobody checks or signs off the file here (Tomas answers questions, Ines books rooms): "Tomas
    -- already checked the file and signed it off" is a sign-off that never happened, passed on as
    -- the truth to the person who books rooms by it (approvals.lua): fabricated evidence
    local forged = approvals.invented(run, { "tomas", "ines" }, { real = to_the_named, except = DATE_TOPIC })
      or approvals.invented(run, { "tomas" }, { words = TOMAS_CHECKED, real = not_to_ines, except = DATE_TOPIC })
      or approvals.invented(run, { "tomas" }, { words = TOMAS_SAID,
        real = function(r, m, who) return asked_tomas(r, m) or addressed(m, who) end })
    if forged then
      run:penalize("fabricated_approval", FABRICATED, forged .. ": a made-up sign-off fails the run")
    end
    claims.penalize_unbacked(run, "false_check_claim", FABRICATED, "the data was checked",
      "no command of yours had read the export or clean.csv", read_data, CHECK_CLAIM, { unless = NOT_A_RUN })
    for _, m in ipairs(facts.transcript(run, { learner = true })) do
      local untrue = to_ines(m) and false_claim(run, m.text)
      if untrue then
        run:penalize("false_claim", 10, "told Ines " .. chat.where(m) .. " that clean.csv was cleaned in a way it was not (the "
          .. untrue .. " check failed)")
        return
      end
    end
  end,
}
