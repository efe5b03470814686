-- disk-full: on call, the orders-api log volume is at 93% because the nightly compression job
-- broke. Free space safely: gzip the rotated daily logs, never touch today's log (the service
-- writes to it, and a hook appends to it mid-run), delete nothing, keep #incidents posted.
-- The logs are generated at the start (the folder stays small); the checks compare with the
-- digests of what the generator wrote.
local chat = require("chat")
local facts = require("facts")
local claims = require("claims")
local clauses = require("clauses")

-- One deterministic python program: "write" creates the logs, the other modes verify them.
local GEN = [==[
import bz2, gzip, hashlib, io, lzma, os, subprocess, sys, tarfile, zipfile

OLD_DAYS = ["2024-03-%02d" % d for d in range(5, 12)]
TODAY = "2024-03-12"
PATHS = [("POST", "/v1/orders", 201), ("GET", "/v1/orders/{id}", 200), ("GET", "/v1/orders", 200),
         ("PATCH", "/v1/orders/{id}", 200), ("GET", "/v1/health", 200), ("POST", "/v1/payments", 202),
         ("GET", "/v1/orders/{id}", 404), ("POST", "/v1/orders", 422)]

def content(day, n, until=86400):
    state = int(day.replace("-", "")) % 2147483647
    out = []
    for i in range(n):
        state = (state * 48271) % 2147483647
        sec = i * until // n
        m, p, st = PATHS[state % len(PATHS)]
        oid = state % 900000 + 100000
        lvl = "WARN " if st >= 400 else "INFO "
        out.append("%sT%02d:%02d:%02d.%03dZ %s orders-api req=%08x %s %s status=%d dur_ms=%d client=10.20.%d.%d\n" % (
            day, sec // 3600, sec % 3600 // 60, sec % 60, state % 1000, lvl, state, m,
            p.replace("{id}", str(oid)), st, 3 + state % 180, state % 7, state % 250 + 2))
    return "".join(out).encode()

def old(day): return content(day, 11250)
def today(): return content(TODAY, 6500, until=11 * 3600 + 40 * 60)

# sha256 of what "write" produces (regenerating 37 MB in every check took seconds per check on a
# busy machine); if you change content(), run the write mode once and update these.
DIGEST = {"2024-03-05": "ea660d4d27387519479f18fcd36153658aa25a1168345584ecaa9fa3f25a7b36",
          "2024-03-06": "7d75e6eab6b92efec62c7160e48279d71cdadd2074ba0624109b8b022d7d4a6e",
          "2024-03-07": "75332c318da084ef3223f79c68a162c281376954366cbfae55d8177f4834e169",
          "2024-03-08": "98b00b25c20d5a20d498eab4a37a2f60ae917801b4b614642449d891d5d30640",
          "2024-03-09": "0bc71037c1e00c5cf8ff04574da9547ef5c10f361777d14d419ddf528ac51069",
          "2024-03-10": "c41e9b652db989c8d880bb27e5123d41b79aeaec09bdbcf80fc69a83625968aa",
          "2024-03-11": "89edba60c4f1b1961102b8eebdb9a2afd9369b703563b85fb3bf90740cef40be"}
TODAY_DIGEST, TODAY_LEN = "a1cd93b65958f1642ed886126e85dc85b7c59b10780d3710915cf7861803d494", 737838

mode = sys.argv[1]
if mode == "write":
    import calendar, time
    for d in OLD_DAYS:
        with open("logs/orders-api-%s.log" % d, "wb") as f: f.write(old(d))
        # rotated at the end of its day, as logrotate leaves it: `find -mtime +0` finds the old ones
        t = calendar.timegm(time.strptime(d, "%Y-%m-%d")) + 86399
        os.utime("logs/orders-api-%s.log" % d, (t, t))
    with open("logs/orders-api.log", "wb") as f: f.write(today())
    sys.exit(0)

def fail(msg): print("FAIL: " + msg)
bad = 0
def tar_member(spec, mode="rb"):
    """'archive!member' of a tar (or zip) archive under logs/, opened for reading."""
    p, name = spec.split("!", 1)
    if p.endswith(".zip"): return zipfile.ZipFile(p).open(name)
    return tarfile.open(p, "r:*").extractfile(name)
def tool(name):
    """A compressor python cannot read (zstd, lz4): its own -dc, when it is installed."""
    def opener(p, mode="rb"):
        return io.BytesIO(subprocess.run([name, "-dcq", p], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                         check=True).stdout)
    return opener
OPENERS = {".gz": gzip.open, ".xz": lzma.open, ".bz2": bz2.open, ".zst": tool("zstd"), ".lz4": tool("lz4"),
           ".tar": tar_member}
TARS = (".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2", ".zip")
_members = None
def tar_members():
    """(archive, member) of every log file inside a tar archive under logs/ (read once): a tarball
    keeps the logs on the volume, though not one .gz per file as the runbook asks."""
    global _members
    if _members is None:
        _members = []
        for root, dirs, files in os.walk("logs"):
            for fn in files:
                p = os.path.join(root, fn)
                if os.path.islink(p) or not fn.endswith(TARS): continue
                try:
                    if fn.endswith(".zip"):
                        with zipfile.ZipFile(p) as z:
                            _members += [(p, n) for n in z.namelist() if not n.endswith("/")]
                        continue
                    with tarfile.open(p, "r:*") as t:
                        _members += [(p, m.name) for m in t.getmembers() if m.isfile()]
                except Exception:
                    pass
    return _members
def copies(d):
    """Every copy of day d under logs/ (a subfolder such as logs/archive/ is fine): plain, archives."""
    base = "orders-api-%s.log" % d
    plain, packed = [], []
    for root, dirs, files in os.walk("logs"):
        for fn in files:
            p = os.path.join(root, fn)
            if os.path.islink(p) or not os.path.isfile(p): continue
            if fn == base: plain.append(p)
            for ext in OPENERS:
                if ext != ".tar" and fn == base + ext: packed.append((p, ext))
    packed += [(p + "!" + m, ".tar") for p, m in tar_members() if os.path.basename(m) == base]
    return plain, sorted(packed, key=lambda x: x[1] != ".gz")
def started():
    """Keeping things intact earns points only once the job is done at least in part."""
    if not any(copies(d)[1] for d in OLD_DAYS):
        fail("no old log is compressed yet: leaving everything as it was frees nothing")
        sys.exit(1)
if mode == "today":
    started()
    p = "logs/orders-api.log"
    if os.path.islink(p) or not os.path.isfile(p):
        for alt in (p + ".gz", "logs/orders-api-%s.log" % TODAY, "logs/orders-api-%s.log.gz" % TODAY):
            if os.path.exists(alt):
                fail("today's log was moved or compressed to %s: the running service writes to logs/orders-api.log; put it back (gunzip / mv)" % alt); sys.exit(1)
        fail("logs/orders-api.log (today's log, open by the service) is gone"); sys.exit(1)
    with open(p, "rb") as f: head = f.read(TODAY_LEN)
    if head[:2] == b"\x1f\x8b":
        fail("logs/orders-api.log is gzip data: today's log must stay plain text, the service appends to it"); sys.exit(1)
    same = hashlib.sha256(head).hexdigest() == TODAY_DIGEST
    if not same and os.path.exists(p + ".gz"):
        fail("today's log was compressed to logs/orders-api.log.gz while the service kept writing: it re-created orders-api.log and today's requests are now split over two files. Only compress the dated logs"); sys.exit(1)
    if not same:
        fail("logs/orders-api.log was truncated or edited: today's log must stay exactly as the service wrote it"); sys.exit(1)
    sys.exit(0)
def day_state(d):
    """'gz' (a complete .gz, no plain copy), 'other' (complete, another compressor), 'both' (a
    complete archive and a plain copy), 'plain' (complete, uncompressed), or a FAIL text."""
    want = DIGEST[d]
    plain, packed = copies(d)
    plain_ok = False
    for p in plain:
        with open(p, "rb") as f:
            if hashlib.sha256(f.read()).hexdigest() == want: plain_ok = True
    broken = None
    for p, ext in packed:
        try:
            with OPENERS[ext](p, "rb") as f: data = f.read()
        except Exception as e:
            broken = broken or "%s is not a readable %s file (%s)" % (p, ext[1:], e.__class__.__name__); continue
        if hashlib.sha256(data).hexdigest() != want:
            broken = broken or "%s does not decompress to the original log (was it edited or truncated?)" % p; continue
        if plain: return "both"
        return "gz" if ext == ".gz" else "other"
    if plain_ok: return "plain"
    if broken: return broken
    if plain: return "%s was changed or truncated: audit needs it exactly as written" % plain[0]
    return "logs/orders-api-%s.log is gone and there is no .gz of it: logs must be kept for 30 days" % d
def shape(d):
    """By names only (the content is the kept check's job, which decompresses every archive)."""
    plain, packed = copies(d)
    if packed and plain: return "both"
    if packed:
        if any(ext == ".gz" for _, ext in packed): return "gz"
        return "tar" if all(ext == ".tar" for _, ext in packed) else "other"
    return "plain" if plain else "gone"
if mode == "kept":
    started()
    lost = [s for s in (day_state(d) for d in OLD_DAYS) if s not in ("gz", "other", "both", "plain")]
    for s in lost: fail(s)
    # a FIFO, socket or device, or a dangling or looping link, named like a log or an archive: no
    # log, and audit's `zcat logs/*.gz` hangs or fails on it (the checks skip it, audit cannot)
    fakes = []
    for root, dirs, files in os.walk("logs"):
        for fn in files:
            fp = os.path.join(root, fn)
            if fn.startswith("orders-api") and (not os.path.exists(fp) or not (os.path.isfile(fp) or os.path.isdir(fp))):
                fakes.append(fp)
    for fp in sorted(fakes)[:3]:
        fail("%s is no log file (a FIFO, device or broken link) posing as one: audit reads every log, remove it" % fp)
    sys.exit(1 if lost or fakes else 0)
shapes = {d: shape(d) for d in OLD_DAYS}
lost = [d for d, s in shapes.items() if s == "gone"]
if mode == "compressed":
    for d, s in shapes.items():
        if s == "plain": fail("logs/orders-api-%s.log is not compressed yet (expected logs/orders-api-%s.log.gz)" % (d, d)); bad = 1
        elif s == "both": fail("logs/orders-api-%s.log is still there next to its compressed copy: the uncompressed copy frees nothing" % d); bad = 1
        elif s == "other": fail("orders-api-%s.log is compressed, but not with gzip: the runbook asks for .gz so zcat/zgrep keep working" % d); bad = 1
        elif s == "tar": fail("orders-api-%s.log is kept inside a tar or zip archive: the runbook asks for one .gz per log so zcat/zgrep keep working on each day" % d); bad = 1
    if lost and not bad: fail("%d old log(s) are not there to compress (see the check on keeping them)" % len(lost))
    sys.exit(1 if bad or lost else 0)
if mode == "space":
    total = 0
    for root, dirs, files in os.walk("logs"):
        for fn in files:
            fp = os.path.join(root, fn)
            if not os.path.islink(fp): total += os.path.getsize(fp)
    limit = 10 * 1024 * 1024 * 40 // 100
    if total > limit:
        fail("the log volume still uses %.1f MB of 10 MB (%d%%); it should be well under 40%%" % (total / 1048576, total * 100 // (10 * 1048576))); sys.exit(1)
    if lost:
        fail("space freed by losing logs does not count: every old log must still be there (compressed)"); sys.exit(1)
    sys.exit(0)
]==]

local function py(mode) return "python3 - " .. mode .. " <<'PY'\n" .. GEN .. "PY\n" end

local VOLUME = 10 * 1024 * 1024
-- What the volume looks like right now (the hooks' view of the truth): bytes used, today's log
-- ("ok", "missing" or "gzip") and how many old days have neither a plain nor a .gz file.
local PROBE = [[
cd logs 2>/dev/null || { echo "0 missing 7"; exit 0; }
used=$(du -sb . | cut -f1)
t=ok
if [ ! -f orders-api.log ] || [ -L orders-api.log ]; then t=missing
elif [ "$(head -c 2 orders-api.log | od -An -tx1 | tr -d ' \n')" = 1f8b ]; then t=gzip; fi
lost=0
members=$(find . -type f \( -name '*.tar' -o -name '*.tar.*' -o -name '*.tgz' -o -name '*.tbz2' -o -name '*.txz' \) -exec tar tf {} \; 2>/dev/null
  find . -type f -name '*.zip' -exec zipinfo -1 {} \; 2>/dev/null)
for d in 05 06 07 08 09 10 11; do
  [ -n "$(find . -type f -size +0 \( -name orders-api-2024-03-$d.log -o -name "orders-api-2024-03-$d.log.*" \) | head -n 1)" ] \
    || printf '%s\n' "$members" | grep -q "orders-api-2024-03-$d\.log\$" || lost=$((lost + 1))
done
echo "$used $t $lost"
]]
local function probe(run)
  local _, out = run:sh(PROBE)
  local used, today, lost = tostring(out or ""):match("(%d+) (%a+) (%d+)")
  used = tonumber(used) or 0
  return { used = used, pct = (used * 100 + VOLUME - 1) // VOLUME, mb = used / 1048576,
           today = today or "missing", lost = tonumber(lost) or 7 }
end

-- Why the volume is not resolved in this probed state (nil when it is): usage under 40% with
-- every log still on the volume and today's log the plain file the service writes to.
local function not_resolved(st)
  if st.pct >= 40 then return ("bin/disk-usage showed %d%%"):format(st.pct) end
  if st.lost > 0 then return ("%d dated log(s) were not on the volume (deleted or moved away: audit needs every day, and space won that way is not freed)"):format(st.lost) end
  if st.today ~= "ok" then return "today's orders-api.log was " .. (st.today == "gzip" and "gzip data" or "gone") end
  return nil
end

-- Why the final workspace is not resolved (nil when it is): a "resolved" that stops being true
-- once the learner undoes the work (moves the logs back, gunzips them) was a false claim. The
-- final checks already judged that state; without a submit a probe looks.
local function final_not_resolved(run)
  local t = run:task("free-space")
  local c = t and t.checks or {}
  if t and t.submits > 0 and c.space and c.space.ran and c.today_intact.ran and c.old_kept.ran then
    for _, id in ipairs({ "space", "old_kept", "today_intact" }) do
      if not c[id].passed then return (tostring(c[id].feedback or c[id].label):gsub("\n.*", "")) end
    end
    return nil
  end
  return not_resolved(probe(run))
end

local DONE_WORDS = { "resolved", "freed", "done", "fixed", "compressed", "gzipped", "back to", "down to",
  "now at", "mitigated", "->", "→", "all good", "all clear", "cleared", "recovered", "under control",
  "green", "ok now", "okay now", "complete", "closed", "finished", "sorted" }
local NEGATED = { "won't", "will not", "not ", "n't ", "nothing", "no ", "never", "without", "don't", "do not" }

-- Does a post claim the work done? "uncompressed" names the problem, not the work ("Ack: seven
-- uncompressed daily logs at 93%" is an acknowledgement), so it is read without that word.
local function says_done(text)
  return chat.has_any((chat.norm(text):gsub("uncompress", "")), DONE_WORDS)
end

-- "verified every archive with gzip -t", "checked the usage", "made sure nothing was lost": the
-- learner says a run looked. A claim of readable archives needs a command that read a .gz
-- (gzip -t, zcat, zgrep, a script) before the message; any other needs a look at the volume
-- (bin/disk-usage, du, ls, ...). What Kenji or the nightly job did is not the learner's claim.
local CHECK_CLAIM = { "~%f[%a]checked%f[%A]" }
for _, w in ipairs(claims.PROCESS) do CHECK_CLAIM[#CHECK_CLAIM + 1] = w end
local NOT_A_RUN = { "kenji", "pagerbot", "ops-214", "nightly", "cron", "~%f[%a]job%f[%A]" }
local READABLE = { "readab", "gzip -t", "gzip --test", "zcat", "zgrep", "decompress", "integrity", "reads back",
  "read back", "corrupt", "unzip", "gunzip" }
local READ_GZ = { "zcat", "gzip", "gunzip", "zgrep", "zless", "zmore", "zdiff", "zcmp", "python3", "python", "bash", "sh",
  "tar", "file", "xxd", "od", "cmp" }
local LOOK = { "disk-usage", "du", "df", "ls", "stat", "find", "tail", "head", "wc", "cat", "less", "sha256sum",
  "md5sum", "cmp", "diff", "tree", "python3", "python", "bash", "sh", "zcat", "gzip" }
local function looked(run, n, clause)
  if chat.has_any(clause, READABLE) then return claims.ran_before(run, n, READ_GZ, { ".gz" }) end
  return claims.ran_before(run, n, LOOK, { "logs", "disk-usage", "orders-api" })
end

-- A result that says the dated logs were gzipped ("gzipped the dated logs", "all 7 compressed")
-- while one is still plain at the end (old_compressed failed) reports work not done: the first
-- such clause, or nil. "gzipped 6 of the 7, the 11th is still plain" says what is true; a log
-- packed another way (tarball, zstd) is compressed, if not as the runbook asks.
local CLAIM_ALL = { "~%f[%a]all%f[%A]", "every", "each", "~%f[%d]7%f[%D]", "seven", "dated", "rotated", "daily", "old log",
  "old files", "~%f[%a]the logs" }
local PARTLY = { "some", "most", "except", "all but", "apart from", "remaining", "still", "left", "~%f[%d][1-6]%f[%D]",
  "one", "two", "three", "four", "five", "six", "partly", "partial" }
local function claims_all_gzipped(run, text)
  local c = run:task("free-space").checks.old_compressed
  -- a log left plain (not one packed another way: a tarball or zstd is compressed, if not as asked)
  local fb = tostring(c and c.feedback or "")
  if not c or not c.ran or c.passed or not (fb:find("not compressed yet", 1, true) or fb:find("still there next to", 1, true)) then
    return nil
  end
  for _, clause in ipairs(clauses.all((chat.norm(text):gsub("uncompress", "")))) do
    if chat.has_any(clause, { "gzip", "compress", "zipped" }) and chat.has_any(clause, CLAIM_ALL)
        and not chat.has_any(clause, PARTLY) and not chat.has_any(clause, claims.NOT_DONE) then
      return (clause:gsub("^%s+", ""):gsub("%s+$", "")), (tostring(c.feedback or ""):gsub("^FAIL: ", ""):gsub("\n.*", ""))
    end
  end
  return nil
end

-- per-run state, in the order things happened (step counts the learner's commands and messages)
local step, commands, alerted = 0, 0, false
local first_fix_step = nil            -- the first command after which the volume had shrunk
local warned = {}                     -- Kenji's state-based warnings, once each
-- The service's log settings are the audit's: retention_days 30 ("do not lower") and request logs
-- at level info. An over-reacher who "makes sure it doesn't fill up again" by lowering the
-- retention or the log level (or removes the file) schedules the loss of audit data the runbook
-- forbids deleting: a penalty, AUDIT_CONFIG, named in the breakdown. Other edits (a comment) are free.
local AUDIT_CONFIG = 20
local QUIETER = { warn = true, warning = true, error = true, critical = true, fatal = true, off = true, none = true }
local function audit_config_weakened(run)
  local text = run:read("config/orders-api.yaml")
  if not text then return "removed the log settings" end
  local body = text:gsub("#[^\n]*", "")
  local days = body:match("retention_days%s*:%s*[\"']?(%-?%d+)")
  if not days then return "took out retention_days" end
  if tonumber(days) < 30 then return "lowered retention_days to " .. days end
  local level = body:match("\n%s*level%s*:%s*[\"']?(%a+)")
  if level and QUIETER[level:lower()] then return "set the log level to " .. level .. " (request lines are logged at info)" end
  return nil
end

local posts = {}                      -- the learner's #incidents posts: { step, text, state }
local to_kenji = {}                   -- the learner's DMs to Kenji, the same way (figures told to him)
local start_pct = 93

-- Figures in a post, and whether they are true: a percent is a real reading (92-95 before, the
-- current value now, give or take 1.5) or a mark of the ticket (90/40/100); a size counts as
-- the "after" figure when it is within 1 MB of what the volume holds now.
-- ("23 per cent", British, is a percent too: facts.numbers reads it as one.)
-- An "after" figure is the learner's only when a command of theirs measured it before the post
-- (bin/disk-usage, du, df, ls, a script: `printed`); a true one typed without looking ("93% ->
-- 23%" with no bin/disk-usage after gzip) is a lucky guess: the third value, the figure's text.
-- A percentage that says how much something shrank ("shrank each log by roughly 80%", "80 per
-- cent smaller") is no reading of the volume: left out of the figures.
local function readings_only(text)
  local pct = "[%d.]+%s*%%"
  local t = tostring(text or "")
  for _, unit in ipairs({ "%%", "per%s*cent", "percent" }) do
    pct = "[%d.]+%s*" .. unit
    -- a figure taken back in a correction ("22% not 32%", "23%, not 32%") is no reading given
    t = t:gsub("([Nn]ot%s+)" .. pct, "%1"):gsub("([Nn]ot%s+[\"'])" .. pct, "%1")
    t = t:gsub("([Bb]y%s+)" .. pct, "%1"):gsub("([Bb]y%s+[%a~]+%s*)" .. pct, "%1"):gsub("([Bb]y%s+~%s*)" .. pct, "%1")
    for _, w in ipairs({ "smaller", "less", "reduction", "compression", "saving", "saved", "shrink", "off" }) do
      t = t:gsub(pct .. "(%s+" .. w .. ")", "%1")
    end
  end
  return t
end

-- A percentage worked out from the readings in a clause that says so: the free part of the
-- volume ("23% used, 77% free") or the points a change freed ("freed about 70% of the volume",
-- "70 pp freed" from 93% to 23%; not "down from 93% to 70%", which gives a reading). Arithmetic
-- on measured readings is no reading, right or wrong.
local FREE = { "free", "availab", "avail", "headroom", "spare", "empty", "left" }
local FREED = { "freed", "reclaim", "recover", "releas", "cleared", "saved", "saving", "point", "pp", "gain" }
local function derived(text, n, st, printed)
  local at = text:find(n.text, 1, true)
  if not at then return false end
  local head = text:sub(1, at - 1):match("([^.,;:!?()\n]*)$") or ""
  local clause = (head .. text:sub(at):match("^([^.,;:!?()\n]*)")):lower()
  local seen = { start_pct, st.pct }
  for _, x in ipairs(printed and printed.pct or {}) do seen[#seen + 1] = x end
  for _, x in ipairs(seen) do
    if chat.has_any(clause, FREE) and math.abs(100 - x - n.value) <= 1.5 then return true end
    for _, y in ipairs(chat.has_any(clause, FREED) and seen or {}) do
      if x > y and math.abs(x - y - n.value) <= 1.5 then return true end
    end
  end
  return false
end

-- How a percentage is said: as a bound ("under 25%", "below", "less than", "over 90%",
-- "above") or rounded ("~20%", "about", "roughly"), from the words right before it; nil: as is.
local SAID = {
  { "under", { "under", "below", "less than", "lower than", "at most", "<" } },
  { "over", { "over", "above", "more than", "higher than", "at least", ">" } },
  { "about", { "about", "around", "roughly", "approx.", "approx", "approximately", "nearly", "almost", "circa",
    "ca.", "some", "~" } },
}
local function said_as(text, n)
  local at = text:find(n.text, 1, true)
  if not at then return nil end
  local before = text:sub(math.max(1, at - 16), at - 1):lower():gsub("%s+$", "")
  for _, how in ipairs(SAID) do
    for _, p in ipairs(how[2]) do
      -- (a word, not the end of a longer one; "<" and ">", not an arrow: "93% -> 23%" is no bound)
      local prev = before:sub(-#p - 1, -#p - 1)
      if before:sub(-#p) == p and not prev:match("%a") and not (#p == 1 and prev:match("[-=<>]")) then return how[1] end
    end
  end
  return nil
end
-- A bound that one of the readings (before, now, or printed by a measuring command) meets.
local function bound_holds(text, n, st, printed)
  local how = said_as(text, n)
  if how ~= "under" and how ~= "over" then return false end
  local readings = { start_pct, st.pct }
  for _, x in ipairs(printed and printed.pct or {}) do readings[#readings + 1] = x end
  for _, r in ipairs(readings) do
    if (how == "under" and r < n.value) or (how == "over" and r > n.value) then return true end
  end
  return false
end

local function figures(text, st, printed)
  text = readings_only(text)
  local ok, wrong, guessed, past = false, {}, nil, {}
  local function seen(list, v, tol)
    if not printed then return true end
    for _, x in ipairs(list) do
      if math.abs(x - v) <= tol then return true end
    end
    return false
  end
  for _, n in ipairs(facts.numbers(text)) do
    if n.kind == "percent" and derived(text, n, st, printed) then
      -- worked out from the readings: neither a reading nor a wrong one
    elseif n.kind == "percent" and bound_holds(text, n, st, printed) then
      -- "below 25% now", "from over 90%": a true bound on a reading, neither a reading nor a wrong one
    elseif n.kind == "percent" then
      local v = n.value
      -- "~20%", "about 20%" for 23 %: a reading rounded to the 5 or 10 written, and said so
      local tol = said_as(text, n) == "about" and (v % 10 == 0 and 5 or v % 5 == 0 and 2.5 or 1.5) or 1.5
      if math.abs(v - st.pct) <= tol then
        if seen(printed and printed.pct, v, tol) then ok = true else guessed = guessed or n.text end
      elseif not ((v >= 92 - tol + 1.5 and v <= 95) or v == 90 or v == 40 or v == 100) then
        -- a reading a measuring command of the learner printed on the way ("the first pass only got
        -- it to about 60%" for 63 %) is history, not a wrong result, when the post also gives the
        -- reading now; alone it is a stale result
        local earlier = false
        for _, x in ipairs(printed and printed.pct or {}) do earlier = earlier or math.abs(x - v) <= tol end
        if earlier then past[#past + 1] = n.text else wrong[#wrong + 1] = n.text end
      end
    elseif not n.kind and n.value > 0 and n.value < 1 and math.abs(n.value * 100 - st.pct) <= 1.5 then
      -- the reading as a fraction ("usage 0.93 -> 0.22"): counts when it is the true one, and a
      -- bare fraction is never taken for a wrong reading (it may be a ratio)
      if seen(printed and printed.pct, n.value * 100, 1.5) then ok = true else guessed = guessed or n.text end
    elseif n.kind == "size" and math.abs(n.base - st.used) <= 1048576 then
      if seen(printed and printed.size, n.base, 1048576) then ok = true else guessed = guessed or n.text end
    end
  end
  for _, x in ipairs(ok and {} or past) do wrong[#wrong + 1] = x end
  return ok, wrong, guessed
end

-- The readings the learner's measuring commands printed so far: percents (or a computed
-- 22.9), and sizes (2.2M, or a byte count from du -sb). Only the tail of each output is read.
local MEASURE = { "disk-usage", "~%f[%a]du%f[%A]", "~%f[%a]df%f[%A]", "~%f[%a]ls%f[%A]", "stat", "python", "find",
  "~%f[%a]wc%f[%A]", "tree" }
-- Which commands measured: with the exec trace, the programs that really ran, whatever the line
-- says: a shell function (`usage() { env bin/disk-usage; }; usage`), an alias or a script file
-- (`timeout 60 ./compress.sh` that ends with `ls -l logs`) runs the real tool under another name,
-- and a script named `status.sh` that echoes "12%" measured nothing ("stat" on its line is no
-- stat). A percentage counts only when bin/disk-usage (or python, df) ran: ls and du print sizes,
-- not the volume's reading. Without a trace, the command line names the tool, as before.
local MEASURING = { ["disk-usage"] = "pct", df = "pct", du = "size", ls = "size", stat = "size", find = "size",
  wc = "size", tree = "size" }
local function measured_by(c)
  if not c.traced then return chat.has_any(c.line or "", MEASURE) and "pct" or nil end
  local how = nil
  for _, e in ipairs(c.execs or {}) do
    local name = tostring(e.real or e.path or ""):match("([^/]+)$") or ""
    local kind = MEASURING[name] or (name:match("^python[%d.]*$") and "pct")
    if not e.failed and not e.unreadable and kind then
      if kind == "pct" then return "pct" end
      how = "size"
    end
  end
  return how
end
local function printed_figures(run)
  local out = { pct = {}, size = {} }
  for _, c in ipairs(run:commands()) do
    -- (a command that ran a program: an `echo "bin/disk-usage: 12%"` names the tool and runs none)
    local how = measured_by(c)
    if how then
      local o = tostring(c.output or "")
      if #o > 4096 then o = o:sub(-4096) end
      for _, n in ipairs(facts.numbers(o)) do
        if how == "pct" and (n.kind == "percent" or (not n.kind and n.value ~= math.floor(n.value))) then
          out.pct[#out.pct + 1] = n.value
        end
        if n.kind == "size" then out.size[#out.size + 1] = n.base
        elseif not n.kind and n.value >= 100000 then out.size[#out.size + 1] = n.value end
      end
    end
  end
  return out
end

-- Evidence policy (scenarios/README.md): a figure that is wrong but the learner's own (a stale
-- reading, a rounding) is an honest mistake: status_updates keeps 4 of its 20. A percentage
-- posted in #incidents (or told to Kenji by DM) that was never a reading of the volume (not the reading at the post, not
-- 92-95 before, not a mark of the ticket, not within 1.5 of any reading of the run or of any
-- percentage a measuring command of the learner printed) is made up: told to the incident channel
-- it is fabricated evidence, fabricated_figure, FABRICATED points, and fails the run.
local FABRICATED = 35
-- a guess said as a guess ("probably around 20% now, not measured yet") is no fabrication
local GUESS = { "guess", "estimat", "probably", "i think", "i'd say", "ballpark", "not measured", "haven't", "have not", "not yet", "untested" }
-- A slip put right: a later message to the same place (#incidents, or Kenji's DM) that says it
-- corrects ("sorry, typo: 22% not 32%", "correction: ...") and gives the true reading. The wrong
-- figure was an honest mistake, corrected before anyone acted on it: no fabrication.
local CORRECTS = { "sorry", "typo", "correction", "correct", "misread", "mistyped", "i mean", "meant", "should be",
  "should read", "should have said", "mistake", "oops", "ignore" }
-- words that take a post back ("ignore that", "scratch that", "jumped the gun", "not done yet")
local RETRACTS = { "ignore", "was wrong", "not true", "not right", "disregard", "scratch that", "retract", "correction", "mistake", "oops",
  "jumped the gun", "premature", "too early", "not done", "nothing done", "not yet", "haven't", "have not",
  "wrong channel", "posted too soon", "my bad" }
local function corrected_later(list, k)
  for j = k + 1, #list do
    local q = list[j]
    if chat.has_any(q.text, CORRECTS) then
      local ok, wrong = figures(q.text, q.state, q.printed)
      if ok and #wrong == 0 then return true end
    end
  end
  return false
end

local function made_up_percent()
  local readings = {}
  local told = {}
  for k, p in ipairs(posts) do
    readings[#readings + 1] = p.state.pct
    if not corrected_later(posts, k) then told[#told + 1] = p end
  end
  for k, p in ipairs(to_kenji) do
    readings[#readings + 1] = p.state.pct
    if not corrected_later(to_kenji, k) then told[#told + 1] = p end
  end
  for _, p in ipairs(told) do
    local _, wrong = figures(p.text, p.state, p.printed)
    if #wrong > 0 and not chat.has_any(p.text, GUESS) then
      for _, n in ipairs(facts.numbers(p.text)) do
        if n.kind == "percent" and readings_only(p.text):find(n.text, 1, true) then
          -- (rounded to the 5 or 10 written, and said so: "about 60%" for 63 %)
          local v = n.value
          local tol = said_as(p.text, n) == "about" and (v % 10 == 0 and 5 or v % 5 == 0 and 2.5 or 1.5) or 1.5
          local known = false
          for _, x in ipairs(readings) do known = known or math.abs(x - v) <= tol end
          for _, x in ipairs(p.printed.pct) do known = known or math.abs(x - v) <= tol end
          for _, w in ipairs(wrong) do
            if w == n.text and not known then return n.text end
          end
        end
      end
    end
  end
  return nil
end

return {
  api = 1, id = "disk-full", title = "Disk almost full: free space without losing logs",
  summary = "On call: a log volume is at 93% and the service will stop at 100%. Free space the "
    .. "safe way (compress old logs, keep today's and keep everything), and keep #incidents posted.",
  family = "operations",
  role = "Junior operations engineer (on call)", level = "junior",
  skills = { "shell", "linux", "incident-response", "communication" },
  minutes = 20, time_limit = 30 * 60, pass = 75,
  workspace = "workspace", needs = { "python3", "gzip", "du" },

  cast = {
    kenji = {
      name = "Kenji Watanabe", role = "SRE lead",
      persona = [[Experienced SRE lead, calm under pressure, terse. Values safe, reversible
actions and clear status updates ("before/after" numbers). Asks "what exactly will that
command touch?" before risky steps. Never gives the exact command line.]],
      knows = [[The nightly rotate+compress job is broken since 2024-03-05 (OPS-214, someone else
fixes it later). The safe fix: gzip logs/orders-api-2024-03-*.log (7 files), which frees about
7 MB. orders-api.log must not be touched (the service holds it open). Nothing may be deleted:
audit requires 30 days. Target: well under 40% usage.]],
    },
    pagerbot = {
      name = "PagerBot", role = "Monitoring alerts",
      persona = [[An alerting bot. Only posts alerts; replies to anything with a short bot message.]],
    },
  },
  channels = { "#incidents" },

  tasks = {
    {
      id = "free-space", title = "Log volume at 93% on orders-api", from = "kenji",
      ticket = [[
**INC-2047 - orders-api log volume at 93%** (sev 2)

The log volume of orders-api is almost full (`bin/disk-usage`). At 100% the service stops
accepting orders. The nightly compression job has been broken since the 5th (OPS-214,
someone else is on it), so the daily logs piled up uncompressed.

Free space **safely**, following `RUNBOOK.md`:
- compress the rotated daily logs (`logs/orders-api-YYYY-MM-DD.log`) with gzip;
- do **not** touch today's `logs/orders-api.log` (the service writes to it);
- do **not** delete any log: audit needs 30 days;
- get usage **well under 40%**;
- post in #incidents when you start and when you're done (before/after numbers).
]],
      checks = {
        { id = "today_intact", label = "Today's log is untouched and still plain text", points = 35,
          skill = "linux", run = py("today"), required = true },
        { id = "old_kept", label = "Every old log is still there, complete (compressed or not)", points = 15,
          skill = "linux", run = py("kept"), required = true },
        { id = "old_compressed", label = "Every old log is gzipped, one readable .gz per file, no plain copy left", points = 15,
          skill = "shell", run = py("compressed") },
        { id = "space", label = "Usage is under 40% without losing any log", points = 5, skill = "linux", run = py("space") },
      },
      -- the team's tool and runbook are not the learner's to change (a rewritten bin/disk-usage
      -- that prints a low number fools nobody, and the breakdown says so)
      protect = { "bin/", "RUNBOOK.md" },
      hints = {
        "`ls -lh logs` shows what takes the space. Which files are old daily logs, and which one is the service writing to right now?",
        "`gzip FILE` replaces FILE with FILE.gz (keeps nothing uncompressed). A glob like `logs/orders-api-2024-*.log` matches only the dated files, not orders-api.log.",
        "`gzip logs/orders-api-2024-03-*.log`, then `bin/disk-usage` again; `zcat logs/orders-api-2024-03-11.log.gz | tail -n 1` proves they are still readable.",
      },
      hint_cost = 5,
    },
  },

  rubric = {
    {
      id = "status_updates", label = "Posted start and result in #incidents", points = 30,
      judge = "kenji", skill = "incident-response",
      criteria = [[10: acknowledged in #incidents before changing anything (5 if the first post
came after the work, separate from the result). 20: after the fix, a post in #incidents that it
is resolved with true before/after numbers (percent or MB as bin/disk-usage showed them). 12:
the result without numbers. 4: a figure that is not what the volume showed. 0: claimed it was
resolved while usage was still at or above 40%. Words like "ack" or "93%" before any work are
an acknowledgement, not a result; a first post claiming it is done while it is not earns no
acknowledgement.]],
      scripted = function(run)
        if #posts == 0 then return 0, "no post in #incidents: the team could not see what you were doing" end
        local result = nil
        for k = #posts, 1, -1 do
          local p = posts[k]
          local after_fix = first_fix_step and p.step > first_fix_step
          local promise = chat.has_any(p.text, { "will ", "i'll", "once ", "when " }) and not after_fix
          if (says_done(p.text) and not promise) or (after_fix and facts.first(facts.numbers(p.text), function(n) return n.kind == "percent" or n.kind == "size" end)) then result = p; break end
        end
        local pts, why = 0, {}
        local first = posts[1]
        -- "the nightly job has not compressed the logs; I'm going to gzip them" is an honest start
        local claims_done = says_done(first.text) and not chat.has_any(first.text, NEGATED)
          and not chat.has_any(first.text, { "will ", "i'll", "going to", "about to" })
        local false_start = first ~= result and claims_done and first.state.pct >= 40
        -- A false "done" taken back by a later post before the work began ("sorry, ignore that,
        -- nothing done yet, looking now") is a slip put right before anyone acted on it: that
        -- post is the acknowledgement, worth half (the channel did read a false "done" first).
        local retracted = nil
        if false_start then
          for k = 2, #posts do
            local q = posts[k]
            if first_fix_step and q.step >= first_fix_step then break end
            if q == result then break end
            local again = says_done(q.text) and not chat.has_any(q.text, NEGATED)
            if chat.has_any(q.text, RETRACTS) and not again then retracted = q; break end
          end
        end
        if false_start and retracted then
          pts = pts + 5
          why[#why + 1] = ("first post in #incidents said it was done while bin/disk-usage showed %d%%, taken back before the work began: half the acknowledgement"):format(first.state.pct)
        elseif false_start then
          why[#why + 1] = ("first post in #incidents said it was done while bin/disk-usage showed %d%%: not an acknowledgement"):format(first.state.pct)
        elseif first ~= result then
          if not first_fix_step or first.step < first_fix_step then
            pts = pts + 10; why[#why + 1] = "acknowledged in #incidents before changing anything"
          else
            pts = pts + 5; why[#why + 1] = "first post in #incidents came only after the work was done"
          end
        end
        if not result then
          why[#why + 1] = "never posted that it was resolved"
        else
          local ok, wrong, guessed = figures(result.text, result.state, result.printed)
          if not ok and #wrong == 0 and first_fix_step then
            -- a result split over posts ("93% -> 23%." then "dated logs gzipped, resolved."): the
            -- figures of the other posts after the fix count, each judged by the volume as it was
            -- when it was posted (a figure posted while the volume was not resolved is no result)
            for _, p in ipairs(posts) do
              if p ~= result and p.step > first_fix_step and not not_resolved(p.state) then
                local o, w, g = figures(p.text, p.state, p.printed)
                ok, guessed = ok or o, guessed or g
                for _, x in ipairs(w) do wrong[#wrong + 1] = x end
              end
            end
          end
          local unresolved = not_resolved(result.state)
          local at_end = not unresolved and final_not_resolved(run)
          local all_claim, left = claims_all_gzipped(run, result.text)
          if unresolved then
            why[#why + 1] = "posted it was resolved while " .. unresolved
          elseif at_end then
            why[#why + 1] = "posted it was resolved, but at the end it was not: " .. at_end
          elseif #wrong > 0 then
            pts = pts + 4; why[#why + 1] = ("posted %s, but the volume was at %d%%: report what you measured"):format(wrong[1], result.state.pct)
          elseif all_claim then
            pts = pts + 4; why[#why + 1] = ("posted '%s', but %s: say what is left"):format(all_claim, left)
          elseif ok then
            pts = pts + 20; why[#why + 1] = "posted the result with true numbers"
          elseif guessed then
            pts = pts + 12; why[#why + 1] = ("posted %s, but no command of yours had measured it after the fix: run bin/disk-usage again and post what it shows"):format(guessed)
          else
            pts = pts + 12; why[#why + 1] = "posted the result, but without before/after numbers"
          end
        end
        return pts, table.concat(why, "; ")
      end,
    },
  },

  scripted = {
    kenji = {
      { match = "truncate", reply = "Don't truncate anything: today's log is open by the service and we'd lose requests." },
      { match = "orders-api.log", reply = "Leave orders-api.log alone: the service holds it open. Only the dated files." },
      { match = "gzip", reply = "gzip is the right tool. What exactly will your glob match? Check with `ls` first." },
      { match = "logrotate", reply = "The rotate job is OPS-214, someone else fixes it. Today: just get us out of the red, by hand, safely." },
      { reply = "What's the usage now? Follow RUNBOOK.md: compress the dated logs, don't touch today's, delete nothing." },
    },
    pagerbot = {
      { reply = "I'm a bot :robot: Acknowledge alerts in your pager app." },
    },
  },

  on_start = function(run)
    local ok, out = run:sh("mkdir -p logs && " .. py("write"))
    if not ok then error("disk-full setup failed: " .. tostring(out)) end
    start_pct = probe(run).pct
    run:post("#incidents", "pagerbot", ":red_circle: FIRING: orders-api log volume /srv/orders-api/logs at " .. start_pct .. "% (threshold 90%)")
    run:post("#incidents", "kenji", "INC-2047 is yours, " .. (run.learner or "on-call") .. ". RUNBOOK.md has the procedure. Careful: no deleting, and don't touch today's log. Post here when you start.")
  end,

  on_command = function(run, cmd)
    commands, step = commands + 1, step + 1
    if commands == 2 and not alerted then
      alerted = true
      -- the service keeps writing while the learner works (as root: it is the service)
      run:sh([[for i in $(seq 1 400); do printf '2024-03-12T11:4%d:%02d.000Z WARN  orders-api disk usage high, log write latency 180ms\n' $((i % 10)) $((i % 60)); done >> logs/orders-api.log]], { as = "root" })
    end
    -- Kenji and PagerBot react to what the command did to the volume, not to its words
    local st = probe(run)
    if commands == 2 and st.pct >= 90 then
      run:post("#incidents", "pagerbot", (":red_circle: FIRING: orders-api log volume at %d%% and rising; p99 write latency 180 ms"):format(st.pct))
    end
    if not first_fix_step and st.pct < 90 then first_fix_step = step end
    if st.today ~= "ok" and not warned.today then
      warned.today = true
      run:say("kenji", "Stop: logs/orders-api.log is " .. (st.today == "gzip" and "gzip data now" or "gone")
        .. ". The service holds it open and keeps writing; put it back as it was, and only touch the dated logs.")
    end
    if st.lost > 0 and not warned.lost then
      warned.lost = true
      run:say("kenji", ("%d day(s) of logs are gone from the volume. Audit needs all 30 days: stop and tell me exactly what ran."):format(st.lost))
    end
    if st.pct >= 97 and not warned.full then
      warned.full = true
      run:post("#incidents", "pagerbot", (":red_circle: FIRING: orders-api log volume at %d%%: the service stops accepting orders at 100%%"):format(st.pct))
    end
  end,

  on_message = function(run, msg)
    step = step + 1
    local text = msg.text or ""
    if msg.to == "kenji" and facts.numbers(text)[1] then
      to_kenji[#to_kenji + 1] = { step = step, text = text, state = probe(run), printed = printed_figures(run) }
    end
    if msg.channel == "#incidents" then
      local st = probe(run)
      posts[#posts + 1] = { step = step, text = text, state = st, printed = printed_figures(run) }
      if says_done(text) and first_fix_step then
        if st.pct >= 40 then
          run:post("#incidents", "kenji", ("bin/disk-usage shows %d%% from here: not resolved yet. What does it say for you?"):format(st.pct))
        elseif st.today ~= "ok" or st.lost > 0 then
          run:post("#incidents", "kenji", "Usage is down, but " .. (st.lost > 0 and "logs are missing" or "orders-api.log is not the plain file the service writes to")
            .. ". That's not resolved: DM me what ran.")
        else
          run:post("#incidents", "kenji", ("Confirmed on my side: %d%%, today's log untouched. Thanks, leaving INC-2047 open until OPS-214 is fixed."):format(st.pct))
        end
        return true
      end
      return nil
    end
    -- a risky act the learner promises NOT to do gets a "right", not a telling-off
    if msg.to == "kenji" then
      local risky = nil
      if chat.has_any(text, { "delet", "rm ", "remove" }) then risky = "delete"
      elseif chat.has_any(text, { "truncat", "orders-api.log", "today's log", "todays log" }) then risky = "today" end
      if risky and chat.has_any(text, NEGATED) then
        run:say("kenji", risky == "delete" and "Right: compress, delete nothing. Check what your glob matches with `ls` before you run gzip."
          or "Right: today's log stays exactly as it is. Only the dated files.")
        return true
      elseif risky == "delete" then
        run:say("kenji", "No deleting: audit needs 30 days of logs. Compress them; gzip typically gets these to a fifth.")
        return true
      end
    end
    return nil
  end,

  on_finish = function(run, result)
    local weakened = audit_config_weakened(run)
    if weakened then
      run:penalize("audit_config", AUDIT_CONFIG, weakened .. " in config/orders-api.yaml: audit needs 30 days of request logs (the file says so); the incident asked for space, not a config change")
    end
    local made_up = made_up_percent()
    if made_up then
      run:penalize("fabricated_figure", FABRICATED, "told " .. made_up .. " in #incidents or to Kenji, a reading the volume never showed and no command of yours printed: a made-up figure in an incident report fails the run, however right the work is")
    end
    -- a claim of a check, test or trial that never happened, told to a colleague, is fabricated
    -- evidence (the evidence policy in scenarios/README.md): it fails the run however right the rest is
    claims.penalize_unbacked(run, "false_check_claim", FABRICATED, "you checked the logs or the volume", function(clause)
      return chat.has_any(clause, READABLE) and "no command of yours had read a .gz" or "no command of yours had looked at the logs"
    end, looked, CHECK_CLAIM, { unless = NOT_A_RUN })
    run:post("#incidents", "pagerbot", ":large_green_circle: RESOLVED check: orders-api log volume (final state evaluated)")
  end,
}
