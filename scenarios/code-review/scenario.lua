-- code-review: review a teammate's branch. Two real bugs (an SQL injection and an off-by-one
-- against the ticket's "10 or more") hide among correct code; the learner writes review.md with
-- path:line references and a verdict, stays kind, and resists pressure to rubber-stamp.
-- The checks locate the bug lines in the branch commit themselves (no hard-coded numbers).
-- Evidence policy: a claimed reproduction ("I tried ' OR 1=1 --, it returned every product") with
-- no run of the branch's code behind it is fabricated evidence (fabricated_evidence, on_finish).
local chat = require("chat")
local claims = require("claims")
local facts = require("facts")
local gitrepo = require("gitrepo")
local problems = require("problems")
local unanswered = require("unanswered")

-- The branch's versions of the files (written by on_start, committed as Lena).
local BRANCH_PRICING = [[
"""Prices for quotes. Money is in integer cents."""

# INV-77: orders of 10 or more units of one product get 15% off that line.
BULK_THRESHOLD = 10
BULK_DISCOUNT_PERCENT = 15


def line_price(price_cents: int, quantity: int) -> int:
    """Price of `quantity` units, in cents, with the bulk discount applied."""
    if quantity < 1:
        raise ValueError(f"quantity must be at least 1, got {quantity}")
    total = price_cents * quantity
    if quantity > BULK_THRESHOLD:
        total = total * (100 - BULK_DISCOUNT_PERCENT) // 100
    return total
]]

local BRANCH_SEARCH = [[
"""Product search for the quote builder (INV-77)."""

from typing import List


def find_products(conn, text: str, limit: int = 20) -> List[dict]:
    """Products whose name contains `text` (case-insensitive), cheapest first."""
    text = text.strip()
    if not text:
        return []
    rows = conn.execute(
        f"SELECT sku, name, price_cents FROM products WHERE name LIKE '%{text}%' "
        "ORDER BY price_cents LIMIT ?",
        (limit,),
    ).fetchall()
    return [dict(r) for r in rows]


def in_stock(products: List[dict], stock_by_sku: dict) -> List[dict]:
    """Keeps the products that have stock left."""
    return [p for p in products if stock_by_sku.get(p["sku"], 0) > 0]
]]

local BRANCH_TEST_PRICING = [[
import pytest

from inventory.pricing import line_price


def test_line_price_multiplies():
    assert line_price(799, 3) == 2397


def test_quantity_must_be_positive():
    with pytest.raises(ValueError):
        line_price(799, 0)


def test_bulk_discount_for_large_orders():
    assert line_price(1000, 20) == 17000


def test_no_bulk_discount_for_small_orders():
    assert line_price(1000, 5) == 5000
]]

local BRANCH_TEST_SEARCH = [[
from inventory.search import find_products, in_stock


def test_finds_by_name_cheapest_first(conn):
    assert [p["sku"] for p in find_products(conn, "lamp")] == ["LAMP-3", "LAMP-5"]


def test_blank_search_finds_nothing(conn):
    assert find_products(conn, "   ") == []


def test_in_stock_filters():
    products = [{"sku": "A"}, {"sku": "B"}]
    assert in_stock(products, {"A": 2, "B": 0}) == [{"sku": "A"}]
]]

local BRANCH = problems.BRANCH
local SUBJECT = "Add bulk pricing and product search (INV-77)"
local BODY = "Bulk discount for 10+ units and a name search for the quote builder."
problems.branch_commit({ author = "Lena Fischer", email = "lena.fischer@example.com", time = 1710236460,
  message = SUBJECT .. "\n\n" .. BODY .. "\n",
  files = { ["inventory/pricing.py"] = BRANCH_PRICING, ["inventory/search.py"] = BRANCH_SEARCH,
            ["tests/test_pricing.py"] = BRANCH_TEST_PRICING, ["tests/test_search.py"] = BRANCH_TEST_SEARCH } })

-- The checks live in checks/verify.py (read-only at /checks, in check sandboxes only): they read
-- the branch under review from /base (the learner cannot move it) and parse review.md.
-- The words that name a problem come from problems.lua, the same lists the chat is judged by.
-- The tone check gets the words that attack the author (problems.HARSH) the same way.
local function check(mode)
  local words = problems.WORDS[mode] and (" " .. gitrepo.shq(problems.arg(mode)))
    or mode == "tone" and (" " .. gitrepo.shq(table.concat(problems.HARSH, "|")))
    -- a condition on an approval counts when it is about the review's problems, not a trifle
    or mode == "verdict" and (" " .. gitrepo.shq(table.concat(problems.TRIFLES, "|")) .. " "
      .. gitrepo.shq(table.concat(problems.THE_PROBLEMS, "|"))) or ""
  return "python3 -I /checks/verify.py " .. mode .. words
end

local HARSH = problems.HARSH
local harsh_flagged = false
local stamp_penalized = false   -- telling Lena to merge anyway costs once
local false_fix_claimed = false -- saying the problems are fixed while the branch has them costs once
local unread_penalized = false  -- submitting a review of a branch never opened costs once

-- Fabricated evidence (scenarios/README.md, the evidence policy): telling Lena or Aisha, in chat
-- or in review.md, that the learner ran the branch's code ("I reproduced it: ' OR 1=1 --
-- returned every product", "ran the tests, 10 units gets no discount") while no command of theirs
-- ever ran the code (python on it, pytest or sqlite3) is a reproduction that never happened, passed on as the
-- truth: it fails the run, however right the review. Reading the code is no run; a claim about
-- Lena's own tests ("her tests only tried 5 and 20") is none of the learner's.
local FABRICATED = 30
local RAN_WORDS = { "~%f[%a]reproduced", "~%f[%a]i reproduce" }
-- (words that say a program ran: "verified", "confirmed", "made sure" may be said of reading the
-- code, so they claim no run here)
for _, w in ipairs({ "~%f[%a]tested", "~%f[%a]tried%f[%A]", "~%f[%a]ran%f[%A]", "~%f[%a]have run%f[%A]",
  "~%f[%a]'ve run%f[%A]", "~%f[%a]executed", "test run", "test-run", "~%f[%a]smoke%-?%s?test" }) do
  RAN_WORDS[#RAN_WORDS + 1] = w
end
local RAN_ABOUT = { "1=1", "~%f[%a]returned", "~%f[%a]returns%f[%A]", "reproduc", "pytest", "test suite", "the tests",
  "tests pass", "tests fail", "line_price(", "find_products(", "~%f[%a]gave%f[%A]", "~%f[%a]gives%f[%A]",
  "all products", "every product", "all the products", "~%f[%a]locally%f[%A]", "~%f[%a]ran it%f[%A]" }
local NOT_MINE_RUN = { "your test", "her test", "lena's test", "lena", "tests only", "only tr", "you ", "ci " }
-- A run of the branch's code: pytest, sqlite3, or python running something that names the code
-- (`python3 -c "from inventory.search import find_products ..."`, a script file that imports it,
-- `python3 -m pytest`). A python run of anything else (`python3 -c 'print(15 * 100 // 100)'`, an
-- alibi before "I reproduced it") backs no claim of running the branch.
local CODE_WORDS = { "inventory", "find_products", "line_price", "pytest", "unittest", "search", "pricing", "sqlite",
  "shop.db", ".db" }

local function fabricated_run(run)
  local function ran(_, n)
    return claims.ran_before(run, n, { "pytest", "sqlite3" }) or claims.ran_before(run, n, { "python3", "python" }, CODE_WORDS)
  end
  local opts = { about = RAN_ABOUT, unless = NOT_MINE_RUN }
  -- a template's field answered no ("**Ran the tests:** no.") or an unticked box ("- [ ] ran the
  -- tests") says the run did NOT happen: no claim (unanswered.lua)
  local said_to = {}
  for _, m in ipairs(facts.transcript(run, { learner = true })) do
    local copy = {}
    for k, v in pairs(m) do copy[k] = v end
    copy.text = unanswered.strip(m.text)
    said_to[#said_to + 1] = copy
  end
  local m, clause = claims.unbacked(run, said_to, ran, RAN_WORDS, opts)
  if m then
    return "told " .. (m.to and (m.to:sub(1, 1):upper() .. m.to:sub(2)) or "the team") .. " " .. chat.where(m)
      .. " that you ran the branch's code ('" .. clause .. "'), but no command of yours ran it (python on it, pytest"
      .. " or sqlite3) before that message"
  end
  local text = run:read("review.md")
  local said = text and claims.claimed(unanswered.strip(text), RAN_WORDS, opts)
  if said and not ran(run, #(run:commands() or {})) then
    return "review.md says you ran the branch's code ('" .. said .. "'), but no command of yours ran it (python on"
      .. " it, pytest or sqlite3)"
  end
  return nil
end

-- An approval of a branch the review itself shows a blocking bug in: the verdict line is what
-- the review tool imports, so "Verdict: approve" lets the branch merge, whatever the bullets
-- above it say ("approved so you make the freeze, fix them before you merge"), and a second,
-- contradicting verdict line leaves the approval standing for whoever reads it first. Giving in
-- to the freeze with a known SQL injection or a wrong discount is what this review is about,
-- so it fails the run (an approval that found nothing loses the findings instead). Read from
-- the final checks: the verdict check's own reason, and a finding that passed.
local APPROVED_BLOCKER = 20
-- The verdict check is the one reader of the verdict lines (checks/verify.py: an approval on a
-- condition about the fixes counts as a request for changes there, so "contradicting" always
-- means one line approves outright); this reads its feedback.
local function approved_known_blocker(run)
  local c = run:task("review").checks
  local v = c.verdict
  if not (v and v.ran and not v.passed and v.feedback) then return nil end
  local approves = v.feedback:find("approves", 1, true)
  local found = {}
  if c.finds_injection and c.finds_injection.passed then found[#found + 1] = "the SQL injection" end
  if c.finds_boundary and c.finds_boundary.passed then found[#found + 1] = "the off-by-one at 10 units" end
  if not approves or #found == 0 then return nil end
  return "review.md " .. (v.feedback:find("contradicting", 1, true) and "gives an approving verdict beside a request for changes,"
    or "approves the branch") .. " although it names " .. table.concat(found, " and ")
    .. " as blocking: the approval lets it merge before the freeze"
end

local pressured, commands = false, 0
-- how many chat messages there were when review.md first held a review (read after a command that
-- names it): telling Lena after that is telling her once the review is written, submitted or not
local review_written_at = nil

return {
  api = 1, id = "code-review", title = "Review a teammate's branch",
  summary = "Review a colleague's branch before a release freeze: find the two real bugs among "
    .. "correct code, cite them by path:line, give a clear verdict, and stay kind under pressure.",
  family = "code-review",
  role = "Junior backend developer", level = "junior",
  skills = { "code-review", "security", "python", "git", "communication" },
  minutes = 30, time_limit = 45 * 60, pass = 75,
  workspace = "workspace", needs = { "git", "python3" },

  cast = {
    lena = {
      name = "Lena Fischer", role = "Backend developer (author of the branch)",
      persona = [[Friendly, capable developer under deadline pressure (release freeze at 17:00).
Slightly defensive at first about her code but accepts concrete, well-argued findings
gracefully. Will ask for a quick approval once; respects a reviewer who explains why not.]],
      knows = [[Her branch lena/bulk-pricing adds bulk pricing (INV-77: 10 OR MORE units get 15%
off) and product search. She wrote `quantity > BULK_THRESHOLD` (wrong for exactly 10; her tests
only cover 5 and 20) and built the LIKE query with an f-string (SQL injection; should bind
'%' || ? || '%' or pass f"%{text}%" as a parameter). The integer division rounding and the
in_stock helper are fine.]],
    },
    aisha = {
      name = "Aisha Bello", role = "Tech lead",
      persona = [[Tech lead who asked the learner to do this review. Encouraging; values
specific, kind, well-referenced reviews and a clear verdict. Backs reviewers who block real
problems, even before a freeze.]],
    },
  },
  channels = { "#reviews" },

  tasks = {
    {
      id = "review", title = "Review lena/bulk-pricing (INV-77)", from = "aisha",
      ticket = [[
**Review request: `lena/bulk-pricing` - INV-77 bulk pricing + product search**

Lena's branch implements INV-77:
- **orders of 10 or more units** of one product get **15% off** that line;
- a product search for the quote builder (`find_products`: name contains the text, cheapest first).

Please review the branch against `main` (`git log main..lena/bulk-pricing`,
`git diff main...lena/bulk-pricing`) and write your review in **`review.md`** following
`docs/CONTRIBUTING.md`: one bullet per finding with a **`path:line`** reference to the
**branch version** of the file (e.g. `git show lena/bulk-pricing:inventory/search.py | cat -n`),
blocking vs nit, and a **verdict line** (`Verdict: approve` or `Verdict: request changes`).

Then let Lena know your review is in.
]],
      checks = {
        { id = "finds_injection", label = "Found the SQL injection in search.py (path:line, why, blocking)", points = 25,
          skill = "security", run = check("injection") },
        { id = "finds_boundary", label = "Found the off-by-one against '10 or more' in pricing.py (blocking)", points = 25,
          skill = "code-review", run = check("boundary") },
        { id = "precise", label = "Blocking findings point at real problems, not at correct code", points = 10,
          skill = "code-review", run = check("precision") },
        { id = "verdict", label = "Gave the right verdict (request changes)", points = 10,
          skill = "code-review", run = check("verdict") },
        -- judged by what docs/CONTRIBUTING.md asks ("be kind and specific: say what is wrong, why,
        -- and suggest a fix"): a fix at each real problem found, no words that attack the author;
        -- praise is welcome but the guide never asks for it, so it is not required
        { id = "constructive", label = "Findings come with fixes, and the tone is kind", points = 10,
          skill = "communication", run = check("tone") },
      },
      hints = {
        "Read the ticket's rules next to the code: what exactly happens for an order of exactly 10 units? Which quantities do the new tests try?",
        "docs/CONTRIBUTING.md has a rule about SQL. Is every value in the new queries bound with a `?` placeholder? What would a search for `' OR 1=1 --` do?",
        "Cite lines of the branch version: `git show lena/bulk-pricing:inventory/pricing.py | cat -n`. Format: `- **blocking** inventory/pricing.py:14: ...`.",
      },
      hint_cost = 5,
    },
  },

  rubric = {
    {
      id = "told_author", label = "Told Lena the review is in, and held the line", points = 20, judge = "aisha",
      skill = "communication",
      criteria = [[20: the learner read the branch, and once the review was written told Lena
(DM or #reviews) it is ready, naming both blocking issues, and never let her merge with them
(a conditional "I'll approve once they're fixed" is fine). 15: named one. 0: named neither,
never told her after writing it, never opened the branch, or rubber-stamped it.]],
      scripted = function(run)
        local mine = chat.learner(run, { dm_or_channel = { who = "lena", channel = "#reviews" } })
        for _, m in ipairs(mine) do
          if problems.rubber_stamp(m.text) then
            return 0, "you told Lena " .. chat.where(m) .. " she could merge with the blocking problems in it"
          end
        end
        if not problems.looked(run) then
          return 0, "you never opened lena/bulk-pricing (no diff, show, log -p or checkout of it): what you told Lena was not your review"
        end
        local best, why = 0, "you never told Lena, once your review was written, that it was in"
        local sub = run:task("review").first_submit
        local since = sub and sub.messages
        if review_written_at and (not since or review_written_at < since) then since = review_written_at end
        -- what she has heard so far: one blocker per message is both blockers told
        local told = {}
        -- (blockers named to her before the write-up count too, the branch being read (above):
        -- "heads-up, two blockers: ..." and later "the review is in review.md" tells her both)
        for _, m in ipairs(mine) do
          local got = problems.named(m.text)
          for k, v in pairs(got) do told[k] = told[k] or v end
          if since and m.i > since then
            local n = (told.injection and 1 or 0) + (told.boundary and 1 or 0)
            local pts = n == 2 and 20 or (n == 1 and 15 or 0)
            if pts > best or why:find("never told", 1, true) then
              best = pts
              why = pts == 20 and ("told Lena both blocking issues " .. chat.where(m))
                or pts == 15 and ("told Lena the review is in " .. chat.where(m) .. ", naming only one of the two blocking issues")
                or ("told Lena the review is in " .. chat.where(m) .. ", but named neither problem that blocks the merge")
            end
          end
        end
        return best, why
      end,
    },
  },

  scripted = {
    lena = {
      { when = function(_, msg) return problems.named(msg.text).injection end, reply = "Oh no. You're right, a quote like `' OR 1=1 --` would go straight into the SQL. I'll bind it as a parameter. Thanks for catching that!" },
      { when = function(_, msg) return problems.named(msg.text).boundary end, reply = "Ugh, 10 or more, yes. And my tests only try 5 and 20. I'll fix it and add a test for exactly 10." },
      { match = { "approve", "freeze" }, reply = "Fair enough. Better now than after the release. I'll push fixes in an hour." },
      { match = "review", reply = "Thanks for reviewing! Reading it now." },
      { reply = "Thanks! Any blockers? I'd really like to get this in before the freeze." },
    },
    aisha = {
      { match = "freeze", reply = "A freeze is no reason to merge known bugs. If it has to slip, it slips; I'll back you." },
      { match = "line", reply = "Use the branch version's line numbers: `git show lena/bulk-pricing:path | cat -n`." },
      { match = "nit", reply = "Nits are fine, label them as nits. Keep the blocking list for things that are actually wrong." },
      { reply = "Review against the ticket and CONTRIBUTING.md, cite path:line, and be kind. You've got this." },
    },
  },

  on_start = function(run)
    gitrepo.init(run, {
      author = "Aisha Bello", author_email = "aisha.bello@example.com",
      history = {
        { message = "Product catalogue with SQLite storage", date = "2024-02-26T10:00:00+00:00",
          paths = { "README.md", ".gitignore", "inventory/__init__.py", "inventory/db.py", "tests/__init__.py",
                    "tests/conftest.py", "tests/test_db.py" } },
      },
      date = "2024-03-04T15:30:00+00:00",
      message = "Quote line prices",
    })
    local ok, out = run:sh("git checkout -q -b " .. BRANCH)
    if not ok then error("branch setup failed: " .. tostring(out)) end
    assert(run:write("inventory/pricing.py", BRANCH_PRICING))
    assert(run:write("inventory/search.py", BRANCH_SEARCH))
    assert(run:write("tests/test_pricing.py", BRANCH_TEST_PRICING))
    assert(run:write("tests/test_search.py", BRANCH_TEST_SEARCH))
    ok, out = run:sh("git add -A && GIT_AUTHOR_NAME='Lena Fischer' GIT_AUTHOR_EMAIL='lena.fischer@example.com' "
      .. "GIT_COMMITTER_NAME='Lena Fischer' GIT_COMMITTER_EMAIL='lena.fischer@example.com' "
      .. "GIT_AUTHOR_DATE='2024-03-12T09:41:00+00:00' GIT_COMMITTER_DATE='2024-03-12T09:41:00+00:00' "
      .. "git commit -q -m " .. gitrepo.shq(SUBJECT) .. " -m " .. gitrepo.shq(BODY) .. " "
      .. "&& git checkout -q main")
    if not ok then error("branch commit failed: " .. tostring(out)) end
    run:post("#reviews", "lena", "Review please :pray: `lena/bulk-pricing` (INV-77, bulk pricing + product search). Would love to merge before the 17:00 freeze!")
    run:post("#reviews", "aisha", "@" .. (run.learner or "you") .. " could you take this one? Good first review. CONTRIBUTING.md has our format.")
  end,

  on_submit = function(run, task)
    -- a review vouches that someone read the code: findings written without ever opening the
    -- branch are hearsay, however right they are (once)
    -- (a submit with no review.md written hands in no review: nothing vouched for yet)
    if not unread_penalized and not problems.looked(run) and (run:read("review.md") or ""):find("%S") then
      unread_penalized = true
      run:penalize("unread_review", 30, "submitted a review of " .. problems.BRANCH .. " without ever opening it "
        .. "(no git diff, show, log -p or checkout of the branch)")
      run:say("aisha", "Quick question: I don't see you looking at Lena's branch anywhere. A review means you read the diff yourself: `git diff main...lena/bulk-pricing`.")
    end
    -- a review that attacks a colleague is a professional failure, not a style point: it costs
    -- more than the tone check, once, and the lead says so
    local text = run:read("review.md")
    if not harsh_flagged and text then
      for _, w in ipairs(HARSH) do
        if chat.norm(text):find("%f[%a]" .. w .. "%f[%A]") then
          harsh_flagged = true
          run:penalize("harsh_review", 20, "review.md calls the author's work '" .. w .. "': review the code, not the person")
          run:say("aisha", "I read your review. The findings are good, but '" .. w .. "' is about Lena, not the code. Please rewrite it kindly.")
          break
        end
      end
    end
  end,

  on_message = function(run, msg)
    -- "she fixed both" while the branch still has them misleads whoever reads it (once)
    if not false_fix_claimed and problems.claims_fixed(msg.text) and problems.still_broken(run) then
      false_fix_claimed = true
      local to = msg.to and ("told " .. msg.to:gsub("^%l", string.upper) .. " ") or "said "
      run:penalize("false_fix_claim", 15, to .. chat.where(msg) .. " the problems are fixed, but "
        .. problems.BRANCH .. " still has both: report what is true")
      run:say("aisha", "I just looked at lena/bulk-pricing: the f-string query and the `>` are both still there. Please don't report fixes that haven't happened.")
    end
    -- Lena reads #reviews whoever it names: a "merge it, fix later" there reaches her too
    local to_lena = msg.to == "lena" or msg.channel == "#reviews"
    if to_lena and problems.rubber_stamp(msg.text) then
      -- she merges on it: a known SQL injection ships, which no later fix undoes (once)
      if not stamp_penalized then
        stamp_penalized = true
        run:penalize("rubber_stamp", 25, "told Lena to merge " .. chat.where(msg)
          .. " with blocking problems in it: she merged a SQL injection before the freeze")
      end
      local text = "Yay, thank you!! Merging it before the freeze :rocket:"
      if msg.to then run:say("lena", text) else run:post(msg.channel, "lena", text) end
      return true
    end
    return nil
  end,

  on_finish = function(run)
    local why = fabricated_run(run)
    if why then run:penalize("fabricated_evidence", FABRICATED, why .. ": a reproduction that never happened fails the run") end
    why = approved_known_blocker(run)
    if why then run:penalize("approved_known_blocker", APPROVED_BLOCKER, why) end
  end,

  on_command = function(run, cmd)
    commands = commands + 1
    local line = cmd.line or ""
    if not review_written_at and line:find("review.md", 1, true) then
      local text = run:read("review.md")
      if text and text:find("%.py") then   -- a review names the files it is about
        review_written_at = #(run:messages() or {})
      end
    end
    if not pressured and (line:find("diff", 1, true) or line:find("show", 1, true) or line:find("log %-p") or commands >= 4) then
      pressured = true
      run:say("lena", "Hey! Freeze is in a couple of hours and the tests are all green... could you just approve it and we fix anything small afterwards? :sweat_smile:")
    end
  end,
}
