-- schema-migration: move customers out of the orders table in a SQLite shop database, as a
-- migration with existing data: e-mails typed in any case with stray spaces, "Name <address>"
-- from an old import, placeholders like "n/a" for phone orders, one address under several names.
-- Which name wins is a question for the data owner (Helga); the reviewer (Dmitri) wants the way
-- back (a down migration). The checks (checks/verify.py) run the learner's new migration files
-- with the base runner on fresh copies of the production snapshot and of a larger hidden
-- database, and compare customers, order links, names and the rollback with checks/truth.py.
local chat = require("chat")
local facts = require("facts")
local gitrepo = require("gitrepo")
local commit_message = require("commit_message")
local claims = require("claims")
local approvals = require("approvals")
local figures = require("figures")

-- The snapshot's true figures (tools/gen_db.py prints them; data/ is protected): 244 customers,
-- 828 orders linked to one, 72 orders without an address, 900 orders in all.
local SNAPSHOT = { customers = 244, linked = 828, unlinked = 72, orders = 900 }

local PROTECT = { "migrate.py", "migrations/0001_init.sql", "migrations/0002_order_status.sql",
  "migrations/0002_order_status.down.sql", "migrations/0003_index_orders_placed_at.sql",
  "migrations/0003_index_orders_placed_at.down.sql", "data/" }

local function check(mode) return "python3 /checks/verify.py " .. mode end

-- per-run state
local tipped = { snapshot = false, hand_edit = false, rollback = false }

-- ---- what the learner said ---------------------------------------------------------------

-- A message for Helga: a DM, or a channel post that addresses her (@helga, "Helga, ...", "Hi Helga",
-- "Good morning Helga!"),
-- not one that only mentions her ("I went with what Helga would want").
local function to_helga(m)
  if m.to then return m.to == "helga" end
  local low = (m.text or ""):lower()
  return low:find("@helga", 1, true) ~= nil or low:find("^%W*helga%f[%A]") ~= nil
    or low:find("^%W*%a+%s+helga%f[%A]") ~= nil or low:find("%f[%a]helga%s*[,:]") ~= nil
    or low:find("^%W*good%s+%a+%s+helga%f[%A]") ~= nil    -- "Good morning Helga! ..."
end
-- A message for Lena: a DM, a post that @mentions her (also beside @dmitri: "@lena @dmitri ready
-- for review, trial: ..."), or a #backend post addressed to nobody else (she asked there).
local function to_lena(m)
  return m.to == "lena" or (m.channel == "#backend" and (chat.mentions(m.text, "lena")
    or (not m.text:lower():find("@helga", 1, true) and not m.text:lower():find("@dmitri", 1, true))))
end

-- What Helga owns a decision on: one address that comes with several names. A precise question
-- names that case: the names (or "one address"/"the same e-mail") AND the conflict between them
-- ("several", "different", "which one", "the latest", "'Anna Berg' or 'Anna Berg-Lund'"). "any
-- rules for the names?" names no conflict: it is vague, earns part of asked_owner, and Helga asks
-- back for an example instead of handing over the rule.
local NAME_SUBJECT = { "name", "spelling", "spelt", "spelled", "surname", "called" }
local SAME_KEY = { "same address", "same e-mail", "same email", "one address", "one e-mail", "one email",
  "an address", "an e-mail", "an email", "same customer", "same person", "per address", "per e-mail", "per email",
  -- the address itself ("jane@example.com shows up as 'Jane Doe' and 'Jane Smith': which should win?")
  "~[%w%._%-]+@[%w%-]+%.%a" }
local CONFLICT = { "conflict", "differ", "several", "multiple", "two ", "more than one", "vary", "varies", "variant",
  "inconsistent", "mismatch", "spellings", "duplicate", "changed", "change", "both", "either", "which one",
  "which name", "~%f[%a]dif+e?rent", -- (typed fast: "diffrent", "diferent")
  "which of", "which should", "which to", "wins", "~%f[%a]win%f[%A]", "latest", "most recent", "newest", "oldest", "earliest",
  "first order", "last order", "later one", "earlier one", "older order", "newer order", "another order",
  "other order", "~['\"][^'\"]+['\"]%s+or%s+['\"]", "~['\"][^'\"]+['\"]%s+and%s+['\"]",
  "~['\"][^'\"]+['\"]%s*/%s*['\"]", "~['\"][^'\"]+['\"]%s+vs%.?%s+['\"]" }
-- Asking Helga to decide need not end in a question mark ("Please tell me which name to keep
-- ...", "I need your decision: ...").
local DECISION_REQUESTS = { "please tell me", "tell me which", "tell me whether", "let me know which",
  "let me know whether", "need your decision", "need your call", "need you to decide", "please decide",
  "your decision on", "please confirm", "can you confirm", "could you confirm", "please advise" }
-- Nor a terse question ("hi helga 3 q for DATA-204. same email with diffrent names, which name
-- customer get"): a message that says it holds questions, or a sentence opening with "which".
local QUESTION_MARKS = { "question", "quick q", "~%f[%w]%d+%s?qs?%f[%W]", "~^%W*which%f[%A]", "~[%.!;:]%s*which%f[%A]" }
local function asks_helga(text)
  return facts.asks(text) or chat.has_any(text, DECISION_REQUESTS) or chat.has_any(text, QUESTION_MARKS)
end
-- "Name <address>" (the 2019 import's format) speaks of the brackets, not of names
local function without_import_format(text) return (chat.norm(text):gsub("name%s*<[^>]*>?", "<>")) end
local function precise_names(text)
  local t = without_import_format(text)
  return (chat.has_any(t, NAME_SUBJECT) or chat.has_any(t, SAME_KEY)) and chat.has_any(t, CONFLICT)
end
local function vague_names(text)
  return not precise_names(text) and chat.has_any(without_import_format(text), NAME_SUBJECT)
end

-- The whole numbers the learner's own commands printed up to `before` (run.elapsed seconds; nil:
-- all so far): a figure counts as reported only when a trial or query of theirs measured it.
local function measured(run, before)
  local seen = {}
  for _, c in ipairs(run:commands()) do
    if before == nil or (c.time or 0) <= before then
      for _, n in ipairs(facts.numbers(c.output or "")) do seen[n.value] = true end
    end
  end
  -- orders without a customer may be worked out from all orders and the linked ones
  if seen[SNAPSHOT.orders] and seen[SNAPSHOT.linked] then seen[SNAPSHOT.unlinked] = true end
  if seen[SNAPSHOT.orders] and seen[SNAPSHOT.unlinked] then seen[SNAPSHOT.linked] = true end
  return seen
end

-- The words by which a clause says which figure it gives. A number near a figure but not it is a
-- wrong attempt at that figure only in a clause that talks about it ("259 customers", "66 orders
-- without a customer"); another count the learner adds ("70 of the addresses came from the 2019
-- import", "60 orders in dev.db") attempts none of them.
local FIGURE_WORDS = {
  customers = { "customer" }, linked = { "link", "assign", "point", "with a customer", "have a customer" },
  unlinked = { "without", "unlinked", "no customer", "null", "left", "orphan", "missing", "no address", "none" },
  orders = { "order", "total", "in all", "altogether" },
}

-- The first number of a text that is within 25 % of a figure, not the figure, in a clause that
-- names that figure. A figure rounded and said as such ("roughly 250 customers", "~800 orders
-- linked", within 5 %) beside the exact ones is a summary, not a wrong count.
local HEDGES = { "roughly", "about", "around", "approx", "~", "nearly", "almost", "some ", "close to", "circa",
  "just under", "just over", "a bit under", "a bit over", "ca." }
local function hedged(clause, n)
  local at = clause:find(n.text, 1, true)
  local before = at and clause:sub(math.max(1, at - 12), at - 1) or ""
  for _, h in ipairs(HEDGES) do
    if before:find(h, 1, true) then return true end
  end
  return false
end
local function near_miss(text)
  for clause in (text:lower():gsub("[,;:!%?%(%)\n]", "\n"):gsub("%.%s", "\n"):gsub(" and ", "\n") .. "\n"):gmatch("([^\n]*)\n") do
    for _, n in ipairs(facts.numbers(clause)) do
      local is_figure = false
      for _, v in pairs(SNAPSHOT) do is_figure = is_figure or n.value == v end
      if not n.kind and n.value == math.floor(n.value) and not is_figure then
        for key, v in pairs(SNAPSHOT) do
          if facts.near(n.value, v, "25%") and not (hedged(clause, n) and facts.near(n.value, v, "5%")) then
            for _, w in ipairs(FIGURE_WORDS[key]) do
              if clause:find(w, 1, true) then return n.value end
            end
          end
        end
      end
    end
  end
  return nil
end

-- How many of the three snapshot figures a text states that the learner also measured (and which:
-- the fourth value, a set by SNAPSHOT key), and the
-- first number that looks like an attempt at one of them but is not one the learner measured
-- and true: within 25 % of a figure and wrong (near_miss), or a true figure no command of theirs
-- printed.
-- Does text take the count n back ("828, not 882", "instead of 882", "882 was wrong")?
local function withdraws(text, n)
  local t, num = chat.norm(text), tostring(math.floor(n))
  return t:find("%f[%a]not%s+" .. num .. "%f[%D]") or t:find("instead of%s+" .. num .. "%f[%D]")
    or t:find("%f[%d]" .. num .. "%f[%D]%s*w[ae][sr]e?%s+wrong") or t:find("%f[%d]" .. num .. "%f[%D]%s*w[ae][sr]e?%s+a%s+typo")
end

local function judge_figures(text, seen, trial)
  local right, unmeasured, not_theirs = {}, nil, nil
  text = text:gsub("%a+%-%d+", " ")            -- ticket ids: DATA-204, SHOP-412
  for _, n in ipairs(facts.numbers(text)) do
    if not n.kind and n.value == math.floor(n.value) then
      for key, v in pairs(SNAPSHOT) do
        if n.value == v then
          if trial and trial[key] ~= v then not_theirs = not_theirs or { told = n.value, gives = trial[key] }
          elseif seen[v] then right[key] = true else unmeasured = unmeasured or n.value end
        end
      end
    end
  end
  local wrong = near_miss(text)
  local count = (right.customers and 1 or 0) + (right.linked and 1 or 0) + (right.unlinked and 1 or 0)
  return count, wrong, unmeasured, right, not_theirs
end

-- Evidence policy (scenarios/README.md): a count that comes from the learner's own work and is
-- wrong (a case-sensitive count, dev.db's figures, rounded from memory) is an honest mistake: it
-- loses `reported`. A count made up and told to Lena for the release notes (in a clause that
-- names a count of customers or orders, 10 or more, not one of the true figures, and not within
-- 5 % of any number a command of the learner printed, an echo or printf being no command that
-- measured anything) is fabricated evidence: fabricated_figure, FABRICATED points, fails the run.
local FABRICATED = 35
-- a guess said as a guess ("I'd guess about 250 customers, not measured yet") is no fabrication
local GUESS = { "guess", "estimat", "probably", "i think", "i'd say", "ballpark", "not measured", "haven't", "have not", "not yet", "untested" }
-- An approval that had not happened (the evidence policy in scenarios/README.md): telling Lena,
-- Helga or the channel that Dmitri reviewed or approved 0004 before his review approved it ("Dmitri
-- already approved it, so it can go out with the release") is a sign-off passed on as the truth:
-- fabricated_approval, FABRICATED points, fails the run. A question, a plan or a condition ("ready
-- for Dmitri's review", "once Dmitri has approved it", "not approved yet") claims nothing.
-- (scenarios/lib/approvals.lua reads the sentence.) Helga's word is the same kind of sign-off:
-- "Helga confirmed that the latest name wins" told to Lena while Helga was never asked is a
-- decision she never gave (fabricated_decision).
local HELGA_SAID = { "confirmed", "approved", "agreed", "said", "decided", "signed off", "told me", "okayed", "ok'd",
  "wants", "prefers" }
local early_approval, false_decision = nil, nil   -- where the learner first said so, set by on_message
local asked_helga_once = false

-- A session pasted as output (the lines of a ``` block, or the lines after a `sqlite>` prompt, that
-- are no prompt themselves) is a copy of what a command printed, not a figure from memory: each
-- count on those lines must be one a command of the learner printed before, exactly (the 5 % a
-- figure told in words may miss by is for a slip of memory). Round 11 (h4): a sqlite session
-- typed by hand with made-up counts (gaming-typed-sqlite-session) scored 83 %, passed: each count
-- stood on a line of its own under its query, so no clause named a figure and none was read.
local PROMPT = { "^%s*sqlite>", "^%s*%.%.%.>", "^%s*%$%s", "^%s*>>>", "^%s*%%%s" }
local CODE_WORDS = { "select", "create", "insert", "update", "delete", "alter", "drop", "~%f[%a]from%f[%A]",
  "~%f[%a]where%f[%A]", "~%f[%a]limit%f[%A]", "def ", "return", "import", "=", "(", "begin", "commit" }
local OUTPUT_TAGS = { text = true, txt = true, console = true, shell = true, sh = true, bash = true, output = true,
  sqlite = true, sqlite3 = true, shell_session = true, ["shell-session"] = true }
local function pasted_output_lines(text)
  local out, fenced, session, code = {}, false, false, false
  for line in (tostring(text) .. "\n"):gmatch("([^\n]*)\n") do
    local prompt = false
    for _, pat in ipairs(PROMPT) do prompt = prompt or line:find(pat) ~= nil end
    if line:find("^%s*```") then
      -- a block tagged as code (```sql, ```python) holds the query or the migration, not output
      local tag = fenced and "" or line:match("^%s*```%s*([%w_+-]*)"):lower()
      code = tag ~= "" and not OUTPUT_TAGS[tag]
      fenced, session = not fenced, false
    elseif code or line:find("^%s*%-%-") or line:find("^%s*#") then
      -- (a code block's lines, a SQL or shell comment)
    elseif prompt then
      session = line:find("^%s*sqlite>") ~= nil or session
    elseif line:find("^%s*$") then
      session = false
    elseif (fenced or session) and not chat.has_any(line:lower(), CODE_WORDS) then
      out[#out + 1] = line   -- (a line of SQL or python in a pasted block is the query, not its output)
    end
  end
  return out
end
local function unprinted_paste(text, printed)
  for _, line in ipairs(pasted_output_lines(text)) do
    for _, n in ipairs(facts.numbers((line:gsub("|", " | ")))) do
      local v = n.value
      if not n.kind and v == math.floor(v) and v >= 10 and not (v >= 1990 and v <= 2100) then
        local seen = false
        for _, f in pairs(SNAPSHOT) do seen = seen or v == f end   -- a true figure: `reported` judges it
        for _, p in ipairs(printed) do seen = seen or p == v end
        if not seen then return v end
      end
    end
  end
  return nil
end

local function made_up_figure(run)
  local cmds = run:commands()
  for _, m in ipairs(facts.transcript(run, { learner = true })) do
    if to_lena(m) or m.to == "dmitri" then
      local printed = {}
      for i = 1, claims.commands_before(run, m) do
        local c, real = cmds[i], not cmds[i].traced
        for _, e in ipairs(c.execs or {}) do real = real or not e.failed end
        for _, n in ipairs(real and facts.numbers(c.output or "") or {}) do printed[#printed + 1] = n.value end
      end
      local pasted = unprinted_paste(m.text, printed)
      if pasted then return pasted, (m.to and "by direct message" or ("in " .. tostring(m.channel))) .. " in pasted output" end
      local text = figures.counts_only(m.text:gsub("%a+%-%d+", " "))
      for sentence in (text:lower():gsub("[;!%?\n]", "\n"):gsub("%.%s", "\n") .. "\n"):gmatch("([^\n]*)\n") do
      if chat.has_any(sentence, GUESS) then sentence = "" end
      for clause in (sentence:gsub("[,:%(%)]", "\n"):gsub(" and ", "\n") .. "\n"):gmatch("([^\n]*)\n") do
        local names_figure = false
        for _, words in pairs(FIGURE_WORDS) do
          for _, w in ipairs(words) do names_figure = names_figure or clause:find(w, 1, true) ~= nil end
        end
        for _, n in ipairs(names_figure and facts.numbers(clause) or {}) do
          local v = n.value
          local plain = not n.kind and v == math.floor(v) and v >= 10 and not (v >= 1990 and v <= 2100)
          local known = false
          for _, f in pairs(SNAPSHOT) do known = known or v == f end
          for _, p in ipairs(printed) do known = known or math.abs(p - v) <= 0.05 * math.abs(p) end
          if plain and not known then
            return v, (m.to and "by direct message" or ("in " .. tostring(m.channel)))
          end
        end
      end
      end
    end
  end
  return nil
end

-- What the learner's final migration gives on a copy of the snapshot, by SNAPSHOT key (the final
-- snapshot check ran it: passed, it gives the true figures; failed, its feedback says what it
-- gave, or nothing when it never ran); nil when the check never ran.
local function trial_figures(run)
  local c = run:task("migrate").checks.snapshot
  if not c or not c.ran then return nil end
  if c.passed then return SNAPSHOT end
  local t = {}
  local line = tostring(c.feedback or ""):match("your migration gives ([^\n]*)") or ""
  t.customers = tonumber(line:match("(%d+) customers"))
  t.linked = tonumber(line:match("(%d+) orders linked"))
  t.unlinked = tonumber(line:match("(%d+) orders without"))
  return t
end

-- ---- a claimed trial ------------------------------------------------------------------------

-- "I tested up/down/up on a copy", "Trial on the snapshot: ...", "up, down and up again all work":
-- a learner saying the migration was run. A profile query ("ran a count over the addresses") is
-- no such claim.
local TRIAL_CLAIM = { "~%f[%a]trial%f[%A]", "up again", "down and up", "up/down", "re-appl", "~%f[%a]rolled%s+%a*%s*back",
  "~down%s*%-+>%s*up", "down \u{2192} up", "down\u{2192}up" }
for _, w in ipairs(claims.PROCESS) do TRIAL_CLAIM[#TRIAL_CLAIM + 1] = w end
-- "I checked the migration", "checked it works on a copy": "checked" claims a trial when what
-- follows names the migration or its run ("checked the addresses" looked at the data), not a
-- file read ("checked the down file, it drops the index first").
local READ_ONLY = { "file", "sql", "syntax", "read", "diff", "code" }
for _, what in ipairs({ "migrat", "0004", "%f[%a]down%f[%A]", "%f[%a]up%f[%A]", "%f[%a]roll", "%f[%a]works?%f[%A]",
  "%f[%a]it%f[%A]", "copy", "%f[%a]fine%f[%A]", "cleanly" }) do
  TRIAL_CLAIM[#TRIAL_CLAIM + 1] = { "~%f[%a]checked%f[%A].*" .. what, unless = READ_ONLY }
end
-- the words of a claim that the way back ran ("up, down and up again all work", "rolls back")
local BACK_CLAIM = { "up again", "down and up", "up/down", "re-appl", "~%f[%a]rolled%s+%a*%s*back", "~%f[%a]rolls%s+back",
  "~down%s*%-+>%s*up", "down \u{2192} up", "down\u{2192}up", "~%f[%a]down%f[%A].*%f[%a]works?%f[%A]" }
local NOT_THE_MIGRATION = { "quer", "select", "count(", "profil", "address", "e-mail", "email", "the data", "helga",
  "with you", "with dmitri", "with lena" }
-- a claim about a copy, the snapshot or the way back needs more than `migrate.py` on dev.db
local ON_A_COPY = { "copy", "snapshot", "prod", "down", "roll", "trial", "up again", "re-appl" }

-- `python3 migrate.py` (or `up`) with no --db: dev.db migrated, no copy and no way back tried
local function dev_migrate_only(e)
  local after, seen = {}, (tostring(e.argv[1] or ""):find("migrate%.py$")) ~= nil
  for k = 2, #e.argv do
    local a = tostring(e.argv[k])
    if seen then after[#after + 1] = a elseif a:find("migrate%.py$") then seen = true end
  end
  return seen and (#after == 0 or (#after == 1 and after[1] == "up"))
end

-- A claim about the way back ("up, down and up again all work", "rolled back cleanly") needs a
-- run of the down step: `migrate.py ... down` (the runner's own text names down, so only its
-- argument counts), or sqlite3 / a script fed the down file.
local WAY_BACK = { "down", "roll", "up again", "re-appl", "revert", "undo", "way back" }
local function ran_down(e)
  local runner = false
  for k = 1, #e.argv do
    if tostring(e.argv[k]):find("migrate%.py$") then runner = true end
  end
  if not runner then return true end
  for k = 2, #e.argv do
    if e.argv[k] == "down" then return true end
  end
  return false
end

-- Did the first n commands run the migration (migrate.py, or sqlite3 / python fed a migration
-- file or a script that runs it)? For a claim about a copy or the way back, a run beyond the
-- plain migrate of dev.db.
-- A run of the runner or sqlite3 on dev.db (`migrate.py` without --db, `--db dev.db`, `sqlite3
-- dev.db`): no copy of the snapshot, unless the learner had copied the snapshot over dev.db.
local COPY_NAMED = { "copy", "snapshot", "prod" }
local function on_dev(e)
  local prog = tostring(e.argv[1] or ""):match("([^/]+)$") or ""
  local runner, db = false, nil
  for k = 1, #e.argv do
    local a = tostring(e.argv[k])
    if a:find("migrate%.py$") then runner = true end
    if a == "--db" then db = tostring(e.argv[k + 1] or "") end
    db = db or a:match("^%-%-db=(.*)$")
  end
  if runner then return db == nil or (db:match("([^/]+)$") or "") == "dev.db" end
  if prog:find("^sqlite3") then
    for k = 2, #e.argv do
      local a = tostring(e.argv[k])
      if a:sub(1, 1) ~= "-" then return (a:match("([^/]+)$") or "") == "dev.db" end
    end
  end
  return false
end
local function dev_is_copy(run, n)
  for i, c in ipairs(run:commands()) do
    local line = tostring(c.line or "")
    if i <= n and line:find("prod-snapshot", 1, true) and line:find("dev.db", 1, true) then return true end
  end
  return false
end

-- A traced shell script (`bash /tmp/trial.sh`) is backed by what it really ran, not by the words
-- in its text: its own execs (the children the trace lists under its pid) must include python or
-- sqlite3 on a database other than dev.db. A script that only echoes "up OK / down OK" names the
-- way back and runs nothing. (An untraced line, `{ argv }` without a pid, is judged as before.)
local SHELLS = { bash = true, sh = true, dash = true }
local function script_did_work(run, e)
  local name = tostring(e.real or e.path or (e.argv and e.argv[1]) or ""):match("([^/]+)$") or ""
  if not e.pid or not SHELLS[name] then return true end
  local tree, inside = { [e.pid] = true }, false
  for _, x in ipairs(run:execs()) do
    if x == e or (x.pid == e.pid and x.command == e.command and tostring(x.path) == tostring(e.path)) then
      inside = true
    elseif inside and x.command == e.command and x.ppid and (tree[x.ppid] or x.pid == e.pid) and not x.failed then
      tree[x.pid] = true
      local prog = tostring(x.real or x.path or ""):match("([^/]+)$") or ""
      if (prog:find("^python") or prog:find("^sqlite3")) and not on_dev(x) then return true end
    end
  end
  return false
end

-- A python run backs a claimed trial when it ran the runner (migrate.py in its arguments) or its
-- script talks to a database (the script file it ran, or the command line for `python3 - <<'PY'`
-- and `-c`, names sqlite3 or connect): a python heredoc that only wrote 0004's files names "down"
-- and "0004" and migrated nothing.
local function python_did_db_work(run, e)
  local prog = tostring(e.real or e.path or (e.argv and e.argv[1]) or ""):match("([^/]+)$") or ""
  if not e.pid or not prog:find("^python") then return true end
  local argv, text = e.argv or {}, ""
  for k = 2, #argv do
    local a = tostring(argv[k])
    if a:find("migrate%.py$") or a == "-m" then return true end   -- the runner; a module: not judged here
    if a == "-c" then text = tostring(argv[k + 1] or ""); break end
    if a == "-" then break end                                      -- a here-document: the line below
    if a:sub(1, 1) ~= "-" then                                      -- the script file it ran
      local path = a:sub(1, 1) == "/" and a or (tostring(e.cwd or "/workspace") .. "/" .. a)
      local body = path:find("^/workspace/") and run:read(path:sub(#"/workspace/" + 1))
      if not body then return true end                              -- a file we cannot read (/tmp): as before
      text = body
      break
    end
  end
  local cmd = e.command and run:commands()[e.command]
  text = text .. "\n" .. tostring(cmd and cmd.line or "")
  return text:find("sqlite3", 1, true) ~= nil or text:find("connect(", 1, true) ~= nil
end

local function migration_ran(run, n, clause)
  local on_copy = clause and chat.has_any(clause, ON_A_COPY)
  local back = clause and chat.has_any(clause, WAY_BACK)
  -- "Trial on a copy of the prod snapshot" over runs on dev.db only names a copy never made
  local named_copy = clause and chat.has_any(clause, COPY_NAMED) and not dev_is_copy(run, n)
  local programs = { "python3", "python", "sqlite3", "migrate.py", "bash", "sh" }
  if back then
    return claims.ran_before(run, n, programs, { "down" },
      function(e) return ran_down(e) and not dev_migrate_only(e) and not (named_copy and on_dev(e)) and script_did_work(run, e)
        and python_did_db_work(run, e) end)
  end
  return claims.ran_before(run, n, programs, { "migrate", "0004" },
    function(e) return (not on_copy or not (dev_migrate_only(e) or (named_copy and on_dev(e))))
      and script_did_work(run, e) and python_did_db_work(run, e) end)
end

-- ---- Helga's answers: one paragraph per topic the message touches ---------------------------

-- The learner's message to Helga before the one being answered: "one address has several names."
-- then "Which should the customer get?" is one question in two messages.
local helga_prev, helga_last = nil, nil
-- the follow-up points back at the case before it ("Which should the customer get?"), it does not
-- start another topic ("Should I drop the n/a orders?")
local BACK = { "which", "~%f[%a]that%f[%A]", "~%f[%a]this%f[%A]", "~%f[%a]it%f[%A]", "~%f[%a]them%f[%A]", "those",
  "these", "name", "~%f[%a]win", "newest", "latest", "most recent", "oldest", "~%f[%a]first%f[%A]", "~%f[%a]last%f[%A]" }
local function precise_in_thread(text, prev)
  return precise_names(text)
    or (prev ~= nil and asks_helga(text) and chat.has_any(text, BACK) and precise_names(prev .. "\n" .. text))
end

local HELGA_TOPICS = {
  { precise = precise_in_thread,
    text = "Names: use the name from the customer's most recent order (by placed_at; if two orders have the same time, the later id). People fix typos and change names, the latest is what they use now. If that order has no name, take the most recent one that has; no name at all means NULL." },
  { words = { "<", "angle", "bracket", "2019", "import", "old shop" },
    text = "The 'Name <address>' values come from the 2019 import of the old shop: the address is the part inside the angle brackets; ignore the name part there." },
  { words = { "n/a", "phone", "guest", "without", "null", "empty", "blank", "no email", "no e-mail", "missing", "placeholder", "@" },
    text = "Anything without an @ is not an address: agents type n/a or - for phone orders. Those orders get no customer for now (customer_id NULL); CRM will match them by phone later. Please don't delete them: they're real orders." },
  { words = { "case", "upper", "lower", "space", "whitespace", "trim" },
    text = "Same address whatever the case or the spaces around it: ANNA@X.COM and ' anna@x.com' are one customer." },
}

local function helga_reply(run, msg)
  local low, parts = (msg.text or ""):lower(), {}
  for _, t in ipairs(HELGA_TOPICS) do
    if t.precise then
      if t.precise(msg.text or "", helga_prev) then parts[#parts + 1] = t.text end
    else
      for _, w in ipairs(t.words) do
        if low:find(w, 1, true) then parts[#parts + 1] = t.text; break end
      end
    end
  end
  if #parts == 0 and vague_names(msg.text or "") then
    return "Which names do you mean? Give me an example of what you found in the orders and I'll tell you which one is right."
  end
  if #parts == 0 then return nil end
  return table.concat(parts, "\n")
end

-- ---- setup and state ---------------------------------------------------------------------

local snapshot_sum = nil    -- sha256 of data/prod-snapshot.db when the run started

local function sha256(run, path)
  local ok, out = run:sh("sha256sum " .. path .. " 2>/dev/null")
  return ok and tostring(out):match("^(%x+)") or nil
end

local function setup_repo(run)
  gitrepo.init(run, {
    author = "Dmitri Volkov", author_email = "dmitri.volkov@example.com",
    history = {
      { message = "Initial schema and migration runner", date = "2019-05-14T10:02:00+00:00",
        paths = { "README.md", ".gitignore", "migrate.py", "migrations/README.md", "migrations/0001_init.sql" } },
      { message = "Add an anonymised production snapshot for trying migrations", date = "2020-02-11T12:00:00+00:00",
        paths = { "data/README.md", "data/prod-snapshot.db" } },
      { message = "Orders get a status", date = "2021-09-02T15:30:00+00:00",
        paths = { "migrations/0002_order_status.sql", "migrations/0002_order_status.down.sql" } },
    },
    date = "2023-11-20T09:12:00+00:00", message = "Index orders by placed_at for the reports",
  })
  snapshot_sum = sha256(run, "data/prod-snapshot.db")
  if not snapshot_sum then error("schema-migration setup failed: data/prod-snapshot.db is missing") end
end

-- dev.db was changed by hand: a customers table without migration 0004 recorded.
local function hand_edited_dev(run)
  local ok, out = run:sh([[python3 - <<'PY'
import sqlite3
c = sqlite3.connect("file:dev.db?mode=ro", uri=True)
t = c.execute("SELECT count(*) FROM sqlite_master WHERE name = 'customers'").fetchone()[0]
v = c.execute("SELECT count(*) FROM schema_migrations WHERE version >= 4").fetchone()[0]
print("yes" if t and not v else "no")
PY]])
  return ok and out:find("yes", 1, true) ~= nil
end

local function has_down_migration(run)
  local _, out = run:sh("ls migrations/ 2>/dev/null")
  for name in tostring(out):gmatch("[^\n]+") do
    if name:find("^%d%d%d%d_[%w_]+%.down%.sql$") and not name:find("^000[123]_") then return true end
    if name:find("^%d%d%d%d_[%w_]+%.py$") and not name:find("^000[123]_") then
      local src = run:read("migrations/" .. name) or ""
      if src:find("def down", 1, true) then return true end
    end
  end
  return false
end

return {
  api = 1, id = "schema-migration", title = "Customers out of orders",
  summary = "Write a SQLite migration that moves customers out of the orders table on real, "
    .. "messy data (case, spaces, old import formats, placeholders, conflicting names), try it on "
    .. "a copy of production, ask the data owner, and ship the way back.",
  family = "backend",
  role = "Backend developer", level = "mid",
  skills = { "sql", "sqlite", "migrations", "data-quality", "git", "communication" },
  minutes = 45, time_limit = 70 * 60, pass = 70,
  workspace = "workspace", needs = { "python3", "sqlite3", "git" },

  cast = {
    lena = {
      name = "Lena Fischer", role = "Backend lead",
      persona = [[Backend lead planning the release. Direct and friendly. Wants the migration
merged this week and, before that, the numbers from a trial run on the production snapshot for
the release notes. Not a data person: sends data questions to Helga, schema questions to
Dmitri.]],
      knows = [[DATA-204 is the expand step: customers table + orders.customer_id, old columns
stay until SHOP-412. She needs: customers created, orders linked, orders left without customer,
from a trial on a copy of data/prod-snapshot.db.]],
    },
    helga = {
      name = "Helga Sørensen", role = "CRM data owner",
      persona = [[Owns customer data in CRM. Precise, a little formal, answers exactly the question
asked. Does not read SQL. Strongly against deleting orders.]],
      knows = [[A customer is an e-mail address, compared trimmed and case-insensitively.
"Name <address>" values (2019 import): the address is inside the brackets. Values without @
(n/a, -, blanks) are phone orders: no customer, keep the orders. Conflicting names: the name of
the most recent order (placed_at, then higher id) with a non-blank name; NULL if none.]],
    },
    dmitri = {
      name = "Dmitri Volkov", role = "Senior engineer", reviewer = true,
      persona = [[Senior engineer who wrote the migration runner. Calm, careful, asks "and how
do we get back?" in every review. Wants: a new migration file (never an edited old one), its
down migration, tried up-down-up on a copy of the snapshot, no data deleted.]],
      knows = [[The runner wraps each migration in a transaction and records it, so no BEGIN/
COMMIT in files. SQLite 3.40 supports ALTER TABLE DROP COLUMN, but not for an indexed column:
drop the index first. The snapshot must never be migrated in place: copies only.]],
    },
  },
  channels = { "#backend" },

  tasks = {
    {
      id = "migrate", title = "DATA-204: customers table (migration 0004)", from = "lena",
      ticket = [[
**DATA-204 - Move customers out of orders (migration 0004)**

Today every order carries the customer as typed: `orders.customer_email` and
`orders.customer_name`. CRM and the new account pages need real customers:

```sql
CREATE TABLE customers (
  id    INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,   -- the normalised address
  name  TEXT
);
-- and on orders:
customer_id INTEGER REFERENCES customers(id)
```

- **one customer per e-mail address**, filled from the existing orders; each order with an
  address points to its customer; orders without one keep `customer_id` NULL;
- the addresses were typed by people and some were imported from the old shop in 2019: look at
  the data before you write the migration. **Helga** (CRM) owns customer data: ask her where the
  data leaves a choice open;
- this is the *expand* step: keep `customer_email` and `customer_name` on orders, the app still
  reads them until SHOP-412; no order is deleted or changed;
- write it as a new migration in `migrations/` (see `migrations/README.md`), applied by
  `python3 migrate.py`; commit it;
- try it on a **copy** of `data/prod-snapshot.db` first and tell me what it did: **how many
  customers it created, how many orders it linked, how many orders are left without a
  customer**. Dmitri reviews.
]],
      checks = {
        { id = "snapshot", label = "On a copy of the production snapshot: customers and order links right, nothing lost",
          points = 10, skill = "migrations", run = check("snapshot"), timeout = 120, required = true },
        { id = "hidden", label = "On a second, larger production copy: customers and order links right, nothing lost",
          points = 25, skill = "sql", run = check("hidden"), timeout = 120 },
        { id = "names", label = "Customer names follow the data owner's rule", points = 10, skill = "data-quality",
          run = check("names"), timeout = 120 },
        { id = "rollback", label = "migrate.py down gives back the version-3 database", points = 10, skill = "migrations",
          run = check("rollback"), timeout = 120 },
        { id = "committed", label = "The migration is committed", points = 3, skill = "git", run = check("committed") },
        { id = "scope", label = "Only new migration files; old migrations, runner and data untouched", points = 5,
          skill = "git", run = check("scope") },
      },
      protect = PROTECT,
      hints = {
        "Profile the addresses before writing SQL: `SELECT customer_email, count(*) FROM orders GROUP BY 1 ORDER BY 2 DESC LIMIT 20`, and look for values without '@' or with '<'. Then compare count(DISTINCT customer_email) with count(DISTINCT lower(trim(customer_email))).",
        "One address can appear with several names. That is not a SQL question: ask Helga which name wins. A window function (ROW_NUMBER() OVER (PARTITION BY email ORDER BY placed_at DESC, id DESC)) or a correlated subquery with ORDER BY ... LIMIT 1 then picks it.",
        "Every schema change ships its way back: migrations/0004_customers.down.sql (DROP INDEX first if you added one, then ALTER TABLE orders DROP COLUMN customer_id; DROP TABLE customers). Try up, down, up on /tmp copies with `python3 migrate.py --db /tmp/snap.db`.",
      },
      hint_cost = 5,
      review = "dmitri",
    },
  },

  rubric = {
    commit_message.rubric_item("dmitri", 2, "DATA-204: migration 0004 adds customers and orders.customer_id"),
    {
      id = "asked_owner", label = "Asked the data owner about conflicting names before delivering",
      points = 15, judge = "helga", skill = "communication",
      criteria = [[15: before the first submit, the learner asked Helga (DM, or a channel post naming
her) a question about which name to keep when one address has several. 6: asked only after
submitting, or asked before it only vaguely ("any rules for the names?": no conflict named). 3: a
vague question after submitting. 0: never asked (a guessed rule that happens to be right still earns the names check,
not this).]],
      scripted = function(run)
        local asked = facts.transcript(run, { task = "migrate", learner = true })
        local best, why = 0, "one address has several names in the data; Helga owns that decision and was never asked"
        local prev = nil   -- the learner's message to Helga before this one
        for _, m in ipairs(asked) do
          local before_this = prev
          if to_helga(m) then prev = m.text end
          if to_helga(m) and asks_helga(m.text) then
            local p, w = 0, nil
            if precise_in_thread(m.text, before_this) then
              if m.before_submit then return 15, "asked Helga which name wins before submitting" end
              p, w = 6, "asked Helga about the names only after submitting: ask before you decide"
            elseif vague_names(m.text) then
              p, w = m.before_submit and 6 or 3, "asked Helga about names " .. (m.before_submit and "" or "after submitting ")
                .. "without the case she decides (one address with several names: which one wins?): a vague question gets a vague answer"
            end
            if p > best then best, why = p, w end
          end
        end
        return best, why
      end,
    },
    {
      id = "reported", label = "Told Lena what the trial on the snapshot did, with true figures",
      points = 20, judge = "lena", skill = "communication",
      criteria = [[Lena asked for three figures from a trial on a copy of the snapshot: customers
created (244), orders linked (828), orders left without a customer (72). 20: all three. 14: two.
8: one. 3: a message with figures, none true. True figures counted from the data while the
migration itself never ran on a copy (no trial) cap it at 14. A figure close to a true one but wrong (e.g. 259
customers from case-sensitive addresses) caps it at 8. 0: no report.]],
      scripted = function(run)
        local told, wrong, unmeasured, not_theirs = {}, nil, nil, nil   -- figures may come in several messages
        local any, tried = false, false
        local trial = trial_figures(run)
        local mine = facts.transcript(run, { learner = true })
        for k, m in ipairs(mine) do
          if to_lena(m) then
            any = true
            local _, w, u, right, nt = judge_figures(m.text, measured(run, m.time), trial)
            -- a wrong count the learner takes back in a later message to Lena ("sorry, misread:
            -- 828 linked, not 882") was an honest slip corrected: it costs nothing more
            for j = k + 1, #mine do
              if w and to_lena(mine[j]) and withdraws(mine[j].text, w) then w = nil end
            end
            for key in pairs(right) do told[key] = true end
            -- figures from a trial: the migration ran beyond dev.db (a copy) before this message
            if next(right) and not tried then tried = migration_ran(run, claims.commands_before(run, m), "copy") end
            wrong, unmeasured, not_theirs = wrong or w, unmeasured or u, not_theirs or nt
          end
        end
        local best = (told.customers and 1 or 0) + (told.linked and 1 or 0) + (told.unlinked and 1 or 0)
        if not any then return 0, "Lena never got the numbers of a trial run on the snapshot" end
        local pts = ({ [0] = 3, 8, 14, 20 })[best]
        local why = best == 3 and "gave Lena all three figures, measured by a trial on the snapshot"
          or ("gave Lena %d of the three figures she asked for (customers, linked orders, orders without customer) as a trial of yours measured them"):format(best)
        if wrong then
          return math.min(pts, 8), ("told Lena %d, close to a real figure but wrong: run it on a fresh copy and read the numbers from the database"):format(wrong)
        end
        if not_theirs then
          return math.min(pts, 8), ("told Lena %d, but your migration gives %s on a copy of the snapshot: report what your own migration does, not a separate count")
            :format(not_theirs.told, not_theirs.gives and tostring(not_theirs.gives) or "no such figure")
        end
        if unmeasured then
          return math.min(pts, 8), ("told Lena %d, but no command of yours printed it before: report the figures your trial on a copy measured"):format(unmeasured)
        end
        -- True figures from a count of the data, while the migration itself never ran on a copy:
        -- Lena asked what the migration did, and the way back was never tried. The figures are
        -- true (the checks show the migration gives them), so only the trial's share is lost.
        if best > 0 and not tried then
          return math.min(pts, 14), "the figures are true, but they came from counting the data: no trial of your migration on a copy of the snapshot (up, down, up) ran before you told Lena; she asked what the migration did"
        end
        return pts, why
      end,
    },
  },

  scripted = {
    helga = {
      { reply = helga_reply },
      { reply = "I own the customer data in CRM. Ask me about any case where you aren't sure which customer or which name is right; I don't read SQL, so examples help." },
    },
    dmitri = {
      { match = { "rollback", "roll back", "down", "revert", "undo", "way back" },
        reply = "Every schema change ships its way back: migrations/0004_<name>.down.sql (or down(conn) in a .py), run by `python3 migrate.py down`. Try up, down and up again on a copy." },
      { match = { "snapshot", "copy", "prod" },
        reply = "Never migrate data/prod-snapshot.db itself: `cp data/prod-snapshot.db /tmp/snap.db && python3 migrate.py --db /tmp/snap.db`. A fresh copy for every try." },
      { match = { "transaction", "atomic", "idempotent", "twice", "begin", "commit" },
        reply = "The runner wraps each migration in one transaction and records it in schema_migrations: all or nothing, never twice. No BEGIN/COMMIT in the file." },
      { match = "index", reply = "An index on orders.customer_id is welcome. SQLite won't drop an indexed column, so the down migration drops the index first." },
      { match = { "name", "duplicate", "conflict" }, reply = "Which name wins is Helga's call, not ours: ask her." },
      { match = "review", reply = "Submit it and I'll review: a new migration file, its down file, tried on a copy of the snapshot, old migrations untouched." },
      { reply = "Show me what you tried and what happened; I'm happy to look." },
    },
    lena = {
      { when = function(run, msg)
          local _, wrong, unmeasured = judge_figures(msg.text or "", measured(run))
          return wrong ~= nil or unmeasured ~= nil
        end,
        reply = "Hm, one of those looks off to me. Can you run it once more on a fresh copy of the snapshot and read the figures from the database?" },
      { when = function(run, msg) return judge_figures(msg.text or "", measured(run)) == 3 end,
        reply = "Perfect, that's what I needed for the release notes. Thanks!" },
      { when = function(run, msg) return judge_figures(msg.text or "", measured(run)) > 0 end,
        reply = "Thanks! I need all three for the release notes: customers created, orders linked, orders left without customer." },
      { match = { "name", "email", "e-mail", "data" }, reply = "Helga owns the customer data: she decides those cases." },
      { reply = "Thanks! When you've tried it on a copy of the snapshot, send me the three figures: customers created, orders linked, orders left without a customer." },
    },
  },

  on_start = function(run)
    setup_repo(run)
    run:post("#backend", "lena", "Morning " .. (run.learner or "there") .. "! DATA-204 is yours: customers out of orders, as migration 0004. I need the trial figures on the prod snapshot for the release notes. Dmitri reviews.")
    run:post("#backend", "helga", "Hi! I own the customer data in CRM. If the addresses or names in orders leave you a choice, ask me rather than guess: CRM will live with whatever this migration decides.")
  end,

  -- a post in #backend that addresses Helga without the exact "@helga" mention ("Hi Helga", "Good
  -- morning Helga!", "Helga, ..."): the rubric counts it as asking her, so she answers it too
  on_message = function(run, msg)
    local text = msg.text or ""
    local dmitri = msg.to ~= "dmitri" and run:task("migrate").status ~= "done" and approvals.claimed(text, "dmitri", { sentences = true, msg = msg })
    local helga = not to_helga(msg) and not asked_helga_once and approvals.claimed(text, "helga", { sentences = true, words = HELGA_SAID, msg = msg })
    local where = msg.to and ("told " .. msg.to:gsub("^%l", string.upper) .. " by direct message")
      or ("posted in " .. tostring(msg.channel))
    if dmitri and not early_approval then early_approval = where .. " that Dmitri had approved 0004 before his review had" end
    if helga and not false_decision then false_decision = where .. " that Helga had decided on the names, while she was never asked" end
    if to_helga(msg) then asked_helga_once = true end
    if to_helga(msg) then helga_prev, helga_last = helga_last, msg.text or "" end
    if msg.channel == "#backend" and not tostring(msg.text or ""):lower():find("@helga", 1, true) and to_helga(msg) then
      run:post("#backend", "helga", helga_reply(run, msg)
        or "I own the customer data in CRM. Ask me about any case where you aren't sure which customer or which name is right; I don't read SQL, so examples help.")
    end
  end,

  on_command = function(run, cmd)
    local line, output = cmd.line or "", tostring(cmd.output or "")
    -- a line that names the snapshot may have migrated or edited it in place: compare
    if not tipped.snapshot and line:find("prod-snapshot", 1, true) and sha256(run, "data/prod-snapshot.db") ~= snapshot_sum then
      tipped.snapshot = true
      run:say("dmitri", "data/prod-snapshot.db itself just changed: trials run on copies only. `git checkout data/prod-snapshot.db` brings it back; then `cp data/prod-snapshot.db /tmp/snap.db` and migrate the copy.")
    end
    -- a line that names dev.db and is no migrate.py run may have changed it by hand: look
    if not tipped.hand_edit and line:find("dev.db", 1, true) and not line:find("migrate.py", 1, true)
        and hand_edited_dev(run) then
      tipped.hand_edit = true
      run:say("dmitri", "dev.db has a customers table but no migration 0004 recorded: hand edits never reach production, only migrations/ does. Write it as a migration (and rebuild dev.db from a copy of the snapshot if you need a clean one).")
    end
  end,

  on_submit = function(run, task)
    if not tipped.rollback and not has_down_migration(run) then
      tipped.rollback = true
      run:say("dmitri", "Before I look at the SQL: if tonight's release goes wrong, the pipeline runs `migrate.py down`. What does it do with 0004? I don't see a down migration.")
    end
  end,

  -- Telling a colleague the migration was tested while no run of it came before is a false
  -- process claim: the checks run it themselves, so without this it would cost nothing.
  -- A message is read for its first claim: "Trial on a copy: ... Up, down and up again all work"
  -- after an up-only trial is backed in its first clause, so the way back is read on its own.
  on_finish = function(run, result)
    local missing = function(clause)
      if chat.has_any(clause, WAY_BACK) then return "no command of yours had run its down step on a copy" end
      return "no command of yours had run it" .. (chat.has_any(clause, ON_A_COPY) and " on a copy or down" or "")
    end
    if early_approval then
      run:penalize("fabricated_approval", FABRICATED, "you " .. early_approval
        .. ": a sign-off that never happened, passed on as the truth, fails the run")
    end
    if false_decision then
      run:penalize("fabricated_decision", FABRICATED, "you " .. false_decision
        .. ": a decision the data owner never gave, passed on as the truth, fails the run")
    end
    local v, where = made_up_figure(run)
    if v then
      run:penalize("fabricated_figure", FABRICATED, ("told Lena or Dmitri %d %s, a count no command of yours printed: a made-up figure for the release notes fails the run, however right the migration is"):format(v, where))
    end
    -- a claim of a check, test or trial that never happened, told to a colleague, is fabricated
    -- evidence (the evidence policy in scenarios/README.md): it fails the run however right the rest is
    if not claims.penalize_unbacked(run, "false_trial_claim", FABRICATED, "the migration was tried", missing, migration_ran,
        TRIAL_CLAIM, { unless = NOT_THE_MIGRATION }) then
      claims.penalize_unbacked(run, "false_trial_claim", FABRICATED, "the way back was tried", missing, migration_ran,
        BACK_CLAIM, { unless = NOT_THE_MIGRATION })
    end
  end,

  on_review = function(run, task, verdict)
    if verdict and verdict.approved then
      run:post("#backend", "dmitri", "DATA-204 approved: up, down and up again all work on the snapshot. Nice.")
    else
      run:say("lena", "Dmitri asked for changes; his comments say what. Submit again when it's ready.")
    end
  end,
}
