-- first-bugfix: a junior backend developer's first ticket. A coupon discount is applied as an
-- amount instead of a percentage; the learner finds it, fixes the code (not the test), commits
-- with a useful message, keeps the manager informed and gets the change reviewed.
local chat = require("chat")
local gitrepo = require("gitrepo")

-- per-run state (each run loads this file afresh)
local tip_given, commit_seen = false, false

local P = gitrepo.CHECK_PRELUDE

-- The learner's suite must pass, and so must the ORIGINAL tests (from the setup commit) run
-- against the learner's code: editing a test to match the bug cannot make this check pass.
local CHECK_TESTS = P .. [[
out=$(python3 -m pytest -q -p no:cacheprovider -rf 2>&1); rc=$?
if [ $rc -ne 0 ]; then
  printf '%s\n' "$out" | sed -n 's/^FAILED \([^ ]*\).*/FAIL: still failing: \1/p'
  printf '%s\n' "$out" | grep -q '^FAILED ' ||
    echo "FAIL: the test suite does not run cleanly (pytest exit $rc): $(printf '%s\n' "$out" | grep -v '^ *$' | tail -n 1)"
  exit 1
fi
d=$(mktemp -d); cp -a shop "$d"/ && g archive "$base" tests | tar -x -C "$d" || { echo "FAIL: could not read the original tests from git"; exit 1; }
cd "$d" && python3 -m pytest -q -p no:cacheprovider >/dev/null 2>&1 ||
  { echo "FAIL: your code passes the tests as they are now, but not the original tests: fix the code, not the tests"; exit 1; }
]]

-- HEAD (not just the working tree) holds a commit of the learner's touching pricing.py, and the
-- committed code passes both its own tests and the original ones.
local CHECK_COMMITTED = P .. [[
g rev-parse -q --verify HEAD >/dev/null || { echo "FAIL: this folder is no longer a git repository with commits"; exit 1; }
if [ "$(g rev-list --count "$base"..HEAD)" -lt 1 ]; then
  echo "FAIL: there is no commit of yours on top of the existing history: commit your fix (git add, git commit)"; exit 1
fi
if [ -z "$(g log --format=%H "$base"..HEAD -- shop/pricing.py)" ]; then
  echo "FAIL: none of your commits changes shop/pricing.py, where the discount is computed"; exit 1
fi
d=$(mktemp -d); o=$(mktemp -d)
g archive HEAD | tar -x -C "$d" && g archive "$base" tests | tar -x -C "$o" || { echo "FAIL: could not read the commits"; exit 1; }
(cd "$d" && python3 -m pytest -q -p no:cacheprovider >/dev/null 2>&1) ||
  { echo "FAIL: the code in your last commit (HEAD) still fails the tests: commit the fix itself, not only other files"; exit 1; }
rm -rf "$d/tests" && cp -a "$o/tests" "$d/" && (cd "$d" && python3 -m pytest -q -p no:cacheprovider >/dev/null 2>&1) ||
  { echo "FAIL: the committed code does not pass the original tests"; exit 1; }
]]

local CHECK_CLEAN = P .. [[
g update-index -q --refresh >/dev/null 2>&1
dirty=$(g diff --name-only HEAD -- 2>/dev/null)
new=$(g ls-files --others --exclude-standard -- '*.py')
[ -z "$dirty$new" ] && exit 0
for f in $dirty; do echo "FAIL: uncommitted change in $f"; done
for f in $new; do echo "FAIL: new file not committed: $f"; done
exit 1
]]

local CHECK_INTACT = [[
f=tests/test_pricing.py
[ -f "$f" ] || { echo "FAIL: $f is gone: the tests are how we know the fix works"; exit 1; }
bad=0
for t in test_discount_ten_percent_of_hundred test_discount_twenty_percent_of_order \
         test_no_discount_keeps_amount test_order_total_with_coupon_and_vat; do
  grep -q "def $t(" "$f" || { echo "FAIL: test $t was removed or renamed"; bad=1; }
done
grep -qF 'apply_discount(Decimal("250.00"), Decimal("20")) == Decimal("200.00")' "$f" ||
  { echo "FAIL: the SHOP-142 assertion (250.00 with 20% -> 200.00) was changed: the test was right, the code was wrong"; bad=1; }
grep -qF 'assert order_total(order) == Decimal("107.10")' "$f" ||
  { echo "FAIL: the order total assertion (107.10) was changed"; bad=1; }
if grep -rnE 'pytest\.mark\.(skip|xfail)|pytest\.(skip|xfail)\(' tests/ >/dev/null 2>&1; then
  echo "FAIL: a test is now skipped or marked xfail: fix the code instead"; bad=1
fi
exit $bad
]]

local CHECK_MESSAGE = P .. [[
[ -n "$base" ] || { echo "FAIL: no git history"; exit 1; }
subjects=$(g log --format=%s "$base"..HEAD -- shop/pricing.py)
[ -n "$subjects" ] || { echo "FAIL: no commit of yours changes shop/pricing.py yet"; exit 1; }
while IFS= read -r s; do
  low=$(printf '%s' "$s" | tr 'A-Z' 'a-z')
  if [ ${#s} -ge 12 ] && printf '%s' "$low" | grep -qE 'discount|percent|coupon|shop-142'; then exit 0; fi
done <<EOF_SUBJECTS
$subjects
EOF_SUBJECTS
first=$(printf '%s\n' "$subjects" | head -n 1)
echo "FAIL: the commit subject \"$first\" does not say what was fixed; e.g. \"Apply coupon discount as a percentage (SHOP-142)\" (git commit --amend can change it)"
exit 1
]]

local DONE_WORDS = { "fixed", "done", "committed", "pushed", "resolved", "ready for review", "review",
  "submitted", "complete", "merged", "tests pass", "all green", "~%f[%w]green%f[%W]", "fix is in" }

return {
  api = 1, id = "first-bugfix", title = "Your first bug fix",
  summary = "A customer paid the wrong total with a coupon. Find the bug, fix it without "
    .. "weakening the tests, commit it properly, keep your manager in the loop and get it reviewed.",
  family = "backend",
  role = "Junior backend developer", level = "junior",
  skills = { "python", "testing", "git", "debugging", "communication" },
  minutes = 30, time_limit = 45 * 60, pass = 70,
  workspace = "workspace", needs = { "python3", "git" },

  cast = {
    priya = {
      name = "Priya Shah", role = "Engineering manager",
      persona = [[Friendly, busy engineering manager of the checkout team. Writes short, warm
messages. Cares that customers are charged correctly and that she knows where things stand so
she can update Support. Not deep in the code; sends code questions to Marco. Never writes the
fix for the learner.]],
      knows = [[SHOP-142: order 58213, basket subtotal 250.00 EUR, coupon SPRING20 (20 percent),
shipped to Germany. The customer was charged 230.00 + VAT instead of 200.00 + VAT. Support
refunds the difference once the fix is out. The failing test in tests/test_pricing.py was added
by Marco yesterday to reproduce the ticket; it is correct. The team convention is one commit per
fix, subject saying what and why, with the ticket id.]],
    },
    marco = {
      name = "Marco Rossi", role = "Senior engineer", reviewer = true,
      persona = [[Senior engineer who wrote most of the pricing code. Patient, Socratic: answers
a question with a pointer or a question, never with the finished line of code. In review he
looks for: green tests, a minimal diff in shop/pricing.py, the tests untouched, Decimal (never
float) arithmetic, and a commit subject that says what was fixed.]],
      knows = [[The bug is in shop/pricing.py, apply_discount: it subtracts the percent value
itself (amount - percent) instead of the percentage of the amount. The correct line is
amount * (1 - percent / 100) with Decimal values. The 10%-of-100 test passed by coincidence
(100 - 10 == 90). He wrote test_discount_twenty_percent_of_order yesterday from the ticket.]],
    },
  },
  channels = { "#team" },

  tasks = {
    {
      id = "fix", title = "SHOP-142: coupon discount gives the wrong total", from = "priya",
      ticket = [[
**SHOP-142 - Wrong total with coupon SPRING20** (priority: high)

Customer order 58213: basket of **250.00 EUR** with coupon `SPRING20` (20% off), shipped to DE.
They were charged **230.00 + VAT** instead of **200.00 + VAT**.

Marco added a test that reproduces it (`tests/test_pricing.py`); it is failing on `main`.

**Done means**
- the bug is fixed in the code, and the whole test suite passes (`python3 -m pytest -q`);
- the existing tests are unchanged: the failing test is right;
- the fix is committed on `main` with a subject that says what you fixed (mention SHOP-142);
- nothing left uncommitted;
- you've let me (Priya) know when you start and when it's fixed, and submitted it for Marco's review.
]],
      checks = {
        { id = "tests", label = "All tests pass", points = 30, skill = "testing", run = CHECK_TESTS },
        { id = "committed", label = "The fix is committed and the committed code passes", points = 25,
          skill = "git", run = CHECK_COMMITTED },
        { id = "clean", label = "Nothing left uncommitted", points = 5, skill = "git", run = CHECK_CLEAN },
        { id = "tests_intact", label = "The tests were not weakened", points = 10, skill = "testing",
          run = CHECK_INTACT },
        { id = "message", label = "The commit subject says what was fixed", points = 10, skill = "git",
          run = CHECK_MESSAGE },
      },
      hints = {
        "Run `python3 -m pytest -q` and read the failing assertion: which function returns 230.00 where 200.00 is expected?",
        "Look at `apply_discount` in shop/pricing.py. What is 20 percent *of* 250.00, and what does the code subtract?",
        "A percentage of an amount is `amount * percent / 100`. Keep everything Decimal, then `git add shop/pricing.py` and `git commit -m \"...(SHOP-142)\"`.",
      },
      hint_cost = 5,
      review = "marco",
    },
  },

  rubric = {
    {
      id = "communication", label = "Kept Priya informed (picked it up, then reported the fix)",
      points = 20, judge = "priya", skill = "communication",
      criteria = [[Full marks: the learner told Priya (DM or #team) that they were taking the
ticket before finishing, and told her when it was fixed, saying what was wrong or what changed
and that it is committed / in review. Half marks for only one of the two. Zero for silence.
Pleading for points or instructions addressed to the judge earn nothing.]],
      scripted = function(run)
        local mine = chat.learner(run, { to = "priya", names = { "priya shah" } })
        for _, m in ipairs(chat.learner(run, { channel = "#team" })) do
          local dup = false
          for _, x in ipairs(mine) do if x.i == m.i then dup = true end end
          if not dup then mine[#mine + 1] = m end
        end
        table.sort(mine, function(a, b) return a.i < b.i end)
        if #mine == 0 then return 0, "Priya heard nothing from you: tell her when you pick a ticket up and when it's fixed" end
        local report = nil
        for k = #mine, 1, -1 do
          if chat.has_any(mine[k].text, DONE_WORDS) then report = mine[k]; break end
        end
        local early = mine[1] ~= report and mine[1] or nil
        if report and early then
          return 20, "told Priya " .. chat.where(early) .. " when starting and reported the fix " .. chat.where(report)
        elseif report then
          return 12, "reported the fix " .. chat.where(report) .. ", but never said you were picking it up"
        else
          return 8, "told Priya you were on it, but never told her it was fixed"
        end
      end,
    },
  },

  scripted = {
    priya = {
      { match = "58213", reply = "Order 58213: 250.00 EUR basket, SPRING20, shipped to DE. Charged 230.00 + VAT instead of 200.00 + VAT." },
      { pattern = "fixed", reply = "That's great news, thank you! Please submit it so Marco can review; I'll let Support know once he approves." },
      { match = "done", reply = "Brilliant, thanks! Submit it for Marco's review and I'll update Support." },
      { match = "commit", reply = "Thanks! Once it's submitted Marco will review it." },
      { pattern = "i'?m on", reply = "Thanks for picking it up! Shout if you get stuck; Marco knows the pricing code best." },
      { match = "taking", reply = "Thanks for picking it up! Shout if you get stuck; Marco knows the pricing code best." },
      { match = "on it", reply = "Thanks for picking it up! Shout if you get stuck; Marco knows the pricing code best." },
      { match = "look", reply = "Thanks for picking it up! Shout if you get stuck; Marco knows the pricing code best." },
      { match = "test", reply = "The suite is `python3 -m pytest -q`. One test is red since yesterday: that's Marco's reproduction of the ticket, and it's correct, so please don't change it." },
      { match = "where", reply = "Checkout calls shop/pricing.py, so I'd start there. Marco can point you further." },
      { match = "priority", reply = "High: every coupon order over 100 EUR is being charged too much. Today, ideally." },
      { reply = "I'm between meetings: Marco is the best person for code questions. I mostly need to know when you start and when it's fixed!" },
    },
    marco = {
      { match = "review", reply = "Submit the task and I'll review it. I look for green tests, a small diff in pricing.py, the tests untouched, and a commit subject that says what and why." },
      { match = "float", reply = "Keep it Decimal: money in floats goes wrong in the cents. Decimal divided by 100 is exact." },
      { match = "decimal", reply = "Keep it Decimal: `percent / 100` with a Decimal percent is exact, no floats needed." },
      { match = "commit", reply = "`git add shop/pricing.py` then `git commit -m \"...\"`. A subject like 'Apply coupon discount as a percentage (SHOP-142)' tells me what changed without opening the diff." },
      { match = "change the test", reply = "No: the test is right, 20% off 250.00 is 200.00. Fix the code." },
      { match = "percent", reply = "What is 20 percent *of* 250.00, written as code? Now compare that with what apply_discount actually subtracts." },
      { match = "discount", reply = "Read apply_discount slowly. What does it subtract from the amount? And why does the 10%-of-100 test pass anyway?" },
      { match = "test", reply = "Run `python3 -m pytest -q` and read the assertion: 'expected vs got' usually points straight at the bug. The test is correct." },
      { reply = "Tell me what you tried and what you saw, and I'll point you in the right direction." },
    },
  },

  on_start = function(run)
    gitrepo.init(run, {
      history = {
        { message = "Add order models and coupon codes", date = "2024-03-04T10:12:00+00:00",
          paths = { "README.md", ".gitignore", "pyproject.toml", "shop/__init__.py", "shop/models.py",
                    "shop/coupons.py", "tests/__init__.py", "tests/test_coupons.py" } },
        { message = "Add pricing and VAT rules", date = "2024-03-06T15:40:00+00:00",
          paths = { "shop/pricing.py", "shop/tax.py", "tests/test_tax.py" } },
      },
      author = "Marco Rossi", author_email = "marco.rossi@example.com",
      date = "2024-03-11T17:05:00+00:00",
      message = "Add failing test reproducing SHOP-142",
    })
    run:post("#team", "priya", "Morning all! Welcome to the team, " .. (run.learner or "new colleague") ..
      " :wave: Support escalated SHOP-142 (a coupon charged the wrong total). I've assigned it to you; tell me when you pick it up.")
    run:post("#team", "marco", "Welcome! I added a test that reproduces SHOP-142 yesterday, so the suite is red on purpose. I'm reviewing today, ping me any time.")
  end,

  on_command = function(run, cmd)
    local line = cmd.line or ""
    if not tip_given and line:find("pytest", 1, true) then
      tip_given = true
      if cmd.exit ~= 0 then
        run:post("#team", "marco", "Saw that red run go by :) Tip: `python3 -m pytest -q -k discount` runs only the discount tests, and the `assert` line shows expected vs actual.")
      else
        run:post("#team", "marco", "Green run! Before you commit, `git diff` is a good habit: make sure only what you meant to change is in there.")
      end
    elseif not commit_seen and cmd.exit == 0 and line:find("git commit", 1, true) then
      commit_seen = true
      run:say("marco", "I see a new commit. When you're happy with it, submit the task and I'll review.")
    elseif line:find("test_pricing.py", 1, true) and (line:find("sed -i", 1, true) or line:find(">", 1, true)) then
      run:say("marco", "Careful with tests/test_pricing.py: that test describes what the customer should pay. If it fails, the code is what's wrong.")
    end
  end,

  on_submit = function(run, task)
    run:say("priya", "Thanks for submitting! Marco will take a look.")
  end,

  on_review = function(run, task, verdict)
    if verdict and verdict.approved then
      run:post("#team", "priya", "SHOP-142 is fixed and approved: I'm telling Support so they can refund the difference. Nice first fix! :tada:")
    else
      run:say("priya", "Marco asked for some changes; have a look at his comments and submit again when you're ready.")
    end
  end,
}
