-- log-detective: on-call triage from a web server access log. The on-call lead asks which
-- client caused the 5xx spike between 14:00 and 14:10 UTC and how many errors it caused.
-- The checks compute the truth from the (read-only, checksummed) log themselves, so nothing
-- in them is a hard-coded answer; an earlier burst of 502s from another client traps anyone
-- who does not filter on the time window.
local chat = require("chat")
local facts = require("facts")
local counts = require("counts")
local clauses = require("clauses")
local claims = require("claims")
local copied = require("copied")

-- sha256 of workspace/access.log as shipped (tools/gen_access_log.py regenerates it;
-- update this value when you do).
local LOG_SHA256 = "3f195e01a98051cb56e401d36d9457e03f0323948a7c5132162609cde062f37f"

-- Shared prelude of the checks: verifies the log, reads answer.txt, computes the truth.
local PRELUDE = [=[
command -v awk >/dev/null 2>&1 || awk() { mawk "$@"; }   # /usr/bin/awk is an /etc/alternatives link
LOG=access.log; A=answer.txt
sum=$(sha256sum "$LOG" 2>/dev/null | cut -d' ' -f1)
if [ "$sum" != "]=] .. LOG_SHA256 .. [=[" ]; then
  echo "FAIL: access.log is missing or was modified: the answer is checked against the original log, so analyse it without editing it"; exit 1
fi
[ -f "$A" ] || { echo "FAIL: answer.txt is missing: fill in the template"; exit 1; }
val() { grep -iE "^[[:space:]]*[-*]?[[:space:]]*$1[[:space:]]*:" "$A" | head -n 1 | cut -d: -f2- | tr -d ' \t\r`*'; }
# the value itself, with a remark after it allowed ("46 (5xx only)", "198.51.100.23 - partner")
ans_ip() { val ip | grep -oE '^[0-9]{1,3}(\.[0-9]{1,3}){3}' | head -n 1; }
ans_count() { val count | grep -oE '^[0-9]+' | head -n 1; }
# the value as written (spaces kept), to tell a remark from a second answer
raw() { grep -iE "^[[:space:]]*[-*]?[[:space:]]*$1[[:space:]]*:" "$A" | head -n 1 | cut -d: -f2- | tr -d '\r`*'; }
win() { awk 'substr($4, 2, 11) == "12/Mar/2024" { t = substr($4, 14, 5); if (t >= "14:00" && t < "14:10") print }' "$LOG"; }
top=$(win | awk '$9 ~ /^5[0-9][0-9]$/ { c[$1]++ } END { for (i in c) print c[i], i }' | sort -k1,1nr -k2,2 | head -n 1)
T_COUNT=${top%% *}; T_IP=${top#* }
[ -n "$T_IP" ] || { echo "FAIL: internal: could not compute the expected answer"; exit 2; }
]=]

local CHECK_IP = PRELUDE .. [=[
ip=$(ans_ip)
[ -n "$ip" ] || { echo "FAIL: answer.txt: the 'ip:' line holds no IP address"; exit 1; }
# a second client offered beside the first ("198.51.100.23 or 192.0.2.44") is a hedge, not an
# answer; one named to rule it out ("not 192.0.2.44: that was 13:31") is a remark
other=$(raw ip | grep -oE '[0-9]{1,3}(\.[0-9]{1,3}){3}' | grep -vxF "$ip" | head -n 1)
if [ -n "$other" ] && ! raw ip | grep -qiE "not|n't|except|exclud|unrelated|ruled|earlier|before|separate|different|health|checker"; then
  echo "FAIL: answer.txt: the 'ip:' line names two clients ($ip and $other): the lead can block only the one behind the spike, so give that one"; exit 1
fi
[ "$ip" = "$T_IP" ] && exit 0
day_top=$(awk '$9 ~ /^5[0-9][0-9]$/ { c[$1]++ } END { for (i in c) print c[i], i }' "$LOG" | sort -k1,1nr | head -n 1 | cut -d' ' -f2)
busiest=$(awk '{ c[$1]++ } END { for (i in c) print c[i], i }' "$LOG" | sort -k1,1nr | head -n 1 | cut -d' ' -f2)
if ! grep -q "^$ip " "$LOG"; then
  echo "FAIL: $ip does not appear in access.log at all: check for typos"
elif [ "$ip" = "$day_top" ]; then
  echo "FAIL: $ip had the most 5xx of the whole day, but not between 14:00 and 14:10: filter on the time window first"
elif [ "$ip" = "$busiest" ]; then
  echo "FAIL: $ip sends the most requests overall, but its requests succeed: look at the status codes"
else
  echo "FAIL: $ip is not the client with the most 5xx responses between 14:00 and 14:10"
fi
exit 1
]=]

local CHECK_COUNT = PRELUDE .. [=[
n=$(ans_count)
[ -n "$n" ] || { echo "FAIL: answer.txt: the 'count:' line does not start with a whole number"; exit 1; }
# a second figure offered as an alternative ("46 or 60", "46/60", "40-50") is a hedge, not a count
if raw count | grep -qiE '^[[:space:]]*[0-9]+[[:space:]]*(or|/|to|-)[[:space:]]*[0-9]|(^|[^a-z])or[[:space:]]+(about[[:space:]]+|maybe[[:space:]]+)?[0-9]'; then
  echo "FAIL: answer.txt: the 'count:' line gives more than one figure: count the client's 5xx in the window and give that number"; exit 1
fi
case "$n" in *[!0-9]*) echo "FAIL: answer.txt: count must be a whole number, got '$n'"; exit 1;; esac
[ "$n" -eq "$T_COUNT" ] && exit 0
if [ "$(ans_ip)" != "$T_IP" ]; then
  echo "FAIL: the count is for the client that caused the spike: get the ip right first, then count its 5xx in the window"; exit 1
fi
all_req=$(win | awk -v ip="$T_IP" '$1 == ip' | wc -l)
all_5xx=$(win | awk '$9 ~ /^5[0-9][0-9]$/' | wc -l)
ip_day=$(awk -v ip="$T_IP" '$1 == ip && $9 ~ /^5[0-9][0-9]$/' "$LOG" | wc -l)
ip4xx5xx=$(win | awk -v ip="$T_IP" '$1 == ip && $9 ~ /^[45][0-9][0-9]$/' | wc -l)
if [ "$n" -eq "$all_req" ]; then
  echo "FAIL: $n counts every request of that client in the window: count only the 5xx responses"
elif [ "$n" -eq "$all_5xx" ]; then
  echo "FAIL: $n is the 5xx count of all clients in the window: count only the top client's"
elif [ "$n" -eq "$ip4xx5xx" ]; then
  echo "FAIL: $n includes 4xx responses (429 = rate limited is a client error): count only 5xx"
elif [ "$n" -eq "$ip_day" ]; then
  echo "FAIL: $n is that client's 5xx count for the whole log: count only 14:00-14:10"
elif [ "$n" -gt "$T_COUNT" ]; then
  echo "FAIL: $n is too many: are you matching '50' somewhere else in the line (paths, byte sizes)? Match the status field only"
else
  echo "FAIL: $n is too few: the window is 14:00:00 to 14:09:59 and 5xx means 500-599"
fi
exit 1
]=]

local CHECK_ENDPOINT = PRELUDE .. [=[
# accept "GET /api/export" too: val() drops spaces, so strip a leading HTTP method
e=$(val endpoint | sed -E 's#^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)/#/#I; s#^https?://[^/]*##' | grep -oE '^/[A-Za-z0-9._~/-]*' | sed -E 's#/+$##')
[ -n "$e" ] || { echo "FAIL: answer.txt: the 'endpoint:' line is empty"; exit 1; }
want=$(win | awk -v ip="$T_IP" '$1 == ip && $9 ~ /^5[0-9][0-9]$/ { split($7, p, "?"); print p[1] }' | sort | uniq -c | sort -k1,1nr | head -n 1 | awk '{ print $2 }')
[ "$e" = "$want" ] && exit 0
echo "FAIL: '$e' is not the path the top client's failing requests went to (give the path only, without ?query)"
exit 1
]=]

-- Truth for the chat hooks and rubric: computed from the log at the start of the run.
-- FALLBACK is used only if that computation fails (it matches the shipped log).
local FALLBACK = { ip = "198.51.100.23", count = "46", endpoint = "/api/export" }
local truth = { ip = FALLBACK.ip, count = FALLBACK.count, endpoint = FALLBACK.endpoint }
local HEALTH, OLD_INCIDENT = "10.0.4.12", "192.0.2.44"
local mitigated, support_pinged, commands, evidence_warned = false, false, 0, false
local false_all_clear = false   -- "resolved" told to #incidents before anything was done: penalized once
-- Reports to the lead, in order: { ip = first IP named | nil, ips = n distinct, text, where }.
-- A report is a statement naming a client; a question ("is it X?") is not one.
local reports = {}
-- where the learner "corrected" the right count to a figure no command of theirs printed, or nil
local false_correction = nil

local function reply(run, msg, who, text)
  if msg.to then run:say(who, text) else run:post(msg.channel or "#incidents", who, text) end
end

-- An IP named only to rule it out is not blamed ("192.0.2.44 is not it: its 502s were at 13:31",
-- "it's 198.51.100.23, not 192.0.2.44"): its clause denies it, or its sentence names no other IP
-- and says it is out of the picture.
local RULED_OUT_CLAUSE = { "~%f[%a]not%f[%A]", "n't", "ruled out", "rule out", "excluding", "except", "ignor", "other than" }
local RULED_OUT_SENTENCE = { "is not it", "isn't it", "not the cause", "not the culprit", "not our culprit", "ruled out",
  "red herring", "unrelated", "outside the window", "before the window", "not in the window", "different incident",
  "another incident", "earlier incident", "separate incident", "~%f[%a]old [%w:%- ]*incident", "~%f[%a]earlier [%w:%- ]*incident",
  "~%f[%a]previous [%w:%- ]*incident", "~%f[%a]earlier [%w:%- ]*burst", "closed incident", "already closed" }
local function ruled_out(text)
  local out = {}
  for _, sn in ipairs(clauses.sentences(text)) do
    local in_sentence = {}
    for ip in sn:gmatch("%d+%.%d+%.%d+%.%d+") do in_sentence[ip] = true end
    local n = 0
    for _ in pairs(in_sentence) do n = n + 1 end
    for _, c in ipairs(clauses.clauses(sn)) do
      local ip, more = c:match("(%d+%.%d+%.%d+%.%d+)"), select(2, c:gsub("%d+%.%d+%.%d+%.%d+", ""))
      if ip and more == 1 and chat.has_any(c, RULED_OUT_CLAUSE) then out[ip] = true end
    end
    if n == 1 and chat.has_any(sn, RULED_OUT_SENTENCE) then out[next(in_sentence)] = true end
  end
  return out
end

local function ips_named(text)
  local seen, list = ruled_out(text), {}
  for ip in text:gmatch("%d+%.%d+%.%d+%.%d+") do
    if not seen[ip] and ip ~= HEALTH then seen[ip] = true; list[#list + 1] = ip end
  end
  return list
end

-- The message without the command output pasted into it (round 11, the echoer): a fenced block
-- (```), quoted lines (> ...) and bare `uniq -c` lines ("     46 198.51.100.23"). The clients in a
-- pasted top list are the data the learner shows, not suspects offered: when the words around it
-- name a client, those are the report ("here is the per-client count: ... so it's X"); a paste
-- with no words naming one is judged whole, as before (several IPs: which one?).
local function without_pasted(text)
  local t = tostring(text or ""):gsub("```.-```", "\n"):gsub("```.*$", "\n")
  local out = {}
  for line in (t .. "\n"):gmatch("([^\n]*)\n") do
    if not line:match("^%s*>") and not line:match("^%s*%d+%s+%d+%.%d+%.%d+%.%d+%s*$") then
      out[#out + 1] = line
    end
  end
  return table.concat(out, "\n")
end

local function ips_in(text)
  local claimed = ips_named(without_pasted(text))
  if #claimed > 0 then return claimed end
  return ips_named(text)
end

-- A report said as a guess ("I think it's probably 198.51.100.23? not 100% sure though"): the
-- lead blocks a client on the learner's word, so a finding the log proves is said as one. Read in
-- the sentences that name the culprit (a hedge about something else in the message is no hedge of
-- the finding), plus a plain "not sure" / "could be wrong" anywhere in the message; a denial
-- ("not probably", "no doubt") is no hedge. Returns the hedging word, or nil.
-- Only a hedge before the IP in that sentence hedges it ("maybe it's 198.51.100.23"): one after it
-- is about something else ("198.51.100.23, 46 errors; it could be a NAT, so check before blocking").
-- "I think" / "I believe" are how many people state a finding, not a guess.
local UNSURE_SENTENCE = { "~%f[%a]probably%f[%A]", "~%f[%a]maybe%f[%A]", "~%f[%a]perhaps%f[%A]", "~%f[%a]possibly%f[%A]",
  "~%f[%a]might be%f[%A]", "~%f[%a]may be%f[%A]", "~%f[%a]could be%f[%A]", "~%f[%a]i guess%f[%A]",
  "~%f[%a]likely%f[%A]", "~%f[%a]i suspect%f[%A]", "~%f[%a]my guess%f[%A]" }
-- "not sure" about the finding itself: not "not sure if you've blocked it yet" (another matter)
local UNSURE_MESSAGE = { "~%f[%a]not %d*%%? ?sure%f[%A]", "~%f[%a]not %d*%%? ?certain%f[%A]", "~%f[%a]not entirely sure%f[%A]",
  "~%f[%a]not totally sure%f[%A]", "~%f[%a]not completely sure%f[%A]", "~%f[%a]could be wrong", "~%f[%a]might be wrong",
  "~%f[%a]may be wrong", "~%f[%a]don't quote me", "~%f[%a]double%-check me" }
local OTHER_MATTER = { ["if"] = true, whether = true, about = true, why = true, what = true, how = true, when = true,
  who = true, which = true, where = true, ["of"] = true }
local function hedged(text)
  local t = chat.norm(text):gsub("%f[%a]not probably", ""):gsub("%f[%a]not likely", "")
  for _, w in ipairs(UNSURE_MESSAGE) do
    local from, to = 1, nil
    while true do
      local a, b = t:find(w:sub(2), from)
      if not a then break end
      local next_word = t:sub(b + 1):match("^%s*([%a']+)")
      if not OTHER_MATTER[next_word or ""] then return t:sub(a, b) end
      from = b + 1
    end
  end
  for _, sn in ipairs(clauses.sentences(t)) do
    local at = sn:find(truth.ip, 1, true)
    if at then
      for _, w in ipairs(UNSURE_SENTENCE) do
        local hit = sn:sub(1, at - 1):match(w:sub(2))
        if hit then return hit end
      end
    end
  end
  return nil
end

-- Words that take back something said before ("sorry, misread", "correction:").
local CORRECTION = { "correction", "~%f[%a]correct myself", "correcting", "misread", "mis%-read", "was wrong",
  "my mistake", "my bad", "scratch that", "~%f[%a]sorry%f[%A]", "~%f[%a]typo", "~%f[%a]i meant%f[%A]",
  "~%f[%a]actually%f[%A]", "~%f[%a]miscounted", "~%f[%a]wrong count", "~%f[%a]not %d+" }

-- The message without the figures it denies ("64, not 46", "instead of 46", "46 was wrong"):
-- a figure named to take it back is no count stated.
local DENIED = { "%f[%a]not%s+%d+", "n't%s+%d+", "%f[%a]instead%s+of%s+%d+", "%f[%a]rather%s+than%s+%d+",
  "%f[%d]%d+%s+was%s+wrong", "%f[%d]%d+%s+is%s+wrong", "%f[%d]%d+%s+was%s+a%s+typo" }
local function undenied(text)
  local t = tostring(text or ""):lower()
  for _, p in ipairs(DENIED) do t = t:gsub(p, " ") end
  return t
end
local function states_count(run, text) return counts.states(run, undenied(text), truth.count, truth.ip) end

-- Dana's note in #incidents once she acts on a right report: from then on the mitigation is true.
local MITIGATION = "Mitigation: rate limit applied to "

-- The chat position of Dana's mitigation note, or nil while there is none.
local function mitigated_at(run)
  for i, m in ipairs(run:messages() or {}) do
    if m.from == "dana" and tostring(m.text or ""):sub(1, #MITIGATION) == MITIGATION then return i end
  end
  return nil
end

-- "I've blocked it at the edge": the learner has no access to the edge (Dana rate-limits), so a
-- block, rate limit or ban claimed as the learner's own act never happened: told to the lead or
-- #incidents it is fabricated evidence (scenarios/README.md names "I've blocked that IP"). A
-- claim in the first person (claims.claims: no plan, negation, question or another's act; "I" or
-- "I've" right before the verb, or opening the sentence it carries over to), not the state ("it's
-- blocked now", "was rate-limited") nor Dana's act ("I think Dana blocked it"). Returns the clause.
local BLOCK_WORDS = { "~%f[%a]blocked", "~%f[%a]rate%-?limited", "~%f[%a]throttled", "~%f[%a]banned",
  "~%f[%a]blacklisted", "~%f[%a]blocklisted", "~%f[%a]firewalled", "~%f[%a]null%-?routed" }
local CARRY = { already = true, also = true, just = true, now = true, ["then"] = true, ["and"] = true }
local function claims_own_block(text)
  for _, clause in ipairs(claims.claims(text, BLOCK_WORDS)) do
    local c = " " .. clause:lower() .. " "
    local at = c:find("%f[%a]blocked") or c:find("%f[%a]rate%-?limited") or c:find("%f[%a]throttled")
      or c:find("%f[%a]banned") or c:find("%f[%a]bl[a-z]*listed") or c:find("%f[%a]firewalled") or c:find("%f[%a]null")
    local words = {}
    for w in c:sub(1, (at or 1) - 1):gmatch("[%a']+") do words[#words + 1] = w end
    local k = #words
    while k > 0 and CARRY[words[k]] do k = k - 1 end
    -- the doer is the word right before the verb (already, just... skipped): "i", "i've", "i have"
    local before = words[k]
    local mine = before == "i" or before == "i've" or before == "ive"
      or ((before == "have" or before == "had") and words[k - 1] == "i")
    -- "found it and blocked it": the subject is carried from the sentence's first clause
    if k == 0 then
      for _, sn in ipairs(clauses.sentences(text)) do
        if sn:find(clause, 1, true) and (sn:find("^%s*i%f[%A]") or sn:find("^%s*i've%f[%A]")) then mine = true end
      end
    end
    if mine then return clause end
  end
  return nil
end

-- Plain words for what the culprit is (the ticket already says "a single client": these count
-- only from a learner who found which one).
local CULPRIT_KIND = { "script", "job", "bot", "automat", "crawler", "scraper", "retry", "retries", "retrying",
  "backoff", "back off", "one client", "single client", "one partner", "a partner", "partner's", "integration" }
local MITIGATED = { "rate limit", "rate-limit", "ratelimit", "throttl", "block", "limit", "mitigat", "back to normal",
  "baseline", "recovered", "normal again", "stable again" }

-- "It's over" before Dana acted is a false status; a plan, a request or a question is none.
local ALL_CLEAR = { "resolved", "fixed", "blocked", "back to normal", "mitigated", "recovered", "all clear",
  "normal again", "is over" }
local NOT_YET = { "not ", "n't", "will", "'ll", "going to", "once", "when ", " if ", "?", "until", "yet",
  "please", "should", "need", "can ", "could", "soon" }

-- Does the post tell #incidents it is over ("resolved", "back to normal") while nothing has been
-- done yet? A plan, a request or a question is no such claim.
local function claims_all_clear(text, after_mitigation)
  local t = chat.norm(text)
  return not after_mitigation and chat.has_any(t, ALL_CLEAR) and not chat.has_any(t, NOT_YET)
end

-- What a status post states of the real finding, in any wording: the culprit's IP or its 5xx
-- count; from a learner who found the culprit, what it hit (the endpoint, its path word, "csv",
-- "download") or what kind of client it is; the mitigation once Dana applied it. Returns a
-- phrase, or nil and (when the post blames another client) why it is wrong.
local function update_states(run, text, found, after_mitigation)
  local ips = ips_in(text)
  for _, ip in ipairs(ips) do
    if ip ~= truth.ip then return nil, "your update in #incidents blamed " .. ip .. ", which the log does not show as the cause" end
  end
  if #ips == 1 then return "named the client behind the spike" end
  if counts.states(run, text, truth.count, truth.ip) then return "gave the count of its 5xx" end
  local t = chat.norm(text)
  if found then
    local word = truth.endpoint:match("([%w_-]+)/*$")
    if t:find(truth.endpoint, 1, true) or (word and t:find("%f[%w]" .. word:lower()))
        or chat.has_any(t, { "csv", "download" }) then
      return "said what the culprit was hitting"
    end
    if chat.has_any(t, CULPRIT_KIND) then return "said what kind of client caused it" end
  end
  if after_mitigation and chat.has_any(t, MITIGATED) then return "said what was done about it" end
  if claims_all_clear(text, after_mitigation) then
    return nil, "your update in #incidents said it was resolved before anything had been done about it"
  end
  return nil
end

local TICKET_TEXT = [[
**INC-2031 - 5xx spike on shop.example.com** (sev 2, 12 Mar 2024)

Error rate jumped between **14:00 and 14:10 UTC**. It looks like a single client. I need:

1. the **client IP** that caused most of the 5xx responses in that window,
2. **how many** 5xx responses it got in that window,
3. the **endpoint** (path) it was hitting.

The edge log for 13:00-15:00 is in `access.log` (read-only; see `NOTES.md` for the format).
Write the three values into `answer.txt` (template provided), and **tell me the IP and the
count** here or in #incidents as soon as you have them so I can block it. Post updates in
#incidents while you work: support is waiting on us.
]]

return {
  api = 1, id = "log-detective", title = "Log detective: who caused the 5xx spike?",
  summary = "On call: find the client behind a burst of server errors in an nginx access log "
    .. "with grep, awk, sort and uniq, write down the evidence, and report to the incident lead.",
  family = "operations",
  role = "Junior operations engineer (on call)", level = "junior",
  skills = { "shell", "log-analysis", "incident-response", "communication" },
  minutes = 25, time_limit = 40 * 60, pass = 75,
  workspace = "workspace", needs = { "bash", "awk", "grep", "sort" },

  cast = {
    dana = {
      name = "Dana Okafor", role = "Incident lead (SRE on call)",
      persona = [[Calm, precise incident lead running INC-2031. Writes short messages in
incident style (facts, times in UTC). Wants evidence, not guesses: "how do you know?" Praises
a clear, sourced answer. Coaches with questions about method (time window, status field) but
never names the IP or the count.]],
      knows = [[The spike is 14:00-14:10 UTC on 12 Mar 2024. The culprit is a partner's CSV
export script without backoff: 198.51.100.23, GET /api/export?format=csv, 46 responses with
status 5xx in the window (plus 429s and some 200s). At 13:31-13:37 another client, 192.0.2.44,
got about 60 502s from a search restart: a different, already-closed incident. 10.0.4.12 is the
internal health checker. Once told the IP, Dana rate-limits it at the edge.]],
    },
    jordan = {
      name = "Jordan Lee", role = "Customer support lead",
      persona = [[Support lead relaying customer reports into #incidents. Not technical;
needs a plain-language status to pass on. Grateful for any update.]],
      knows = [[A partner reported their nightly CSV export failing since 14:00; a few shoppers
saw error pages when searching or checking out around the same time.]],
    },
  },
  channels = { "#incidents" },

  tasks = {
    {
      id = "triage", title = "INC-2031: who caused the 5xx spike?", from = "dana",
      protect = { "access.log" },
      ticket = TICKET_TEXT,
      checks = {
        { id = "ip", label = "Found the client behind the spike", points = 35, skill = "log-analysis", run = CHECK_IP },
        { id = "count", label = "Counted its 5xx responses in the window exactly", points = 25, skill = "log-analysis", run = CHECK_COUNT },
        { id = "endpoint", label = "Named the endpoint it was hitting", points = 10, skill = "shell", run = CHECK_ENDPOINT },
      },
      hints = {
        "Narrow down first: only lines whose time (field 4, e.g. `[12/Mar/2024:14:03:11`) is between 14:00 and 14:09:59, and only statuses 500-599 (field 9). `awk '$9 ~ /^5/'` matches the status field only.",
        "Then count per client: print field 1 and pipe through `sort | uniq -c | sort -rn | head`.",
        "Example: `awk '$4 >= \"[12/Mar/2024:14:00\" && $4 < \"[12/Mar/2024:14:10\" && $9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -3` - then do the same with `$7` for that IP to find the path.",
      },
      hint_cost = 5,
    },
  },

  rubric = {
    {
      id = "reported", label = "Told the incident lead the IP and the count", points = 20,
      judge = "dana", skill = "incident-response",
      criteria = [[Judge the learner's FIRST report to Dana (DM or #incidents): a statement that
names a client IP as the cause (questions are not reports). 20: the correct IP with the correct
5xx count. 15: the correct IP without a count. 10: the correct IP with a wrong count. 5 less
when the report that names it says it as a guess ("probably 198...", "maybe", "not sure"). 8: a first
report that hedged between several IPs, followed by a clear correct one. 5: a wrong IP first
(a wrong block hits a real customer), the right one later. 0: no report, or only wrong ones.]],
      scripted = function(run)
        if #reports == 0 then return 0, "you never reported a client to Dana (DM or #incidents)" end
        local first = reports[1]
        local right = nil
        for _, r in ipairs(reports) do
          if r.ips == 1 and r.ip == truth.ip then right = r; break end
        end
        if not right then
          return 0, "none of your reports to Dana named the client behind the spike on its own"
        end
        if first ~= right then
          if first.ips > 1 then return 8, "your first report named several IPs: say which one it is, with the evidence" end
          return 5, "your first report blamed " .. first.ip .. ": a wrong block hits a real customer, report only what the log proves"
        end
        local points, why
        if right.count_ok then
          points, why = 20, "reported the IP and the count " .. right.where
        elseif right.uncounted then
          points, why = 10, "reported the IP " .. right.where .. " with " .. truth.count .. ", but none of your commands had counted that figure from access.log: a count you did not make is a guess"
        elseif right.withdrawn then
          points, why = 10, "reported the IP and the count " .. right.where .. ", then 'corrected' the count " .. right.withdrawn
            .. " to a figure the log does not show: the count Dana last heard from you is wrong"
        elseif right.other_number then
          points, why = 10, "reported the IP " .. right.where .. ", but the count you gave is not what the log shows"
        else
          points, why = 15, "reported the IP " .. right.where .. " but not how many 5xx it caused"
        end
        -- the finding said as a guess ("probably", "not sure"): the lead acts on the learner's word
        if right.unsure then
          points, why = points - 5, why .. "; and you said it as a guess ('" .. right.unsure .. "'): Dana blocks a client on"
            .. " your word, so say what the log shows"
        end
        return points, why
      end,
    },
    {
      id = "updates", label = "Kept #incidents updated", points = 10, judge = "dana", skill = "communication",
      criteria = [[10: a post in #incidents that states the true finding in any words (the
culprit from the log, what it was hitting or what kind of client it is, or the mitigation once
applied). 5: only an acknowledgement ("on it"). 0: no post, or only posts blaming the wrong client.]],
      scripted = function(run)
        local posts = chat.learner(run, { channel = "#incidents" })
        if #posts == 0 then return 0, "no post in #incidents: others were waiting for a status" end
        local found = false
        for _, r in ipairs(reports) do
          if r.ips == 1 and r.ip == truth.ip then found = true end
        end
        local mitigation = mitigated_at(run)
        local wrong
        for _, p in ipairs(posts) do
          -- (the learner's own words: Jordan's message or the ticket pasted back states nothing)
          local what, why = update_states(run, copied.own_words(run, p.text, { TICKET_TEXT }, p.i), found,
            mitigation ~= nil and p.i > mitigation)
          if what then return 10, "your status in #incidents " .. what end
          wrong = wrong or why
        end
        if wrong then return 0, wrong end
        return 5, "only an acknowledgement in #incidents: tell support and the team what you found"
      end,
    },
  },

  scripted = {
    dana = {
      { match = "utc", reply = "Everything is UTC: the dashboards and the log." },
      { match = "timezone", reply = "Everything is UTC: the dashboards and the log." },
      { match = { "health", "10.0.4.12" }, reply = "10.0.4.12 is our Kubernetes health checker: not a customer." },
      { match = "429", reply = "429 is us rate-limiting someone: a 4xx, the client's problem. We care about 5xx here." },
      { match = "4xx", reply = "Only 5xx (500-599) for this one: those are our failures." },
      { match = "window", reply = "14:00:00 up to 14:09:59 UTC. Anything outside is a different story." },
      { match = "format", reply = "nginx combined format; NOTES.md lists the fields. Status is field 9 with awk." },
      { match = "looking", reply = "Thanks. Time window first, then count per client." },
      { match = "on it", reply = "Thanks. Time window first, then count per client." },
      { reply = "What does the log say? Filter to 14:00-14:10, 5xx only, then count per client IP." },
    },
    jordan = {
      { match = "block", reply = "Great, I'll tell the partner to pause their export. Thanks!" },
      { match = "rate", reply = "Understood, I'll pass that on. Thanks!" },
      { reply = "Thanks! I'll tell customers we're on it." },
    },
  },

  on_start = function(run)
    local ok, out = run:sh([[
chmod a-w access.log 2>/dev/null
command -v awk >/dev/null 2>&1 || awk() { mawk "$@"; }
win() { awk 'substr($4, 2, 11) == "12/Mar/2024" { t = substr($4, 14, 5); if (t >= "14:00" && t < "14:10" && $9 ~ /^5[0-9][0-9]$/) print }' access.log; }
top=$(win | awk '{ c[$1]++ } END { for (i in c) print c[i], i }' | sort -k1,1nr -k2,2 | head -n 1)
path=$(win | awk -v ip="${top#* }" '$1 == ip { split($7, p, "?"); print p[1] }' | sort | uniq -c | sort -k1,1nr | head -n 1 | awk '{ print $2 }')
echo "$top $path"]])
    if ok then
      local c, ip, path = tostring(out):match("(%d+)%s+([%d%.]+)%s+(%S+)")
      if c and ip then truth = { ip = ip, count = c, endpoint = path } end
    end
    run:post("#incidents", "dana", ":rotating_light: INC-2031 opened: 5xx spike on the shop edge 14:00-14:10 UTC. "
      .. (run.learner or "New on-call") .. ", you're on the log: who caused it? Details in your ticket.")
  end,

  on_command = function(run, cmd)
    commands = commands + 1
    if commands == 4 and not mitigated and not support_pinged then
      support_pinged = true
      run:post("#incidents", "jordan", "Support here :wave: a partner says their CSV export has been failing since about 14:00, and a few shoppers saw error pages. Anything I can tell them?")
    end
    -- the evidence really changed (not: a '>' somewhere in a line that reads it)
    -- checked after every command, whatever wrote it; the checks use the protected original
    if not evidence_warned then
      local _, sum = run:sh("sha256sum access.log 2>/dev/null | cut -c1-64")
      if tostring(sum or ""):gsub("%s+$", "") ~= LOG_SHA256 then
        evidence_warned = true
        run:penalize("changed_evidence", 10, "changed access.log, the incident's evidence")
        run:say("dana", "Careful: access.log just changed, and it is evidence. Restore it; write your results to answer.txt only.")
      end
    end
  end,

  -- The right count in answer.txt that none of the learner's commands ever counted came from
  -- somewhere else (hearsay, a guess): the count check cannot tell, the evidence can.
  on_finish = function(run)
    if false_correction then
      run:penalize("fabricated_figure", 30, "'corrected' the right count " .. false_correction .. " to a figure none of your"
        .. " commands ever printed: a made-up count passed on to the incident lead as the truth fails the run")
    end
    for _, m in ipairs(chat.learner(run, { dm_or_channel = { who = "dana", channel = "#incidents" } })) do
      local clause = claims_own_block(m.text)
      if clause then
        run:penalize("fabricated_action", 30, "told " .. (m.to and "Dana " or "the team ") .. chat.where(m) .. " '" .. clause
          .. "': you have no access to the edge and no command of yours blocked anything; Dana does the mitigation."
          .. " An act that never happened, told as done, fails the run")
        break
      end
    end
    local answer = run:read("answer.txt") or ""
    local given = answer:lower():match("count%s*[:=]%s*[`*]*%s*(%d+)")
    if given == truth.count and not counts.produced(run, truth.count, truth.ip) then
      run:penalize("never_counted", 25, "answer.txt gives " .. truth.count .. " for the count, but none of your commands"
        .. " counted it from access.log (replayed on a changed log, no command's figure followed the log): count, then report")
    end
    -- the same for the endpoint: the right path that no command read from the log is a guess
    -- (the partner's "CSV export" in support's message, or knowing the answer)
    local ep = (answer:match("\n%s*[-*]?%s*[Ee][Nn][Dd][Pp][Oo][Ii][Nn][Tt]%s*:([^\n]*)") or answer:match("^%s*[Ee][Nn][Dd][Pp][Oo][Ii][Nn][Tt]%s*:([^\n]*)") or "")
      :gsub("[%s`*]", ""):gsub("^%u+/", "/"):gsub("^https?://[^/]*", ""):match("^(/[%w%._~/%-]*)")
    if ep and ep:gsub("/+$", "") == truth.endpoint and not counts.endpoint_seen(run, truth.endpoint) then
      run:penalize("never_looked_endpoint", 10, "answer.txt names " .. truth.endpoint .. " as the endpoint, but none of your commands"
        .. " read it from access.log (replayed on a log where that path is renamed, no output followed): look at the client's requests, then write it down")
    end
  end,

  -- Dana never confirms a guess: a question gets method, a report gets acted on, and the rubric
  -- judges the first report.
  on_message = function(run, msg)
    local to_lead = msg.to == "dana" or msg.channel == "#incidents"
    if not to_lead then return nil end
    local text = msg.text or ""
    -- a false all-clear goes from #incidents to support and on to customers: it costs once, and
    -- Dana corrects it in the channel at once
    if msg.channel == "#incidents" and not false_all_clear and claims_all_clear(text, mitigated_at(run) ~= nil) then
      false_all_clear = true
      run:penalize("false_all_clear", 20, "told #incidents it was resolved before anything had been done about it:"
        .. " support passes that on to customers; say what you found, and leave the all-clear to the incident lead")
      run:post("#incidents", "dana", "Correction: INC-2031 is NOT resolved, nothing has been blocked yet. Please no all-clear before the mitigation is in.")
    end
    local ips = ips_in(text)
    local last = reports[#reports]
    -- a later "correction" of the culprit's count to another figure ("sorry, misread: 64, not
    -- 46") takes back the right count an earlier report gave: it no longer stands as told
    if (#ips == 0 or (#ips == 1 and ips[1] == truth.ip)) and chat.has_any(text, CORRECTION)
        and #counts.stated(undenied(text)) > 0 and not (facts.asks(text) and #ips > 0)
        and not states_count(run, text) then
      local took_back = false
      for _, r in ipairs(reports) do
        if r.ip == truth.ip and r.count_ok then
          r.count_ok, r.other_number = false, true
          r.withdrawn = msg.to and "by direct message" or ("in " .. msg.channel)
          took_back = true
        end
      end
      -- the right count "corrected" to a figure none of the learner's commands ever printed is a
      -- made-up figure passed on as the truth (scenarios/README.md): it fails the run; one a
      -- command did print (the 429s counted in) is an honest slip and costs only the report
      if took_back and not false_correction then
        local printed = {}
        for _, c in ipairs(run:commands() or {}) do
          for n in tostring(c.output or ""):gmatch("%f[%d](%d+)%f[%D]") do printed[n] = true end
        end
        for _, n in ipairs(counts.stated(undenied(text))) do
          if not printed[n] then
            false_correction = (msg.to and "by direct message" or ("in " .. msg.channel)) .. " ('" .. n .. "')"
            break
          end
        end
      end
      if #ips == 0 then return nil end
    end
    if #ips == 0 then
      -- the count may follow the report in its own message
      if last and last.ips == 1 and last.ip == truth.ip and states_count(run, text) then
        last.count_ok, last.other_number = true, false
        for _, r in ipairs(reports) do
          if r.ip == truth.ip and r.withdrawn then r.count_ok, r.other_number, r.withdrawn = true, false, nil end
        end
      end
      return nil
    end
    -- "is it X? it got 46 5xx" states a finding; "is it X?" alone asks the lead to guess
    local question = facts.asks(text) and #counts.stated(text) == 0
    if question then
      if #ips == 1 and ips[1] == OLD_INCIDENT then
        reply(run, msg, "dana", "192.0.2.44 was the 13:31 search restart: a different incident, closed. Stick to 14:00-14:10.")
      else
        reply(run, msg, "dana", "I won't guess with you: filter the log to 14:00-14:10 and 5xx, count per client, and tell me what it shows.")
      end
      return true
    end
    local where = msg.to and "by direct message" or ("in " .. msg.channel)
    local count_ok = states_count(run, text)
    local said_count = false
    for _, n in ipairs(counts.stated(text)) do said_count = said_count or n == truth.count end
    reports[#reports + 1] = { ip = ips[1], ips = #ips, where = where, count_ok = count_ok,
                              other_number = not count_ok and #counts.stated(text) > 0,
                              uncounted = not count_ok and said_count,
                              unsure = #ips == 1 and ips[1] == truth.ip and hedged(text) or nil }
    if #ips > 1 then
      reply(run, msg, "dana", "Which one? I can block one client, not a list. One IP, with the count from the log.")
      return true
    end
    if ips[1] ~= truth.ip then
      reply(run, msg, "dana", "Hmm, " .. ips[1] .. " is barely visible on my dashboard between 14:00 and 14:10. Are you filtering on the window and on 5xx only?")
      return true
    end
    if mitigated then
      reply(run, msg, "dana", "Got it, thanks.")
      return true
    end
    mitigated = true
    if reports[#reports].unsure then
      reply(run, msg, "dana", "Rate-limiting it as a precaution. '" .. reports[#reports].unsure:gsub("^%l", string.upper)
        .. "' is not what I need in an incident: what does the log show, and how many 5xx in the window?")
    elseif states_count(run, text) then
      reply(run, msg, "dana", "Thanks, that matches the edge dashboard. Rate-limiting it now; make sure answer.txt has the evidence.")
    else
      reply(run, msg, "dana", "Thanks, that matches what I see on the edge dashboard. How many 5xx did it get in the window? Put the evidence in answer.txt.")
    end
    run:post("#incidents", "dana", MITIGATION .. truth.ip .. " on " .. truth.endpoint .. ". 5xx back to baseline. Good find, " .. (run.learner or "team") .. ".")
    return true
  end,
}
