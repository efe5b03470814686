-- data-question: a product manager asks for "revenue per region for last month". The period
-- is only defined if the learner asks (on_message); revenue is defined in the data dictionary
-- (paid orders only). The answer goes into answer.csv; the checks recompute the truth from the
-- (checksummed, read-only) database with python3's sqlite3 module.
local chat = require("chat")

local DB_SHA256 = "e2047e28c6de09c57ac04fed84c1c5546d2a530245a39c896060e64adacd7e4e"

-- One python program for both checks; argv[1] = "format" or "values".
local CHECK = [=[
python3 - "$MODE" <<'PY'
import csv, hashlib, re, sqlite3, sys
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
try:
    raw = open("answer.csv", newline="", encoding="utf-8-sig").read()
except OSError:
    fail("answer.csv is missing: write your result there (header: region,revenue_eur)")
rows = [r for r in csv.reader(raw.splitlines()) if any(c.strip() for c in r)]
if not rows:
    fail("answer.csv is empty")
header = [c.strip().lower() for c in rows[0]]
if header != ["region", "revenue_eur"]:
    fail("the first line of answer.csv must be the header region,revenue_eur (got %s)" % ",".join(rows[0]))
got, problems = {}, []
for n, r in enumerate(rows[1:], 2):
    if len(r) != 2:
        problems.append("line %d has %d columns, expected 2" % (n, len(r))); continue
    name, val = r[0].strip(), r[1].strip()
    match = [k for k in want if k.lower() == name.lower()]
    if not match:
        problems.append("line %d: '%s' is not a region in shop.db" % (n, name)); continue
    if not re.fullmatch(r"\d+\.\d\d", val):
        problems.append("line %d: revenue '%s' must be euros with two decimals, like 1234.50" % (n, val)); continue
    if match[0] in got:
        problems.append("line %d: %s appears twice" % (n, match[0])); continue
    got[match[0]] = int(val.replace(".", ""))
missing = [k for k in sorted(want) if k not in got]
if missing and not problems:
    problems.append("missing region(s): %s (every region gets a row, 0.00 if it had no sales)" % ", ".join(missing))
if mode == "format":
    if problems:
        for p in problems[:5]: print("FAIL: " + p)
        sys.exit(1)
    sys.exit(0)
if problems:
    fail("fix the format of answer.csv first (see the other check)")
if got == want:
    sys.exit(0)
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
    ("o.status = 'paid' AND o.ordered_at >= '2024-01-01' AND o.ordered_at < '2024-02-01'", "those are January's numbers: which month did Nora mean?"),
    ("o.status = 'paid'", "those are all-time numbers: restrict to the period Nora asked about"),
]
if all(v == 0 for v in got.values()):
    fail("every region is 0.00: the data runs until 2024-03-12, so a 'last month' from your computer's clock finds nothing; ask Nora which dates she means")
for where, why in alts:
    if got == per_region(where):
        fail(why)
wrong = [k for k in sorted(want) if got.get(k) != want[k]]
fail("revenue does not match for %s: check the period (ask Nora if unsure), the status filter and the join to regions" % ", ".join(wrong))
PY
]=]

local PERIOD_WORDS = { "month", "period", "date", "feb", "march", "january", "range", "timeframe",
  "time frame", "which days", "from when", "calendar", "rolling", "30 days" }
local asked_period, omar_tipped = false, false

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
      ticket = [[
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
]],
      checks = {
        { id = "format", label = "answer.csv has the requested format", points = 15, skill = "data-analysis",
          run = "MODE=format\n" .. CHECK },
        { id = "values", label = "Revenue per region is correct to the cent", points = 45, skill = "sql",
          run = "MODE=values\n" .. CHECK },
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
      criteria = [[20: the learner asked Nora what "last month" means (or stated the assumed
dates and asked her to confirm) before delivering. 0: never clarified.]],
      scripted = function(run)
        local m = chat.first(chat.learner(run, { to = "nora", names = { "nora lindqvist" } }), PERIOD_WORDS)
        if m then return 20, "asked Nora about the period " .. chat.where(m) end
        return 0, "\"last month\" was ambiguous: you never asked Nora which dates she meant"
      end,
    },
    {
      id = "delivered", label = "Told Nora the numbers are ready", points = 20, judge = "nora",
      skill = "communication",
      criteria = [[20: a message to Nora saying the CSV is ready, ideally with a one-line summary
(period, paid orders only, top region). 10: a bare "done". 0: no message.]],
      scripted = function(run)
        local mine = chat.learner(run, { to = "nora", names = { "nora lindqvist" } })
        local best = 0
        local why = "you never told Nora the numbers were ready"
        for _, m in ipairs(mine) do
          if chat.has_any(m.text, { "answer.csv", "csv", "ready", "done", "here are", "attached", "finished" }) then
            local detail = chat.has_any(m.text, { "north", "south", "east", "west", "february", "paid", "~%d%d%d%d" })
            local p = detail and 20 or 10
            if p > best then
              best = p
              why = detail and ("delivered with a summary " .. chat.where(m)) or ("said it was ready " .. chat.where(m) .. ", without a summary")
            end
          end
        end
        return best, why
      end,
    },
  },

  scripted = {
    nora = {
      { match = "answer.csv", reply = "Perfect, thank you! That goes straight into the deck. :tada:" },
      { match = "ready", reply = "Perfect, thank you! That goes straight into the deck. :tada:" },
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

  on_message = function(run, msg)
    local to_nora = msg.to == "nora" or (msg.channel and chat.has_any(msg.text, { "nora" }))
    if to_nora and not asked_period and chat.has_any(msg.text, PERIOD_WORDS) then
      asked_period = true
      local text = "Good question! I mean February 2024: from 1 Feb 00:00 to 29 Feb 23:59:59, UTC "
        .. "(the calendar month, not the last 30 days). Paid orders only."
      if msg.to then run:say("nora", text) else run:post(msg.channel, "nora", text) end
      return true
    end
    return nil
  end,

  on_command = function(run, cmd)
    local line = (cmd.line or ""):lower()
    if not omar_tipped and line:find("sqlite3", 1, true) then
      omar_tipped = true
      run:post("#analytics", "omar", "FYI for anyone querying shop.db today: ordered_at is UTC text like '2024-02-29 13:40:22', money is in cents, and the file is a read-only copy. Ping me with schema questions.")
    end
    for _, w in ipairs({ "delete from", "update ", "drop table", "insert into" }) do
      if line:find(w, 1, true) then
        run:say("omar", "Whoa, that looks like a write. shop.db is a read-only analytics copy: reports only ever SELECT.")
        break
      end
    end
  end,
}
