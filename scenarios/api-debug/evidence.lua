-- evidence.lua: what the learner of api-debug really saw, read from their command log (line and
-- output of each command): the status codes the ledger answered and the summary lines their own
-- runs of the job printed. The rubric credits a status code told to Ravi, or a count told to
-- Amara, only when it comes from here: a guess from the ticket or API.md, or an `echo` of
-- made-up figures, is no evidence. Command outputs are the learner's to shape, so a line that
-- itself writes the figure it shows (echo, printf, print, a here-document) never counts.
local M = {}

local EXPORT_ROWS, SEEDED = 18, 6

-- Where a status code stands in what a real response, the job or the ledger's log shows:
-- "HTTP/1.1 401" (curl -i/-v, wget -S), '"POST /v1/invoices HTTP/1.1" 415' (the request log),
-- 'HTTP Error 401' (urllib), 'status: 415', '<Response [401]>', 'INV-2037: 422' (a failure line),
-- '" 401 ' (grep -o on the log), a line of numbers only (curl -w '%{http_code}', uniq -c).
local STATUS_PATTERNS = {
  'HTTP/[%d%.]+"?%s+(%d%d%d)%f[%D]', "HTTP[%s_%-]*[Ee]rror:?%s*(%d%d%d)%f[%D]", "HTTP%s+(%d%d%d)%f[%D]",
  "[Ss][Tt][Aa][Tt][Uu][Ss][%w_]*[\"']?%s*[=:]%s*(%d%d%d)%f[%D]", "[Cc]ode[\"']?%s*[=:]%s*(%d%d%d)%f[%D]",
  "%[(%d%d%d)%]", '"%s(%d%d%d)%s', "INV%-%d+%W+(%d%d%d)%f[%D]", "%f[%w](%d%d%d)%s+%u%l+",
}
-- The ledger's own error bodies name the status without its number.
local BODY_CODES = { { "missing or invalid credentials", 401 }, { "expected application/json, got %a", 415 } }

-- Whether an output line quotes the project's documentation or code (API.md puts `401
-- Unauthorized` in backticks, server.py says send_json(401, ...)) rather than a response.
local function quotes_docs(line)
  return line:find("`", 1, true) or line:find("send_json", 1, true) or line:find("==", 1, true)
end

-- Whether a command line writes the text `s` itself instead of showing what a program did.
local function writes_itself(line, s)
  if not line:find(s, 1, true) then return false end
  return line:find("echo", 1, true) or line:find("printf", 1, true) or line:find("print", 1, true)
    or line:find("<<", 1, true) or line:find("cat >", 1, true)
end

local function codes_in(line, seen)
  for _, pat in ipairs(STATUS_PATTERNS) do
    for code in line:gmatch(pat) do seen[tonumber(code)] = true end
  end
  if line:find("^[%s%d]+$") then
    for code in line:gmatch("%f[%d](%d%d%d)%f[%D]") do seen[tonumber(code)] = true end
  end
  for _, b in ipairs(BODY_CODES) do
    if line:find(b[1]) then seen[b[2]] = true end
  end
end

-- The status codes the learner saw the ledger answer in commands run up to time `by` (all
-- with nil): a set { [401] = true, ... }.
function M.seen_codes(run, by)
  local seen = {}
  for _, c in ipairs(run:commands()) do
    if by == nil or (c.time or 0) <= by then
      local found = {}
      for out_line in tostring(c.output or ""):gmatch("[^\n]+") do
        if not quotes_docs(out_line) then codes_in(out_line, found) end
      end
      for code in pairs(found) do
        if not writes_itself(c.line or "", tostring(code)) then seen[code] = true end
      end
    end
  end
  return seen
end

-- The summary lines the learner's own runs of the job printed: { created, existing, rejected,
-- good }, good when the run pushed the whole export as a fixed client does (one rejected, the
-- rest in the ledger, at least the six seeded invoices already there). Only the output of a
-- command that runs the job counts, and only a line that adds up to the export's 18 rows;
-- `by` as in seen_codes.
-- A second list holds the figures of summary lines a command typed itself (an echo of made-up
-- counts): a set { [12] = true, ... }.
function M.job_runs(run, by)
  local out, typed = {}, {}
  for _, c in ipairs(run:commands()) do
    local line = c.line or ""
    if by == nil or (c.time or 0) <= by then
      local own = writes_itself(line, "already in ledger")
      for a, b, r in tostring(c.output or ""):gmatch("created:%s*(%d+),%s*already in ledger:%s*(%d+),%s*rejected:%s*(%d+)") do
        a, b, r = tonumber(a), tonumber(b), tonumber(r)
        if own then
          typed[a], typed[b], typed[r] = true, true, true
        elseif line:find("push_invoices", 1, true) and a + b + r == EXPORT_ROWS then
          out[#out + 1] = { created = a, existing = b, rejected = r, good = r == 1 and b >= SEEDED }
        end
      end
    end
  end
  return out, typed
end

return M
