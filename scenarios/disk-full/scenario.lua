-- disk-full: on call, the orders-api log volume is at 93% because the nightly compression job
-- broke. Free space safely: gzip the rotated daily logs, never touch today's log (the service
-- writes to it, and a hook appends to it mid-run), delete nothing, keep #incidents posted.
-- The logs are generated at the start (the folder stays small); the checks regenerate the
-- expected content with the same program and compare, so no hashes are embedded.
local chat = require("chat")

-- One deterministic python program: "write" creates the logs, the other modes verify them.
local GEN = [==[
import gzip, hashlib, os, sys

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

def old(day): return content(day, 45000)
def today(): return content(TODAY, 26000, until=11 * 3600 + 40 * 60)

mode = sys.argv[1]
if mode == "write":
    for d in OLD_DAYS:
        with open("logs/orders-api-%s.log" % d, "wb") as f: f.write(old(d))
    with open("logs/orders-api.log", "wb") as f: f.write(today())
    sys.exit(0)

def fail(msg): print("FAIL: " + msg)
bad = 0
if mode == "today":
    p = "logs/orders-api.log"
    if os.path.islink(p) or not os.path.isfile(p):
        for alt in (p + ".gz", "logs/orders-api-%s.log" % TODAY, "logs/orders-api-%s.log.gz" % TODAY):
            if os.path.exists(alt):
                fail("today's log was moved or compressed to %s: the running service writes to logs/orders-api.log; put it back (gunzip / mv)" % alt); sys.exit(1)
        fail("logs/orders-api.log (today's log, open by the service) is gone"); sys.exit(1)
    want = today()
    with open(p, "rb") as f: head = f.read(len(want))
    if head[:2] == b"\x1f\x8b":
        fail("logs/orders-api.log is gzip data: today's log must stay plain text, the service appends to it"); sys.exit(1)
    if head != want and os.path.exists(p + ".gz"):
        fail("today's log was compressed to logs/orders-api.log.gz while the service kept writing: it re-created orders-api.log and today's requests are now split over two files. Only compress the dated logs"); sys.exit(1)
    if head != want:
        fail("logs/orders-api.log was truncated or edited: today's log must stay exactly as the service wrote it"); sys.exit(1)
    sys.exit(0)
if mode == "old":
    for d in OLD_DAYS:
        plain, gz = "logs/orders-api-%s.log" % d, "logs/orders-api-%s.log.gz" % d
        if not os.path.isfile(gz) or os.path.islink(gz):
            if os.path.exists(plain): fail("%s is not compressed yet (expected %s)" % (plain, gz))
            else: fail("%s is gone and there is no %s: logs must be kept for 30 days" % (plain, gz))
            bad = 1; continue
        try:
            with gzip.open(gz, "rb") as f: data = f.read()
        except Exception as e:
            fail("%s is not a readable gzip file (%s)" % (gz, e.__class__.__name__)); bad = 1; continue
        if hashlib.sha256(data).digest() != hashlib.sha256(old(d)).digest():
            fail("%s does not decompress to the original log (was it edited or truncated?)" % gz); bad = 1; continue
        if os.path.exists(plain):
            fail("%s is still there next to %s: the uncompressed copy frees nothing" % (plain, gz)); bad = 1
    sys.exit(bad)
if mode == "space":
    total = 0
    for root, dirs, files in os.walk("logs"):
        for fn in files:
            fp = os.path.join(root, fn)
            if not os.path.islink(fp): total += os.path.getsize(fp)
    limit = 40 * 1024 * 1024 * 40 // 100
    if total > limit:
        fail("the log volume still uses %.1f MB of 40 MB (%d%%); it should be well under 40%%" % (total / 1048576, total * 100 // (40 * 1048576))); sys.exit(1)
    sys.exit(0)
]==]

local function py(mode) return "python3 - " .. mode .. " <<'PY'\n" .. GEN .. "PY\n" end

local DONE_WORDS = { "resolved", "freed", "done", "fixed", "compressed", "gzipped", "back to", "down to",
  "now at", "mitigated", "~%d+%s*%%", "~%d+%s*mb" }
local commands, alerted = 0, false

return {
  api = 1, id = "disk-full", title = "Disk almost full: free space without losing logs",
  summary = "On call: a log volume is at 93% and the service will stop at 100%. Free space the "
    .. "safe way (compress old logs, keep today's and keep everything), and keep #incidents posted.",
  family = "operations",
  role = "Junior operations engineer (on call)", level = "junior",
  skills = { "shell", "linux", "incident-response", "communication" },
  minutes = 20, time_limit = 30 * 60, pass = 70,
  workspace = "workspace", needs = { "python3", "gzip", "du" },

  cast = {
    kenji = {
      name = "Kenji Watanabe", role = "SRE lead",
      persona = [[Experienced SRE lead, calm under pressure, terse. Values safe, reversible
actions and clear status updates ("before/after" numbers). Asks "what exactly will that
command touch?" before risky steps. Never gives the exact command line.]],
      knows = [[The nightly rotate+compress job is broken since 2024-03-05 (OPS-214, someone else
fixes it later). The safe fix: gzip logs/orders-api-2024-03-*.log (7 files), which frees about
30 MB. orders-api.log must not be touched (the service holds it open). Nothing may be deleted:
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
        { id = "today_intact", label = "Today's log is untouched and still plain text", points = 25,
          skill = "linux", run = py("today") },
        { id = "old_compressed", label = "Every old log is gzipped, complete and readable; none lost", points = 30,
          skill = "shell", run = py("old") },
        { id = "space", label = "Usage is under 40%", points = 15, skill = "linux", run = py("space") },
      },
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
      criteria = [[10: the learner acknowledged in #incidents before or while working. 20: a
later post in #incidents says it's resolved with before/after numbers (percent or MB). A
result without numbers: 12. No posts: 0.]],
      scripted = function(run)
        local posts = chat.learner(run, { channel = "#incidents" })
        if #posts == 0 then return 0, "no post in #incidents: the team could not see what you were doing" end
        local result = nil
        for k = #posts, 1, -1 do
          if chat.has_any(posts[k].text, DONE_WORDS) then result = posts[k]; break end
        end
        local pts, why = 0, {}
        if posts[1] ~= result then pts = pts + 10; why[#why + 1] = "acknowledged in #incidents" end
        if result then
          if chat.has_any(result.text, { "~%d+%s*%%", "~%d+%.?%d*%s*[mg]i?b" }) then
            pts = pts + 20; why[#why + 1] = "posted the result with numbers"
          else
            pts = pts + 12; why[#why + 1] = "posted the result, but without before/after numbers"
          end
        else
          why[#why + 1] = "never posted that it was resolved"
        end
        return pts, table.concat(why, "; ")
      end,
    },
  },

  scripted = {
    kenji = {
      { match = "delete", reply = "No deleting: audit needs 30 days of logs. Compress them; gzip typically gets these to a fifth." },
      { match = "rm ", reply = "No rm on logs, please: audit needs 30 days. Compress them." },
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
    run:post("#incidents", "pagerbot", ":red_circle: FIRING: orders-api log volume /srv/orders-api/logs at 93% (threshold 90%)")
    run:post("#incidents", "kenji", "INC-2047 is yours, " .. (run.learner or "on-call") .. ". RUNBOOK.md has the procedure. Careful: no deleting, and don't touch today's log. Post here when you start.")
  end,

  on_command = function(run, cmd)
    commands = commands + 1
    if commands == 2 and not alerted then
      alerted = true
      -- the service keeps writing while the learner works (as root: it is the service)
      run:sh([[for i in $(seq 1 400); do printf '2024-03-12T11:4%d:%02d.000Z WARN  orders-api disk usage high, log write latency 180ms\n' $((i % 10)) $((i % 60)); done >> logs/orders-api.log]], { as = "root" })
      run:post("#incidents", "pagerbot", ":red_circle: FIRING: orders-api log volume at 94% and rising; p99 write latency 180 ms")
    end
    local line = cmd.line or ""
    if line:find("rm ", 1, true) and line:find("log", 1, true) then
      run:say("kenji", "Saw an `rm` on the logs go by. Please stop and check: audit needs every day of the last 30.")
    elseif line:find("orders-api.log", 1, true) and (line:find("gzip", 1, true) or line:find(">", 1, true) or line:find("mv ", 1, true)) then
      run:say("kenji", "Careful: that touches orders-api.log, which the service has open. Only the dated logs.")
    end
  end,

  on_finish = function(run, result)
    run:post("#incidents", "pagerbot", ":large_green_circle: RESOLVED check: orders-api log volume (final state evaluated)")
  end,
}
