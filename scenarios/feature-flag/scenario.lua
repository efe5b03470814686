-- feature-flag: a junior's first feature: free standard shipping from 50.00 EUR, shipped dark
-- behind a flag. The ticket leaves one rule open (what happens with express delivery) that the
-- learner must ask about; mid-run the product manager asks for the threshold to be tunable from
-- the flags file. Checks call shipping_cost with their own flag files, and grade the learner's
-- tests by mutation: the tests must fail against three subtly wrong implementations.
local chat = require("chat")
local gitrepo = require("gitrepo")

-- The behaviour, as a reference; the mutants are this with one deliberate mistake each.
local REFERENCE = [[
from decimal import Decimal
from . import flags
RATES = {"DE": Decimal("4.90"), "AT": Decimal("6.90"), "NL": Decimal("6.90"), "BE": Decimal("6.90"), "FR": Decimal("7.90")}
EXPRESS_SURCHARGE = Decimal("9.00")
def free_shipping_min():
    return Decimal(str(flags.get("free_shipping_min_eur", "50.00")))
def shipping_cost(subtotal, country, express=False):
    if country not in RATES:
        raise ValueError(country)
    cost = RATES[country]
    if flags.is_enabled("free_shipping") and subtotal >= free_shipping_min():
        cost = Decimal("0.00")
    if express and flags.is_enabled("express_delivery"):
        cost += EXPRESS_SURCHARGE
    return cost
]]

local P = gitrepo.CHECK_PRELUDE

local CHECK = P .. [=[
export REFERENCE=']=] .. REFERENCE:gsub("'", "'\\''") .. [=['
python3 - "$MODE" "$base" <<'PY'
import json, os, re, shutil, subprocess, sys, tempfile
mode, base = sys.argv[1], sys.argv[2]
def fail(msg):
    print("FAIL: " + msg); sys.exit(1)
def git(*a):
    return subprocess.run(["git", "-c", "safe.directory=*"] + list(a), capture_output=True, text=True)
PROBE = r'''
import json, sys
from decimal import Decimal
sys.path.insert(0, ".")
out = []
try:
    from shop.shipping import shipping_cost
except Exception as e:
    print(json.dumps(["import", "%s: %s" % (type(e).__name__, e)])); sys.exit()
for sub, country, express in json.loads(sys.argv[1]):
    try:
        out.append(str(shipping_cost(Decimal(sub), country, express)))
    except Exception as e:
        out.append("raises " + type(e).__name__)
print(json.dumps(out))
'''
def probe(flag_values, cases, root="."):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(flag_values, f)
    env = dict(os.environ, SHOP_FLAGS=f.name, PYTHONDONTWRITEBYTECODE="1")
    r = subprocess.run(["python3", "-c", PROBE, json.dumps(cases)], cwd=root, env=env, capture_output=True, text=True, timeout=30)
    try:
        res = json.loads(r.stdout.strip().splitlines()[-1])
    except Exception:
        fail("shop.shipping could not be run: %s" % (r.stderr.strip().splitlines() or ["no output"])[-1])
    if res and res[0] == "import":
        fail("shop/shipping.py does not import: %s" % res[1])
    return res
def same(a, b):
    from decimal import Decimal, InvalidOperation
    try:
        return Decimal(a) == Decimal(b)
    except (InvalidOperation, TypeError):
        return a == b
def expect(flag_values, cases, why):
    got = probe(flag_values, [c[:3] for c in cases])
    for c, g in zip(cases, got):
        if not same(g, c[3]):
            sub, country, express, want = c
            fail("%s: shipping_cost(%s, %s%s) gave %s, expected %s" % (
                why, sub, country, ", express=True" if express else "", g, want))
if mode == "off":
    for fv in ({}, {"free_shipping": False}, {"free_shipping": False, "free_shipping_min_eur": 10}):
        expect(fv, [("60.00", "DE", False, "4.90"), ("120.00", "FR", False, "7.90"), ("20.00", "DE", False, "4.90")],
               "with free_shipping off (%s) nothing may change" % json.dumps(fv))
    expect({"express_delivery": True}, [("60.00", "DE", True, "13.90")], "with free_shipping off, express must cost as before")
    d = tempfile.mkdtemp()
    shutil.copytree("shop", d + "/shop")
    arch = subprocess.run(["git", "-c", "safe.directory=*", "archive", base, "tests", "pyproject.toml"], capture_output=True)
    subprocess.run(["tar", "-x", "-C", d], input=arch.stdout)
    r = subprocess.run(["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=d, capture_output=True, text=True)
    if r.returncode != 0:
        failed = [l.split()[1] for l in r.stdout.splitlines() if l.startswith("FAILED")]
        fail("the original tests fail against your code: %s" % (", ".join(failed[:3]) or r.stdout.strip().splitlines()[-1]))
    sys.exit(0)
if mode == "on":
    expect({"free_shipping": True}, [
        ("50.00", "DE", False, "0.00"), ("120.00", "FR", False, "0.00"), ("49.99", "DE", False, "4.90"),
        ("10.00", "AT", False, "6.90"), ("60.00", "US", False, "raises ValueError")],
        "with free_shipping on, orders of 50.00 or more ship free")
    sys.exit(0)
if mode == "express":
    expect({"free_shipping": True, "express_delivery": True}, [
        ("60.00", "DE", True, "9.00"), ("20.00", "DE", True, "13.90"), ("60.00", "DE", False, "0.00")],
        "free shipping covers the standard parcel only, express still pays its surcharge (Nora's answer)")
    sys.exit(0)
if mode == "config":
    expect({"free_shipping": True, "free_shipping_min_eur": 30}, [("30.00", "DE", False, "0.00"), ("29.99", "DE", False, "4.90")],
           "the threshold must come from free_shipping_min_eur in the flags file (Nora's follow-up)")
    expect({"free_shipping": True, "free_shipping_min_eur": 35.5}, [("35.50", "NL", False, "0.00"), ("35.49", "NL", False, "6.90")],
           "free_shipping_min_eur may be a decimal number")
    sys.exit(0)
if mode == "dark":
    bad = 0
    for label, text in (("config/flags.json", open("config/flags.json", encoding="utf-8").read() if os.path.exists("config/flags.json") else None),
                        ("config/flags.json in your last commit", git("show", "HEAD:config/flags.json").stdout or None)):
        if text is None:
            print("FAIL: %s is missing" % label); bad = 1; continue
        try:
            data = json.loads(text)
        except ValueError as e:
            print("FAIL: %s is not valid JSON any more (%s)" % (label, e)); bad = 1; continue
        if data.get("free_shipping") is not False:
            print("FAIL: %s must list the new flag as \"free_shipping\": false: the feature ships dark, ops switch it on" % label); bad = 1
        for k, v in (("new_checkout_banner", True), ("gift_wrap", False), ("express_delivery", False)):
            if data.get(k) is not v:
                print("FAIL: %s: the existing flag %s was changed" % (label, k)); bad = 1
        m = data.get("free_shipping_min_eur")
        if m is not None and str(m) not in ("50", "50.0", "50.00"):
            print("FAIL: %s sets free_shipping_min_eur to %s; the agreed default is 50.00" % (label, m)); bad = 1
        if bad:
            break
    sys.exit(bad)
if mode == "tests":
    r = subprocess.run(["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"], capture_output=True, text=True, env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    if r.returncode != 0:
        fail("your test suite does not pass: %s" % (r.stdout.strip().splitlines() or ["?"])[-1])
    ref = os.environ["REFERENCE"]
    mutants = [
        ("ignores the flag (free shipping even when free_shipping is off)", ref.replace('flags.is_enabled("free_shipping") and ', "")),
        ("never gives free shipping, even with the flag on", ref.replace('flags.is_enabled("free_shipping") and ', "False and ")),
        ("gives free shipping only above 50.00, not at exactly 50.00", ref.replace("subtotal >= free_shipping_min()", "subtotal > free_shipping_min()")),
    ]
    procs = []
    for what, src in mutants:   # the three mutant runs go in parallel
        d = tempfile.mkdtemp()
        shutil.copytree(".", d + "/w", ignore=shutil.ignore_patterns(".git", "__pycache__", ".pytest_cache"))
        open(d + "/w/shop/shipping.py", "w").write(src)
        procs.append((what, subprocess.Popen(["python3", "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"], cwd=d + "/w",
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))))
    survivors = [what for what, p in procs if p.wait(timeout=100) == 0]
    for s in survivors:
        print("FAIL: your tests still pass with a shipping_cost that %s: add a test that catches it" % s)
    sys.exit(1 if survivors else 0)
if mode == "committed":
    if git("rev-list", "--count", base + "..HEAD").stdout.strip() in ("", "0"):
        fail("nothing is committed yet: commit the feature and its tests")
    dirty = git("status", "--porcelain", "--", "shop", "tests", "config").stdout.strip()
    if dirty:
        fail("uncommitted changes: %s" % ", ".join(l[3:] for l in dirty.splitlines()[:4]))
    if not git("diff", "--name-only", base, "HEAD", "--", "tests").stdout.strip():
        fail("your commits add no tests")
    sys.exit(0)
PY
]=]
local function check(mode) return "MODE=" .. mode .. "\n" .. CHECK end

local commands, tunable_asked, express_answered = 0, false, false

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
      ticket = [[
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
]],
      checks = {
        { id = "flag_off_no_change", label = "Flag off: behaviour unchanged, original tests pass", points = 15,
          skill = "feature-flags", run = check("off") },
        { id = "flag_on_works", label = "Flag on: free standard shipping from 50.00", points = 20,
          skill = "python", run = check("on") },
        { id = "express_rule", label = "Express still pays its surcharge (the clarified rule)", points = 10,
          skill = "requirements", run = check("express") },
        { id = "threshold_tunable", label = "Threshold read from free_shipping_min_eur (follow-up)", points = 10,
          skill = "requirements", run = check("config") },
        { id = "ships_dark", label = "flags.json has free_shipping: false, other flags untouched", points = 5,
          skill = "feature-flags", run = check("dark") },
        { id = "tests_catch_bugs", label = "Your tests catch wrong implementations", points = 15,
          skill = "testing", run = check("tests"), timeout = 120 },
        { id = "committed", label = "Feature and tests committed", points = 5, skill = "git", run = check("committed") },
      },
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
      criteria = [[10: the learner asked Nora (DM or #checkout) what happens with express
delivery. 0: never asked.]],
      scripted = function(run)
        local m = chat.first(chat.learner(run, { to = "nora", names = { "nora lindqvist" } }), { "express" })
        if m then return 10, "asked Nora about express " .. chat.where(m) end
        return 0, "the ticket said to ask about express delivery before building it"
      end,
    },
    {
      id = "handover", label = "Told Nora how to switch it on", points = 10, judge = "nora", skill = "communication",
      criteria = [[10: told Nora it is done / in review and that it ships off, naming the flag
(free_shipping) ops must switch on. 5: said it's done without the flag. 0: nothing.]],
      scripted = function(run)
        local mine = chat.learner(run, { dm_or_channel = { who = "nora", channel = "#checkout" } })
        local best, why = 0, "you never told Nora the feature was ready"
        for _, m in ipairs(mine) do
          if chat.has_any(m.text, { "done", "ready", "review", "committed", "submitted", "finished", "merged" }) then
            if chat.has_any(m.text, { "free_shipping" }) then return 10, "handed over with the flag name " .. chat.where(m) end
            best, why = 5, "told Nora it's ready " .. chat.where(m) .. ", but not which flag ops must switch on"
          end
        end
        return best, why
      end,
    },
  },

  scripted = {
    nora = {
      { match = "50.00", reply = "50.00 itself counts: 'or more'. It's the subtotal, before shipping." },
      { match = "subtotal", reply = "The subtotal of the items, before shipping. 50.00 or more." },
      { match = "country", reply = "Every country we ship to. Countries we don't ship to stay an error." },
      { match = "default", reply = "50.00 if free_shipping_min_eur isn't in the file." },
      { match = "ready", reply = "Amazing, thank you! I'll ask ops to switch it on Monday morning." },
      { match = "done", reply = "Amazing, thank you! I'll ask ops to switch it on Monday morning." },
      { reply = "Thanks! Shout if a rule is unclear; I'd rather answer a question than guess." },
    },
    jonas = {
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
    run:post("#checkout", "nora", "Hi " .. (run.learner or "there") .. "! CHK-204 (free shipping campaign) is yours, your first feature :rocket: One rule is still open, see the ticket.")
  end,

  on_command = function(run, cmd)
    commands = commands + 1
    if commands == 4 then ask_tunable(run) end
    local line = cmd.line or ""
    if line:find("flags.json", 1, true) and line:find("true", 1, true) and line:find("free_shipping", 1, true) then
      run:say("jonas", "Heads-up: the committed flags.json should have free_shipping off. Use the use_flags fixture to test it on.")
    end
  end,

  on_message = function(run, msg)
    local to_nora = msg.to == "nora" or (msg.channel and chat.has_any(msg.text, { "nora" }))
    if to_nora and chat.has_any(msg.text, { "express" }) then
      express_answered = true
      local text = "Good question! Free shipping waives the standard parcel rate only. Express customers still pay the 9.00 express surcharge on top: so 60.00 with express is 9.00 shipping, not 0."
      if msg.to then run:say("nora", text) else run:post(msg.channel, "nora", text) end
      return true
    end
    return nil
  end,

  on_submit = function(run, task)
    ask_tunable(run)
  end,
}
