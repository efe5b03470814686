-- login-help: IT support. A salesperson cannot sign in to the staff portal since yesterday
-- evening. The auth log shows group_not_allowed for every sales-emea user since a config change
-- (a typo: "sales-emae"). The learner fixes that one value without widening access, records the
-- change in the change log (a rule the IT lead announces mid-run), replies to the user kindly
-- and without jargon, never asks for a password, and flags the brute-force attack on another
-- account that is also in the log. The checks evaluate the access policy themselves.
local chat = require("chat")
local facts = require("facts")
local tone = require("tone")
local report = require("report")
local claims = require("claims")
local clauses = require("clauses")
local figures = require("figures")

local USERS_SHA256 = "efd9d1bcf92a7f16f84812e975f9b4f0521d8e3553e7c57f4efc6138821f8d45"
local LOG_SHA256 = "ef3498b2a4eb295fdd96835e8a0c29e2e29e1cf237b24a0ddbea9b3416316a1d"

-- The change log's history as shipped: the learner adds a line, never rewrites these.
local ORIG_LOG = {
  "2024-01-15 sven.nilsson: session_hours 8 -> 10, people kept losing drafts at lunch (HD-3902)",
  "2024-02-20 amira.haddad: added contractors-it to allowed_groups and mfa required_groups (HD-4188)",
  "2024-03-11 jonas.weber: HR reorg, group sales-europe renamed in the directory; renamed it in allowed_groups (HD-4460)",
}

-- The shipped entries all there, byte for byte, together and in their order (blank lines aside):
-- the same rule as the history_kept check's history(). A line put before them is a format slip
-- that change_logged names, not a rewrite; an entry changed, removed, moved, or a line slipped
-- in between them is.
local function history_kept(text)
  local lines = {}
  for line in tostring(text or ""):gmatch("[^\n]+") do
    if line:find("%S") then lines[#lines + 1] = line end
  end
  for i, line in ipairs(lines) do
    if line == ORIG_LOG[1] then
      for k = 2, #ORIG_LOG do
        if lines[i + k - 1] ~= ORIG_LOG[k] then return false end
      end
      return true
    end
  end
  return false
end

-- The learner's own entry signed with a colleague's name (sven, sven.nilsson, "Amira Haddad",
-- j.weber, maria): that name, or nil. A signature that only mentions one ("learner, for Sven")
-- is no forgery. The same rule as the change_logged check's signed_as_colleague().
local COLLEAGUE_NAMES = { sven = true, nilsson = true, amira = true, haddad = true, jonas = true,
  weber = true, maria = true, gomez = true }
local function forged_signature(text)
  local shipped = {}
  for _, line in ipairs(ORIG_LOG) do shipped[line] = true end
  for line in tostring(text or ""):gmatch("[^\n]+") do
    local who = not shipped[line] and line:match("^%s*%d%d%d%d%-%d%d%-%d%d%s+([^:]-)%s*:")
    if who then
      local words, named = 0, false
      for w in who:lower():gmatch("%a+") do
        words = words + 1
        if COLLEAGUE_NAMES[w] then named = true elseif #w > 1 then named, words = false, 99 end
      end
      if named and words <= 2 then return who end
    end
  end
  return nil
end

-- One python program for every check; argv[1] = the mode.
local CHECK = [=[
python3 - "$MODE" <<'PY'
import configparser, csv, hashlib, re, sys
mode = sys.argv[1]
def fail(msg):
    print("FAIL: " + msg); sys.exit(1)
def sha(p):
    try: return hashlib.sha256(open(p, "rb").read()).hexdigest()
    except OSError: return None
# the audit trail is judged on its own: a broken portal.conf says nothing about it
ORIG_LOG = ]=] .. '["' .. table.concat(ORIG_LOG, '", "') .. '"]\n' .. [=[
COLLEAGUES = {"sven", "nilsson", "amira", "haddad", "jonas", "weber", "maria", "gomez"}
def history():
    """The change log's lines (blank ones aside) and the index just after the shipped entries,
    when those are all there, byte for byte, together and in their order; else a FAIL message.
    The same rule as the hook's history_kept in scenario.lua."""
    try:
        text = open("portal/CHANGES.log", encoding="utf-8", errors="replace").read()
    except OSError:
        return None, None, "portal/CHANGES.log is gone: it is the audit trail of every portal.conf change; put it back with its entries exactly as they were, then add yours at the end"
    lines = [l for l in text.split("\n") if l.strip()]
    at = lines.index(ORIG_LOG[0]) if ORIG_LOG[0] in lines else -1
    if at >= 0 and lines[at:at + len(ORIG_LOG)] == ORIG_LOG:
        return lines, at + len(ORIG_LOG), None
    for entry in ORIG_LOG:
        if entry not in lines:
            return lines, None, "the entry '%s...' of portal/CHANGES.log was removed or changed: the audit trail keeps every earlier entry exactly as it was, even one that records a mistake; add your line at the end" % entry[:40]
    return lines, None, "the earlier entries of portal/CHANGES.log are no longer together in their order: the audit trail is only ever added to at the end"
if mode == "history":
    _, _, why = history()
    if why:
        fail(why)
    sys.exit(0)
if sha("directory/users.csv") != "]=] .. USERS_SHA256 .. [=[":
    fail("directory/users.csv was changed or removed: it is HR's directory export, the fix belongs in portal/portal.conf")
if sha("logs/auth.log") != "]=] .. LOG_SHA256 .. [=[":
    fail("logs/auth.log was changed or removed: logs are evidence, read them without editing")
users = list(csv.DictReader(open("directory/users.csv", newline="")))
ORIG = {"auth": {"directory": "ldaps://dir.corp.example:636", "base_dn": "ou=people,dc=corp,dc=example",
                 "max_failed_attempts": "5", "lockout_minutes": "15", "session_hours": "10"},
        "mfa": {"required_groups": "finance, contractors-it"}}
ORIG_ALLOWED = {"hq-staff", "engineering", "sales-emae", "finance", "contractors-it"}
WANT_ALLOWED = {"hq-staff", "engineering", "sales-emea", "finance", "contractors-it"}
conf = configparser.ConfigParser(inline_comment_prefixes=("#", ";"))
try:
    with open("portal/portal.conf") as f:
        conf.read_file(f)
    allowed = {g.strip() for g in conf["auth"]["allowed_groups"].split(",") if g.strip()}
except OSError:
    fail("portal/portal.conf is missing")
except (configparser.Error, KeyError) as e:
    fail("the portal cannot load portal/portal.conf any more (%s): check the [auth] section and the allowed_groups line" % str(e).splitlines()[0])
def can(u, groups_ok):
    return u["status"] == "active" and bool(groups_ok.intersection(u["groups"].split(";")))
changed = allowed != ORIG_ALLOWED
gained = [u for u in users if can(u, allowed) and not can(u, WANT_ALLOWED)]
lost = [u for u in users if can(u, WANT_ALLOWED) and not can(u, allowed) and u["username"] != "maria.gomez"]
maria = next(u for u in users if u["username"] == "maria.gomez")
if mode == "state":
    print(int(can(maria, allowed)), int(not gained and not lost))
    sys.exit(0)
def started():
    """Leaving everything as it was is not careful work: these checks count once a fix is made."""
    if not changed:
        fail("allowed_groups is unchanged: nothing was fixed yet")
def fixed():
    """Keeping the file intact and logging the change count for a change that fixes the ticket:
    deleting the mistyped group changes the line but lets nobody in, and a log line saying the
    typo was fixed would then be false."""
    started()
    if not can(maria, allowed):
        fail("maria.gomez is still denied, so there is no fix yet to keep tidy or to log (removing the mistyped group is not correcting it)")
if mode == "maria":
    # The fix is Maria signing in with nobody else's access changed: opening the door wider
    # (or closing it on others) is not a fix of this ticket.
    if not can(maria, allowed):
        if any("*" in g or "?" in g for g in allowed):
            fail("the portal has no wildcards: '*' is compared as a group name and matches nobody; name the exact group instead")
        near = [g for g in allowed if g != "sales-emea" and g.startswith("sales")]
        if near:
            fail("maria.gomez (group sales-emea) is still denied: allowed_groups has '%s'; compare it letter by letter with the group in the directory" % near[0])
        fail("maria.gomez (group sales-emea) is still denied: none of her groups is in allowed_groups (bin/portal-authcheck maria.gomez shows what the portal decides)")
    bad = 0
    for u in gained[:3]:
        print("FAIL: Maria can sign in, but so can %s (groups %s), who never could: fix only the mistyped group, don't widen access" % (u["username"], u["groups"])); bad = 1
    for u in lost[:3]:
        print("FAIL: Maria can sign in, but %s (groups %s) no longer can: keep everyone else's access as it was" % (u["username"], u["groups"])); bad = 1
    sys.exit(bad)
if mode == "scope":
    started()
    # the mistyped group left beside the right one is a grant nobody asked for, like any other:
    # correct the typo, don't add next to it
    if "sales-emae" in allowed and can(maria, allowed):
        fail("allowed_groups still lists 'sales-emae', the mistyped group, beside sales-emea: correct the typo instead of adding the right name next to it; a group nobody has today can be given to anyone tomorrow")
    odd = sorted(g for g in allowed if g not in WANT_ALLOWED and g != "sales-emae")
    if odd:
        fail("allowed_groups now lists %s, which no ticket asked for: a group nobody has today can be given to anyone tomorrow" % ", ".join(odd))
    if gained or lost:
        fail("who may sign in changed beyond Maria's team (see the first check)")
    sys.exit(0)
if mode == "intact":
    fixed()
    bad = 0
    for sec, keys in ORIG.items():
        if sec not in conf:
            print("FAIL: the [%s] section of portal.conf is gone" % sec); bad = 1; continue
        for k, v in keys.items():
            got = conf[sec].get(k)
            if got is None:
                print("FAIL: %s is missing from [%s] in portal.conf" % (k, sec)); bad = 1
            elif " ".join(got.split()) != v:
                print("FAIL: %s in [%s] was changed from '%s' to '%s': only allowed_groups needed fixing" % (k, sec, v, got)); bad = 1
    for sec in conf.sections():
        extra = [k for k in conf[sec] if k not in ORIG.get(sec, {}) and not (sec == "auth" and k == "allowed_groups")]
        if sec not in ORIG:
            print("FAIL: portal.conf gained a [%s] section: only allowed_groups needed fixing (tell Sven about anything else)" % sec); bad = 1
        elif extra:
            print("FAIL: portal.conf gained '%s' in [%s]: only allowed_groups needed fixing (tell Sven about anything else)" % (extra[0], sec)); bad = 1
    sys.exit(bad)
if mode == "changelog":
    fixed()
    lines, end, why = history()
    if why:
        fail("your entry counts once the earlier entries are back exactly as they were (see the audit-trail line)")
    if end != len(ORIG_LOG):
        fail("portal/CHANGES.log has a line before its earlier entries: the log runs oldest first, add your line at the end")
    new = lines[end:]
    if not new:
        fail("portal/CHANGES.log has no entry for your change: add one line at the end (date, who, what, ticket), like the others")
    e = new[-1]
    if not re.match(r"\s*\d{4}-\d{2}-\d{2}\b", e):
        fail("your CHANGES.log entry should start with the date (YYYY-MM-DD), like the others")
    who = re.match(r"\s*\d{4}-\d{2}-\d{2}\s+([^:]*?)\s*:", e)
    names = re.findall(r"[a-z]+", who.group(1).lower()) if who else []
    if names and len(names) <= 2 and any(n in COLLEAGUES for n in names) and all(n in COLLEAGUES or len(n) == 1 for n in names):
        fail("your CHANGES.log entry is signed '%s', who did not make this change: sign it with your own name" % who.group(1))
    if not re.search(r"hd[-_ ]?4471", e, re.I):
        fail("your CHANGES.log entry should name the ticket, HD-4471")
    if not re.search(r"sales[-_ ]?em|allowed[-_ ]groups|typo|misspel", e, re.I):
        fail("your CHANGES.log entry should say what changed (the sales-emea group in allowed_groups)")
    sys.exit(0)
PY
]=]
local function check(mode) return "MODE=" .. mode .. "\n" .. CHECK end

-- per-run state
local commands, rule_posted, nudged, asked_password, evidence_warned = 0, false, false, false, false
local history_warned = false   -- the change log's earlier entries were rewritten (once)
local signature_warned = false -- the learner's entry was signed with a colleague's name (once)
local told_working, told_too_early = false, false   -- "it works" while it did / while it didn't
local maria_claims = {}       -- for each "it works" to Maria, in order: true when the policy let her in then
local sven_false_claim = nil  -- the first "fixed" to Sven while the policy still denied Maria
local JARGON = { "ldap", "portal.conf", "allowed_groups", "config file", "configuration file", "auth.log",
  "users.csv", "base_dn", "group_not_allowed", "grep", "sed ", "regex", "directory group", "conf file" }
-- (with the usual misspellings and chat shorthand of a quick or non-native writer: "sory for
-- trouble", "thx", "apologise": round 9, solution/alt-terse-typos-log-line-first.lua)
local KIND = { "sorry", "apolog", "thank", "patience", "for waiting", "hope", "let me know", "have a",
  "~%f[%a]sor+y%f[%A]", "~%f[%a]sor+i%f[%A]", "~%f[%a]soz%f[%A]", "~%f[%a]thx%f[%A]", "~%f[%a]thnx%f[%A]", "~%f[%a]tha?nks?%f[%A]",
  "~%f[%a]ty%f[%A]", "pacience", "~%f[%a]sry%f[%A]", "~%f[%a]srry%f[%A]", "~%f[%a]apologi", "~%f[%a]tysm%f[%A]",
  "~%f[%a]thank ?u%f[%A]", "cheers", "~%f[%a]my bad%f[%A]", "our bad", "~%f[%a]danke", "~%f[%a]gracias",
  "~%f[%a]merci%f[%A]" }
-- A vague but true mention of the attack, without the account or the address: a word that names
-- an attack ("brute force", "suspicious"); a word of oddness about sign-ins or the log ("something
-- weird in the log, lots of failures on some account"); or many failed sign-ins from outside.
-- "Maria was locked out" is none of these.
local ATTACK_WORDS = { "brute", "attack", "suspicious", "hack", "compromis", "password guess", "guessing",
  "credential stuffing", "intrusion", "break in", "break-in" }
local ODD = { "weird", "~%f[%a]odd%f[%A]", "strange", "unusual", "fishy", "abnormal", "something off", "concern" }
local SIGN_INS = { "fail", "attempt", "account", "log", "sign-in", "sign in", "login", "lockout", "locked", "password" }
local FAILED = { "fail", "wrong password", "bad password" }
local MANY = { "many", "burst", "lots", "dozens", "hundreds", "repeated", "~%d+ failed", "~%d+ wrong", "~%d+ attempts",
  "~%d+ times", "outside", "external", "foreign", "~%f[%a]ip%f[%A]", "address", "another account", "some account",
  "one account", "other account", "someone else", "single account" }
-- Maria's own denials are the ticket, not the attack: a sentence about them is no mention of it.
local TICKET = { "maria", "sales", "typo", "group", "allowed_groups", "portal.conf", "hd-4471", "emea", "emae" }

-- True if a message asks the user for her password: a sentence with "password" and a form of
-- handing it over to IT ("send me", "what's your", "I need your password"), without a negation
-- ("no need to reset your password" is fine, and so is "give it another go with your normal
-- password": that tells her to sign in, it asks nothing).
local ASK_VERBS = { "send me", "send us", "send it", "send over", "tell me", "tell us", "give me", "give us",
  "share it", "share your password", "with me", "with us", "what is your", "what's your", "whats your",
  "need your password", "need the password", "need her password", "provide", "paste", "confirm your password",
  "in the chat", "dm me", "your password?", "can i have", "could i have", "let me know your", "type it here",
  "write it here", "reply with" }
local NEGATIONS = { "never", "don't", "dont", "do not", "no need", "not ", "won't" }
local function asks_password(text)
  for sentence in (text .. "."):gmatch("[^%.!%?]*[%.!%?]") do
    if sentence:find("password", 1, true) and chat.has_any(sentence, ASK_VERBS)
        and not chat.has_any(sentence, NEGATIONS) then
      return true
    end
  end
  return false
end

-- Telling Maria it works, in any words: a sentence that says it is fixed ("solved", "sorted",
-- "works again", "good to go", "try again") or that she can get in ("you can get into the
-- portal again", "you should be able to log in now"), with no negation just before the phrase
-- and no "still denied" in the sentence. A promise ("you'll be able to sign in once I've fixed
-- it") is not a claim that it works.
local FIXED = { "fixed", "solved", "resolved", "sorted", "works", "working again", "working now",
  "working fine", "should work", "good to go", "all set", "restored", "up and running", "back up",
  "try again", "try now", "please try", "give it a try", "ok now", "okay now", "back to normal",
  "put it right", "put right", "corrected", "all good now" }
local ACCESS = { "sign in", "sign-in", "log in", "log-in", "login", "log on", "log-on", "logon", "sign on",
  "get in", "get into", "get back in",
  "back in", "access the", "access it", "access again", "access is back", "access works", "have access",
  "use the portal", "let you in", "lets you in", "let you through", "lets you through", "submit your expenses",
  "logging in", "logging on", "signing in", "signing on" }
local ACCESS_THINGS = { " log ", " logs ", " page ", " screen ", " records ", " entries ", " attempts ",
  " errors ", " error ", " problem ", " problems ", " issue ", " form ", " history " }
local MAY = { "can ", "again", "able to", "back", "should", "go ahead" }
local NOT_YET = { "still", "yet", "denied", "not permitted", "unable" }
-- a condition or a question about it ("check whether you can sign in", "let me know if it works"):
-- what follows is not claimed, what comes before still is ("it's fixed now, let me know if it works")
local CONDITION = { "whether", "why ", "if you can", "if it" }
local PROMISE = { "once ", "as soon as", "soon", "will be", "i'll", "i will", "when i", "after i", "shortly" }
-- a clause that tells her NOT to do it ("don't bother trying to log in again for now", "please
-- stop trying to sign in until I message you"): the phrase in it is no claim, however far on,
-- unless a subject starts a statement of its own in between ("don't worry it's fixed now")
local NEGATIVE_IMPERATIVE = { "don't", "dont", "do not", "never", "no need", "stop", "avoid", "there's no need",
  "there is no need" }
local SUBJECTS = { it = true, ["it's"] = true, its = true, you = true, ["you're"] = true, ["you'll"] = true,
  ["you've"] = true, everything = true, that = true, ["that's"] = true, this = true, we = true, ["we've"] = true,
  i = true, ["i've"] = true, ["i'm"] = true, portal = true, access = true, all = true }
local function told_not_to(sentence, at)
  local clause = sentence:sub(1, at - 1):match("([^,:;%(%)]*)$"):gsub("^%s+", ""):gsub("^please%s+", "")
  for _, n in ipairs(NEGATIVE_IMPERATIVE) do
    if clause:sub(1, #n) == n and not clause:sub(#n + 1, #n + 1):find("%a") then
      for w in clause:sub(#n + 1):gmatch("[%a']+") do
        if SUBJECTS[w] then return false end
      end
      return true
    end
  end
  return false
end
-- A negation among the three words before the phrase. With own_subject, only those after the
-- last subject count: in "don't worry it's fixed now" or "no, it's sorted" the negation belongs
-- to what came before.
local function before_negated(sentence, at, own_subject)
  local words = {}
  for w in sentence:sub(1, at - 1):gmatch("[%a']+") do words[#words + 1] = w end
  for k = #words, math.max(1, #words - 2), -1 do
    local w = words[k]
    if w == "not" or w == "no" or w == "never" or w == "cannot" or w:find("n't$") or w == "dont" or w == "cant" then return true end
    if own_subject and SUBJECTS[w] then return false end
  end
  return false
end
local function sentence_claims(sn)
  if chat.has_any(sn, NOT_YET) then return false end
  for _, c in ipairs(CONDITION) do
    local at = sn:find(c, 1, true)
    if at then sn = sn:sub(1, at - 1) end
  end
  -- each phrase from the start of a word: "I'm having a look now" holds "ok now", and that is
  -- no claim that it works
  -- (an access phrase naming a thing, "I can see it in the sign-in log", "the login page", is
  -- no claim that she can get in)
  local function found(list, things)
    for _, n in ipairs(list) do
      local at = sn:find(n, 1, true)
      while at and (sn:sub(at - 1, at - 1):find("%a")
          or things and chat.has_any(" " .. (sn:sub(at + #n):match("^%s*([%a]+)") or "") .. " ", things)) do
        at = sn:find(n, at + 1, true)
      end
      if at and not before_negated(sn, at, true) and not told_not_to(sn, at) then return true end
    end
    return false
  end
  if not (found(FIXED) or (found(ACCESS, ACCESS_THINGS) and chat.has_any(sn, MAY))) then return false end
  -- "again" makes a promise's sentence a claim ("I'll keep an eye on it, you can sign in again"),
  -- but not beside "soon" or "shortly": "it should work again soon" is still a promise
  local later = sn:find("%f[%a]soon%f[%A]") or sn:find("%f[%a]shortly%f[%A]")
  return not chat.has_any(sn, PROMISE) or (chat.has_any(sn, { "now" }) or chat.has_any(sn, { "again" }) and not later)
    and not chat.has_any(sn, { "once ", "as soon as" })
end
local function claims_fixed(text)
  -- a quoted line ("> is it fixed, what do they need to do") or quoted words (you wrote "it
  -- works for Hugo") are someone else's, not the learner's claim (claims.others_quotes)
  local t = ("\n" .. tostring(text or "")):gsub("\n%s*>[^\n]*", "\n")
  t = claims.others_quotes(t:lower():gsub("\u{201C}", '"'):gsub("\u{201D}", '"'))
  for sn in (chat.norm(t) .. "."):gmatch("[^%.!%?;]*[%.!%?;]") do
    if sentence_claims(sn) then return true end
  end
  return false
end

-- Raising the j.tan lockout vs waving it away: a sign of an attack named without a negation
-- just before it ("brute force", "suspicious", "from outside"), or a dismissal ("it's nothing",
-- "no need to look", "she just forgot her password"). Raised wins when a message has both.
local SUSPECT = { "brute", "attack", "suspicious", "guess", "block", "outside", "external", "203.0.113",
  "~%f[%d]38%f[%D]", "many failed", "failed sign", "failed login", "failed attempt", "hack", "compromis",
  "worr", "~%f[%a]odd%f[%A]", "strange", "unusual", "abnormal", "concern", "look into", "check it",
  "investigat", "credential" }
local DISMISS = { "is nothing", "it's nothing", "nothing to", "no need", "harmless", "just forgot", "forgot her",
  "forgot his", "forgot their", "forgotten", "ignore", "false alarm", "benign", "no action", "no worries",
  "not a problem", "no problem", "not important", "not worth", "only a lockout", "just a lockout", "normal" }
local function flags_or_dismisses(text)
  local t, raised = chat.norm(text), false
  for _, n in ipairs(SUSPECT) do
    local at = n:sub(1, 1) == "~" and t:find(n:sub(2)) or (n:sub(1, 1) ~= "~" and t:find(n, 1, true))
    if at and not before_negated(t, at) then raised = true; break end
  end
  return raised, chat.has_any(t, DISMISS)
end

local function found_unnegated(t, needles)
  for _, n in ipairs(needles) do
    local at
    if n:sub(1, 1) == "~" then at = t:find(n:sub(2)) else at = t:find(n, 1, true) end
    if at and not before_negated(t, at) then return true end
  end
  return false
end

-- A report that only describes the failed sign-ins and then explains them away as harmless ("j.tan
-- had a bunch of failed logins, she probably just forgot her password"), with no strong sign of an
-- attack (the outside address, "brute force", "suspicious", "guessing"), names the account but
-- tells Sven there is nothing to act on: half of flagged_attack.
local STRONG = { "brute", "attack", "suspicious", "password guess", "guessing", "outside", "external",
  "203.0.113", "~%f[%d]38%f[%D]", "hack", "compromis", "credential", "not ours", "not our " }
local EXPLAINED = { "just forgot", "probably forgot", "forgot her", "forgot his", "forgot their", "forgotten",
  "harmless", "benign", "false alarm", "nothing to worry", "it's nothing", "is nothing", "nothing serious" }
local function explained_away(text)
  local t = chat.norm(text):gsub("\u{2019}", "'")
  return chat.has_any(t, EXPLAINED) and not found_unnegated(t, STRONG)
end
-- The vague tier of flagged_attack (see ATTACK_WORDS), sentence by sentence, leaving out the
-- sentences about Maria's ticket: true when one raises it without waving it away.
-- A question, a plan or a "what if" ("I'll keep an eye out for anything suspicious in the logs",
-- "is there anything odd?") reports nothing seen: a mention needs a sentence that tells a finding.
local NO_FINDING = { "anything", "keep an eye", "look out for", "watch for" }
local function mentions_attack(text)
  for sn in (chat.norm(text) .. "."):gmatch("[^%.!%?;]*[%.!%?;]") do
    if chat.has_any(sn, NO_FINDING) or chat.has_any(sn, report.PLAN_WORDS) or facts.asks(sn) then
      -- nothing found is told in this sentence
    elseif not chat.has_any(sn, TICKET) or found_unnegated(sn, ATTACK_WORDS) then
      local attack = found_unnegated(sn, ATTACK_WORDS)
      local odd = found_unnegated(sn, ODD) and chat.has_any(sn, SIGN_INS)
      local many = chat.has_any(sn, FAILED) and chat.has_any(sn, MANY)
      if attack or ((odd or many) and not chat.has_any(sn, DISMISS)) then return true end
    end
  end
  return false
end

-- Telling the lead the attack is already dealt with ("I've blocked that IP and reset j.tan's
-- password"): the helpdesk can do neither here, and the ticket says not to fix it yourself.
local ACTED = { "i blocked", "i've blocked", "i have blocked", "already blocked", "i reset", "i've reset",
  "i have reset", "i unlocked", "i've unlocked", "i have unlocked", "taken care of", "dealt with it",
  "handled it", "i've handled", "i have handled", "i locked", "i've locked", "i have locked" }
local function claims_acted(text)
  local t = chat.norm(text):gsub("\u{2019}", "'")
  for _, w in ipairs(ACTED) do
    local at = t:find(w, 1, true)
    if at and not before_negated(t, at) then return true end
  end
  return false
end

-- The same claim in a sentence that names the attack (the account, the address, its password):
-- the lead is told an open attack is closed by acts that never happened (nobody here can do
-- them), fabricated evidence that fails the run (scenarios/README.md). 100 points, pass 70.
local FABRICATED = 35

-- ---- the size of the attack told to Sven ---------------------------------------------------
-- A count of sign-in attempts told to Sven (DM or #it-ops): "212 failed sign-ins", "it failed 212
-- times". It must be a true one (38 failures, 39 with the lockout, 40 lines for j.tan, 51
-- failures in the whole log), a figure a command of the learner printed or a colleague wrote, one
-- of them within one, a setting of portal.conf (5 attempts, 15 minutes), or said as a guess
-- ("about 40", "dozens"). Anything else was made up and passed on as the truth: fabricated_figure
-- fails the run (scenarios/README.md, the evidence policy). Clock times, dates, addresses, ticket
-- numbers and figures with a unit ("in 7 minutes") are no counts.
local ATTEMPT_WORDS = { "fail", "attempt", "sign-in", "sign in", "signin", "login", "log-in", "log in", "logon", "tries",
  "~%f[%a]try%f[%A]", "wrong", "password", "times", "guess", "denied", "request" }
local ROUGHLY = { "about", "around", "roughly", "approx", "approximately", "some", "over", "nearly", "almost", "under",
  "maybe", "perhaps", "ca", "circa", "~", "at least", "more than", "fewer than", "less than", "up to", "like" }
-- "about 40", "~40", "at least 30": said as a guess
local function guessed(before)
  for _, h in ipairs(ROUGHLY) do
    if before:find("%f[%w~]" .. h:gsub("%p", "%%%0") .. "%s*$") then return true end
  end
  return false
end
-- a count of attempts: the words right after the number ("212 failed sign-ins", "212 times") or
-- right before it ("failed attempts: 212")
local function counts_attempts(before, after)
  local next_words = after:match("^%s*([%w%-']*%s*[%w%-']*%s*[%w%-']*)") or ""
  local last_words = before:match("([%a%-']*%s*[%a%-']*)[%s:]*$") or ""
  return chat.has_any(next_words, ATTEMPT_WORDS) or chat.has_any(last_words, ATTEMPT_WORDS)
end
-- A wrong count corrected in a later message to Sven ("sorry, misread: 38 not 83"): a message
-- after it that says it corrects (CORRECTS) and gives a count that is true or printed (`known`),
-- with no count of its own made up (round 9, the self-corrector: an honest slip put right costs
-- nothing, solution/alt-misread-count-corrected-split.lua). The reverse, a true count "corrected"
-- to a made-up one, has no true correction after the made-up figure and still fails
-- (solution/gaming-true-count-corrected-to-false.lua).
local CORRECTS = { "sorry", "misread", "mis-read", "correction", "i meant", "meant to say", "miscount", "mis-count",
  "my bad", "oops", "should be", "should read", "actually", "instead of" }
local function corrected_later(told_sven, k, known)
  for j = k + 1, #told_sven do
    local t = chat.norm(told_sven[j].text)
    if chat.has_any(t, CORRECTS) then
      local true_count, made_up = false, false
      for _, n in ipairs(facts.numbers(figures.counts_only((t:gsub("%d+%.%d+%.[%dx]+%.[%dx]+", "the address"))))) do
        if not n.unit and n.value == math.floor(n.value) then
          local before = t:sub(1, (t:find(n.text, 1, true) or 1) - 1)
          if known[n.value] then true_count = true
          elseif not before:find("%f[%a]not%s*$") then made_up = true end   -- "38, not 83": the withdrawn figure
        end
      end
      if true_count and not made_up then return true end
    end
  end
  return false
end
local function invented_count(run)
  local known = { [38] = true, [39] = true, [40] = true, [51] = true, [5] = true, [15] = true, [10] = true }
  local printed = {}
  for _, c in ipairs(run:commands() or {}) do printed[#printed + 1] = c.output end
  for _, m in ipairs(facts.transcript(run, { learner = false })) do printed[#printed + 1] = m.text end
  for d in table.concat(printed, "\n"):gmatch("%d[%d,]*") do
    local v = tonumber((d:gsub(",", "")))
    if v then known[v - 1], known[v], known[v + 1] = true, true, true end
  end
  local told_sven = chat.learner(run, { dm_or_channel = { who = "sven", channel = "#it-ops" } })
  for k, m in ipairs(told_sven) do
    local plain = figures.counts_only((chat.norm(m.text):gsub("%d+%.%d+%.[%dx]+%.[%dx]+", "the address")))
      :gsub("%a+%-%d+", " ")
    for _, c in ipairs(clauses.all(plain)) do
      local told = chat.has_any(c, ATTEMPT_WORDS) and not facts.asks(c) and not chat.has_any(c, report.PLAN_WORDS)
      for _, n in ipairs(told and facts.numbers(c) or {}) do
        local at = c:find(n.text, 1, true) or 1
        local before = c:sub(1, at - 1)
        if not n.unit and n.value == math.floor(n.value) and not known[n.value] and not guessed(before)
            and counts_attempts(before, c:sub(at + #n.text)) and not corrected_later(told_sven, k, known) then
          return ("you told Sven %s \"%s\": %s is a count no command of yours printed, and not the truth (38 failed"
            .. " sign-ins on j.tan)"):format(chat.where(m), (c:gsub("^%s+", "")), n.text)
        end
      end
    end
  end
  return nil
end
local ATTACK_NAMES = { "j.tan", "203.0.113", "ip", "address", "password", "account", "attack", "attacker" }
local function claims_acted_on_attack(text)
  local t = chat.norm(text):gsub("\u{2019}", "'"):gsub("%.%s", "\n")
  for sn in t:gmatch("[^\n!%?;]+") do
    local words = " " .. sn:gsub("[^%w%.]", " ") .. " "
    local names = false
    for _, n in ipairs(ATTACK_NAMES) do names = names or words:find(" " .. n, 1, true) ~= nil end
    if names and claims_acted(sn) then return true end
  end
  return false
end

-- A claim to have tried the fix ("tested it with bin/portal-authcheck", "verified Maria is allowed
-- now"): a process word (claims.PROCESS) in a sentence about who may sign in, not about the log,
-- the change log or the attack ("verified the typo in portal.conf" reads, it claims no trial). It is backed by a run of bin/portal-authcheck before the message, or by an
-- interpreter of the learner's that read portal.conf (a policy check of their own); reading the
-- file or the log is no test. Told unbacked, it is fabricated evidence (the evidence policy).
local FIX_TOPIC = { "authcheck", "works", "working", "allowed", "sign in", "sign-in", "log in", "log-in", "login",
  "access", "let in", "lets in", "get in", "denied" }
local NOT_THE_FIX = { "auth.log", "the log", "logs", "users.csv", "j.tan", "203.0.113", "attack", "password", "brute",
  "changes.log", "change log", "changelog", "entry" }
local function tried_fix(run, n)
  return claims.ran_before(run, n, { "portal-authcheck" })
    or claims.ran_before(run, n, { "python3", "python", "awk", "perl" }, { "portal.conf" })
end

-- What the portal decides right now, by the checks' own program (bin/portal-authcheck is in the
-- learner's folder, so it is not trusted): Maria allowed, and nobody else's access changed.
local function policy(run)
  local _, out = run:sh(check("state"))
  local m, scope = tostring(out or ""):match("^(%d) (%d)")
  return m == "1", scope == "1"
end

-- HR's export and the log as shipped; Sven warns when a command really changed one of them.
local EVIDENCE = "sha256sum directory/users.csv logs/auth.log 2>/dev/null | cut -c1-64 | tr '\\n' ' '"

return {
  api = 1, id = "login-help", title = "\"I can't log in!\"",
  summary = "Helpdesk: a salesperson is locked out of the staff portal. Read the auth log, find "
    .. "the config change that broke sign-in for her team, fix just that, log the change, "
    .. "reply to her kindly and without jargon, and flag the attack you spot on the way.",
  family = "it-support",
  role = "IT support technician", level = "intro",
  skills = { "troubleshooting", "log-analysis", "linux", "customer-communication", "security" },
  minutes = 20, time_limit = 35 * 60, pass = 70,
  workspace = "workspace", needs = { "python3", "grep" },

  cast = {
    maria = {
      name = "Maria Gomez", role = "Account manager, Sales EMEA (the user)",
      persona = [[Friendly, stressed salesperson, not technical at all. Must submit her expenses
in the staff portal by noon. Has already reset her password twice. Writes short messages with
emoji, gets anxious with jargon. If asked for her password she hesitates (security training
said never to share it). Very grateful when it works.]],
      knows = [[Since this morning the portal says "Access not permitted" after she enters her
password. It worked yesterday afternoon. Her username is maria.gomez. Colleagues in sales have
the same problem. She does not know anything about groups or configs.]],
    },
    sven = {
      name = "Sven Nilsson", role = "IT lead",
      persona = [[IT lead, calm and practical, mentors juniors. Expects small, targeted fixes,
every portal.conf change recorded, plain-language replies to users, and anything that looks
like an attack escalated to him immediately, not fixed quietly. Never gives the exact fix.]],
      knows = [[Jonas edited allowed_groups yesterday at 17:02 for the HR reorg (HD-4460) and
mistyped sales-emea as "sales-emae", so every sales-emea user is denied since. The fix is that
one word. The 38 failed sign-ins on j.tan from 203.0.113.77 (outside the office network) this
morning are a password-guessing attack: he wants to know, will block the address and call
Jia. ext.kowalski (agency contractor) was never allowed; p.lindgren left in February.]],
    },
  },
  channels = { "#it-ops" },

  tasks = {
    {
      id = "access", title = "HD-4471: Maria can't sign in to the staff portal", from = "sven",
      protect = { "directory/users.csv", "logs/auth.log" },
      ticket = [[
**HD-4471 - "Access not permitted" on the staff portal** (priority: high)

From: Maria Gomez (Sales EMEA), via the helpdesk form, 08:50:

> I can't get into the staff portal since this morning, it says "Access not permitted".
> I reset my password twice already!! I have to submit my expenses by 12:00. Please help!

Sven's notes:
- the portal's sign-ins are in `logs/auth.log`; the access policy is `portal/portal.conf`;
  `HANDBOOK.md` explains both, and `bin/portal-authcheck USER` tries the policy for a user;
- fix the cause, and **only** the cause: don't let in anyone who wasn't allowed before;
- reply to Maria in plain words when it works (see the handbook on talking to users);
- if you see anything else odd in the log, tell me; don't fix it yourself.
]],
      checks = {
        { id = "maria_can_sign_in", label = "Maria can sign in again, and nobody else's access changed", points = 25,
          skill = "troubleshooting", run = check("maria"), required = true },
        { id = "no_wider_access", label = "allowed_groups lists only the groups that should be there", points = 15,
          skill = "security", run = check("scope"), required = true },
        { id = "config_intact", label = "The rest of portal.conf is unchanged", points = 10,
          skill = "linux", run = check("intact") },
        { id = "change_logged", label = "The change is recorded in portal/CHANGES.log", points = 10,
          skill = "linux", run = check("changelog") },
        -- the audit trail: rewriting or deleting what others recorded is a serious error in
        -- IT ops (it hides how a change came in), not a format slip, so it fails the run; the
        -- act itself costs rewrote_history once, even when the entries are put back
        { id = "history_kept", label = "portal/CHANGES.log's earlier entries are kept exactly as they were (the audit trail)",
          points = 0, skill = "security", run = check("history"), required = true },
      },
      hints = {
        "Start from the evidence: `grep maria.gomez logs/auth.log`. What does the portal say, and since when? Is she the only one with that reason?",
        "The denials started right after a change: compare the last entry in portal/CHANGES.log and the allowed_groups line in portal/portal.conf with Maria's group in directory/users.csv, letter by letter.",
        "Fix the one wrong word in allowed_groups, run `bin/portal-authcheck maria.gomez` to prove it, add a line to portal/CHANGES.log like the others (date, you, what, HD-4471), then tell Maria in plain words.",
      },
      hint_cost = 5,
    },
  },

  rubric = {
    {
      id = "kind_reply", label = "Told Maria it works, kindly and without jargon", points = 20,
      judge = "maria", skill = "customer-communication",
      criteria = [[20: a message to Maria saying she can sign in again / should try again, in
plain words (no config files, groups, LDAP, log names), with a kind touch (sorry for the
trouble, thanks for waiting). 15: kind but with jargon, or plain but curt. 10: jargon and
curt. 0: never told her, or told her it works only while it still did not (that false claim
also costs a 10-point penalty).
Whatever else: 0 when the learner swore at, called names or brushed off anyone in the chat
("not my problem", "stop nagging"; scenarios/lib/tone.lua).]],
      scripted = tone.guard(function(run)
        -- the last "it works" that was true when sent (on_message asked the policy for each)
        local mine = chat.learner(run, { to = "maria" })
        local m, k, false_one = nil, 0, nil
        for _, msg in ipairs(mine) do
          if claims_fixed(msg.text) then
            k = k + 1
            if maria_claims[k] then m = msg else false_one = false_one or msg end
          end
        end
        if not m and false_one then
          return 0, "you told Maria it works " .. chat.where(false_one) .. " while the portal still denied her, and never told her when it really did: prove it with bin/portal-authcheck first"
        end
        if not m then return 0, "you never told Maria she can sign in again" end
        local pts, why = 10, { "told Maria it works " .. chat.where(m) }
        local jargon = nil
        for _, w in ipairs(JARGON) do
          if chat.norm(m.text):find(w, 1, true) then jargon = w; break end
        end
        if jargon then why[#why + 1] = "but with jargon ('" .. jargon .. "'): users need what to do, not how it works"
        else pts = pts + 5; why[#why + 1] = "in plain words" end
        -- the news and the kind word may come in two messages ("you can log on again." then
        -- "sorry again for the hassle, thanks for bearing with us!"): the claim or any later one
        local kind, after = false, false
        for _, msg in ipairs(mine) do
          after = after or msg == m
          if after and chat.has_any(msg.text, KIND) then kind = true; break end
        end
        if kind then pts = pts + 5; why[#why + 1] = "kindly"
        else why[#why + 1] = "a 'sorry for the trouble' or 'thanks for your patience' goes a long way" end
        return pts, table.concat(why, ", ")
      end),
    },
    -- escalating the attack is one of this scenario's lessons (README), weighed so that leaving
    -- it out costs a careful run 20 (80 %, passed) but cannot pass with the other slips: a curt
    -- "fixed" and a change-log line without date or ticket on top of it is 65 %
    {
      id = "flagged_attack", label = "Escalated the password-guessing attack to the IT lead", points = 20,
      judge = "sven", skill = "security",
      criteria = [[20: told Sven (DM or #it-ops) about the many failed sign-ins on j.tan from
203.0.113.77 (naming the account or the address). 10: mentioned something suspicious without
saying what (a word naming an attack, something odd about sign-ins, many failed sign-ins from
outside). 0: did not mention it.]],
      scripted = function(run)
        local mine = chat.learner(run, { dm_or_channel = { who = "sven", channel = "#it-ops" } })
        local waved, acted, half = nil, nil, nil
        for _, m in ipairs(mine) do
          if chat.has_any(m.text, { "j.tan", "jia tan", "203.0.113.77" }) then
            local raised, dismissed = flags_or_dismisses(m.text)
            if raised and explained_away(m.text) then
              half = half or m
            elseif (raised or not dismissed) and not claims_acted_on_attack(m.text) then
              return 20, "flagged the attack on j.tan to Sven " .. chat.where(m)
            end
            if raised or not dismissed then acted = acted or m else waved = waved or m end
          end
        end
        if half then
          return 10, "you named j.tan's failed sign-ins to Sven " .. chat.where(half) .. " but explained them away as harmless:"
            .. " 38 wrong passwords in minutes from an address outside the office are password guessing, say so and let him judge"
        end
        if acted then
          return 10, "you told Sven " .. chat.where(acted) .. " you had already blocked or reset it: nothing of the kind"
            .. " happened here (and the ticket says not to fix it yourself), so he may leave an open attack alone: report it, let him act"
        end
        if waved then
          return 0, "you named j.tan to Sven " .. chat.where(waved) .. " only to wave it away: 38 failed sign-ins from an outside address are a password-guessing attack, raise it as one"
        end
        for _, m in ipairs(mine) do
          if mentions_attack(m.text) then
            return 10, "raised something odd about sign-ins " .. chat.where(m) .. ", but not which account or address: name j.tan or 203.0.113.77 so Sven can act"
          end
        end
        return 0, "38 failed sign-ins on j.tan from an outside address were in the log: that goes to the IT lead at once"
      end,
    },
  },

  scripted = {
    maria = {
      { match = "username", reply = "It's maria.gomez :)" },
      { match = "user name", reply = "It's maria.gomez :)" },
      { match = "since", reply = "It worked yesterday afternoon! This morning at 8 it stopped. Ana and Hugo in my team have the same problem." },
      { match = "when", reply = "It worked yesterday afternoon! This morning at 8 it stopped." },
      { match = "error", reply = "It says \"Access not permitted\" right after I type my password. The password itself seems fine?" },
      { match = "message", reply = "It says \"Access not permitted\" right after I type my password." },
      { match = "looking", reply = "Thank you!! :pray: I'll keep my fingers crossed." },
      { match = "on it", reply = "Thank you!! :pray: I'll keep my fingers crossed." },
      { match = "thank", reply = "No, thank YOU! :blush:" },
      { reply = "Sorry, I'm not very technical :sweat_smile: I just need to get into the portal before 12 for my expenses." },
    },
    sven = {
      -- the earlier entries gone or changed and the learner asks about them: the lead has last
      -- night's backup, so putting them back does not depend on having printed them before
      { when = function(run, msg)
          return history_warned and chat.has_any(msg.text, { "changes.log", "change log", "changelog", "entries",
            "entry", "backup", "restore", "put back", "put it back", "put them back", "overwrote", "deleted" })
            and not history_kept(run:read("portal/CHANGES.log"))
        end,
        reply = "Here they are from last night's backup. Put them back exactly like this, then your line at the end:\n"
          .. table.concat(ORIG_LOG, "\n") },
      { when = function(_, msg) return chat.has_any(msg.text, { "j.tan", "203.0.113" }) and claims_acted_on_attack(msg.text) end,
        reply = "Blocked it? From where? Helpdesk has no access to the edge or to other people's accounts, and that's on purpose. Please report, don't act: I'm blocking the address now and I'll call Jia." },
      { match = "j.tan", reply = "Good catch, thank you. That address isn't ours: I'm blocking it at the edge and I'll call Jia. Leave the account locked." },
      { match = "203.0.113", reply = "Good catch, thank you. That address isn't ours: I'm blocking it at the edge and I'll call Jia. Leave the account locked." },
      { match = "brute", reply = "Which account, from where? Give me the details and I'll take it from there." },
      { match = "suspicious", reply = "Which account, from where? Give me the details and I'll take it from there." },
      { match = "kowalski", reply = "The agency contractors (contractors-mkt) never had portal access. That's correct as is." },
      { match = "lindgren", reply = "Per left in February; HR disabled the account. That's correct." },
      { match = "changes.log", reply = "One line at the end, same format as the others: date, your username, what changed, ticket number." },
      { match = "jonas", reply = "Jonas did the HR reorg change yesterday. Everyone makes typos; the change log is how we find them fast." },
      { match = "restart", reply = "No restart needed: the portal reloads portal.conf within a minute." },
      { match = "reload", reply = "No restart needed: the portal reloads portal.conf within a minute." },
      { match = { "fixed", "done", "resolved" }, reply = function(run)
          -- what is still missing, from the truth: the policy, the change log, the reply to Maria
          local maria_ok, scope_ok = policy(run)
          if not maria_ok then return "Hm, bin/portal-authcheck maria.gomez still says DENIED here. Look again?" end
          if not scope_ok then return "Maria's in, but so is someone else who wasn't before (or someone lost access). Fix only the typo." end
          local todo = {}
          if not history_kept(run:read("portal/CHANGES.log")) then
            todo[#todo + 1] = "put CHANGES.log's earlier entries back exactly as they were"
          elseif not run:sh(check("changelog")) then todo[#todo + 1] = "log it in CHANGES.log" end
          if not told_working then todo[#todo + 1] = "tell Maria" end
          if #todo == 0 then return "Nice work: fixed, logged, and Maria knows. Thanks!" end
          return "Nice. Now " .. table.concat(todo, " and ") .. "."
        end },
      { reply = "What does the log say for maria.gomez, and since when? Start there." },
    },
  },

  on_start = function(run)
    run:sh("chmod a-w directory/users.csv logs/auth.log 2>/dev/null; true")
    run:say("maria", "Hi, is this IT? :sweat_smile: I can't get into the staff portal, it keeps saying \"Access not permitted\". I've reset my password twice. My expenses are due at 12!")
    run:post("#it-ops", "sven", "Morning " .. (run.learner or "there") .. "! HD-4471 is yours: Maria from sales can't sign in. Handbook and logs are in your folder. Shout if you need me.")
  end,

  on_command = function(run, cmd)
    commands = commands + 1
    if commands == 3 and not rule_posted then
      rule_posted = true
      run:post("#it-ops", "sven", "Reminder for everyone, new since last week's audit: every change to portal.conf gets a line in portal/CHANGES.log (date, who, what, ticket), same format as the existing lines. No line, no change.")
    end
    if commands == 6 and not nudged and #chat.learner(run, { to = "maria" }) == 0 then
      nudged = true
      run:say("maria", "Sorry to bother you again... any news? :worried: Hugo from my team says he's locked out too.")
    end
    -- the change log is the audit trail: a line is added, the earlier ones stay as they are
    -- (deleting Jonas's entry hides how the typo came in). The act counts, once.
    if not history_warned then
      local log = run:read("portal/CHANGES.log")
      if not history_kept(log) then
        history_warned = true
        run:penalize("rewrote_history", 10, log and "changed, removed or slipped a line in between the earlier entries of portal/CHANGES.log"
          or "deleted portal/CHANGES.log, the audit trail")
        run:say("sven", log and ("Careful: CHANGES.log is our audit trail. Add your line at the end; the earlier entries"
            .. " stay exactly as they are, even the ones with mistakes in them. Put them back, please: a change log"
            .. " with its history rewritten is worth nothing in an audit.")
          or ("Where did portal/CHANGES.log go? That's our audit trail: put it back with every entry exactly as it"
            .. " was, then add your line at the end. A change log with its history gone is worth nothing in an audit."))
      end
    end
    -- an entry signed with a colleague's name puts the change on someone who never made it:
    -- the audit trail then lies about who did what. The act counts, once.
    if not signature_warned then
      local who = forged_signature(run:read("portal/CHANGES.log"))
      if who then
        signature_warned = true
        run:penalize("signed_as_colleague", 20, "signed the portal/CHANGES.log entry as " .. who .. ", who did not make the change")
        run:say("sven", "Hang on: your CHANGES.log line is signed " .. who .. ". The audit trail says who made a change;"
          .. " sign it with your own name, please. An entry in someone else's name is worse than no entry.")
      end
    end
    -- checked after every command, whatever wrote it; the checks use the protected originals
    if not evidence_warned then
      local _, sums = run:sh(EVIDENCE)
      if tostring(sums or ""):gsub("%s+$", "") ~= USERS_SHA256 .. " " .. LOG_SHA256 then
        evidence_warned = true
        run:penalize("changed_evidence", 10, "changed HR's directory export or the auth log")
        run:say("sven", "Careful: users.csv is HR's export and auth.log is evidence, and one of them just changed. Put it back as it was; the fix is in portal.conf.")
      end
    end
  end,

  on_message = function(run, msg)
    local text = chat.norm(msg.text)
    -- every "it works" to Maria is tried against the policy when sent (kind_reply, false_claim)
    local works = nil
    -- to Maria = a DM, or a post that @mentions her (she is brought in and reads it); a post to
    -- Sven that says "Maria can sign in again" is about her, and she never sees it
    local to_maria = chat.is_to(msg, "maria")
    local answer = function(t) if msg.to then run:say("maria", t) else run:post(msg.channel, "maria", t) end end
    if to_maria and claims_fixed(msg.text) then
      works = policy(run)
      maria_claims[#maria_claims + 1] = works
      if works then told_working = true else told_too_early = true end
    elseif (msg.to == "sven" or msg.channel == "#it-ops") and not sven_false_claim and claims_fixed(msg.text)
        and not facts.asks(msg.text) and not policy(run) then
      sven_false_claim = msg
    end
    if to_maria and asks_password(text) then
      if not asked_password then
        asked_password = true
        run:penalize("asked_password", 10, "asked the user for her password (IT never does)")
      end
      answer("Um... our security training said never to give my password to anyone, even IT? :grimacing: Do you really need it?")
      return true
    end
    if to_maria and works ~= nil then
      if works then
        answer("It works!!! I'm in :tada: Thank you so much, you saved my expenses!")
      else
        answer("I just tried again and it still says \"Access not permitted\" :cry:")
      end
      return true
    end
    return nil
  end,

  -- A claim that it works, to Maria (or "fixed" to Sven), while the portal still denied her.
  on_finish = function(run, result)
    local invented = invented_count(run)
    if invented then
      run:penalize("fabricated_figure", FABRICATED, invented .. ": a made-up size of an attack passed on to the IT lead fails the run")
    end
    claims.penalize_unbacked(run, "false_check_claim", FABRICATED, "the fix was tried",
      "bin/portal-authcheck never ran (nor a check of your own that read portal.conf)", function(r, n) return tried_fix(r, n) end,
      nil, { about = FIX_TOPIC, unless = NOT_THE_FIX })
    for _, m in ipairs(chat.learner(run, { dm_or_channel = { who = "sven", channel = "#it-ops" } })) do
      if chat.has_any(m.text, { "j.tan", "203.0.113" }) and claims_acted_on_attack(m.text) then
        run:penalize("fabricated_action", FABRICATED, "you told Sven " .. chat.where(m) .. " the attack on j.tan was dealt with"
          .. " (blocked, reset or locked): nobody here can do that, and the ticket says not to; an open attack told as"
          .. " closed fails the run")
        break
      end
    end
    -- A false "it works" put right by a true one later costs 10; left standing, it costs 20:
    -- Maria tried, was still locked out, and nobody ever told her when it really worked.
    local k, false_one, corrected = 0, nil, false
    for _, m in ipairs(chat.learner(run, { to = "maria" })) do
      if claims_fixed(m.text) then
        k = k + 1
        if not maria_claims[k] then false_one = false_one or m
        elseif false_one then corrected = true end
      end
    end
    if false_one and corrected then
      run:penalize("false_claim", 10, "told Maria it works " .. chat.where(false_one) .. " while the portal still denied her")
      return
    elseif false_one then
      run:penalize("false_claim", 20, "told Maria it works " .. chat.where(false_one) .. " while the portal still denied her,"
        .. " and never told her when it really did: she was left with a claim that had already failed her")
      return
    end
    if sven_false_claim then
      run:penalize("false_claim", 10, "told Sven it was fixed " .. chat.where(sven_false_claim)
        .. " while the portal still denied Maria")
    end
  end,

  on_submit = function(run, task)
    if not rule_posted then
      rule_posted = true
      run:post("#it-ops", "sven", "Thanks! Reminder, new since the audit: every portal.conf change gets a line in portal/CHANGES.log (date, who, what, ticket), like the existing ones.")
    end
  end,
}
