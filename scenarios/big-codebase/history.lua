-- history.lua: builds the Kestrel repository's git history at the start of a run, so that
-- `git log`, `git log -p` and `git blame` tell the story a new colleague has to piece together:
-- Tomasz wrote format_money in 2023 when every currency had two decimals, Jonas added JPY/ISK/KWD
-- (PAY-310) and fixed only the API and the CSV export (PAY-311, to_decimal), and Dana added
-- today's failing test for BILL-231. The workspace folder holds the newest version of every
-- file; the few files that changed on the way get their older text derived from it here.
local gitrepo = require("gitrepo")
local shq = gitrepo.shq

local M = {}

local PEOPLE = {
  tomasz = { "Tomasz Nowak", "tomasz.nowak@larkspur.example" },
  dana = { "Dana Okafor", "dana.okafor@larkspur.example" },
  jonas = { "Jonas Berg", "jonas.berg@larkspur.example" },
  maya = { "Maya Lindqvist", "maya.lindqvist@larkspur.example" },
}

-- Each commit: who, when, subject (and body), the paths it adds as they are on disk then.
local COMMITS = {
  { who = "tomasz", date = "2023-05-02T10:14:00+02:00",
    subject = "Kestrel v2: invoices, currency registry and money helpers",
    body = "Rewrite of the v1 billing scripts as one package. The v1 money helpers stay in\nkestrel/legacy until the old finance scripts are migrated.",
    paths = { "README.md", "CONTRIBUTING.md", "pyproject.toml", "Makefile", ".gitignore",
              "config/currencies.json", "config/settings.toml", "kestrel/__init__.py", "kestrel/config.py",
              "kestrel/core", "kestrel/invoices", "kestrel/storage", "kestrel/payments", "kestrel/legacy",
              "data/invoices/INV-2024-0098.json", "data/invoices/INV-2024-0104.json", "docs/money.md",
              "docs/adr/0001-record-architecture-decisions.md", "docs/adr/0003-integer-minor-units.md",
              "scripts/render_invoice.py", "scripts/check_currencies.py", "tests/__init__.py", "tests/conftest.py",
              "tests/test_currency.py", "tests/test_money.py", "tests/test_formatting.py", "tests/test_tax.py",
              "tests/test_invoices.py", "tests/test_refunds.py", "tests/test_ids.py", "tests/test_dates.py" } },
  { who = "tomasz", date = "2023-06-14T15:02:00+02:00", subject = "Add payment receipt e-mails",
    paths = { "kestrel/receipts", "tests/test_receipts.py" } },
  { who = "tomasz", date = "2023-08-21T11:47:00+02:00", subject = "Add overdue payment reminders and the runbook",
    paths = { "kestrel/notifications", "scripts/send_reminders.py", "tests/test_reminders.py", "docs/runbook.md" } },
  { who = "dana", date = "2023-10-10T09:31:00+02:00", subject = "Add the finance CSV export and the JSON billing API",
    paths = { "kestrel/exports", "kestrel/api", "config/logging.toml" } },
  { who = "dana", date = "2023-10-12T17:20:00+02:00", subject = "Document the architecture and the file-backed repository",
    paths = { "docs/architecture.md", "docs/adr/0002-file-backed-repository-for-tests.md" } },
  { who = "jonas", date = "2024-01-15T13:05:00+01:00", subject = "Bill in JPY, ISK and KWD for the APAC and GCC launch (PAY-310)",
    body = "JPY and ISK have no minor unit, KWD has three (fils).",
    paths = { "config/currencies.json", "data/invoices/INV-2024-0117.json", "data/invoices/INV-2024-0121.json" } },
  { who = "jonas", date = "2024-01-17T16:44:00+01:00", subject = "Show API and CSV amounts with the currency's minor units (PAY-311)",
    body = "The API serializers and the finance export divided by 100, so 13750 yen came out as\n137.50. to_decimal() in kestrel/core/money.py converts with the registry's minor_units;\nthe API and the CSV export use it now.",
    paths = { "kestrel/core/money.py", "kestrel/api/serializers.py", "kestrel/exports/csv_export.py",
              "tests/test_money.py", "tests/test_api.py", "tests/test_exports.py" } },
  { who = "maya", date = "2024-02-27T10:12:00+01:00", subject = "Release 2.7.1 and add sample payments",
    paths = { "CHANGELOG.md", "data/payments/payments.json" } },
  { who = "dana", date = "2024-03-11T16:40:00+01:00", subject = "Add a failing test for BILL-231 (JPY invoice total)",
    body = "Hoshino Design paid JPY 13,750 for INV-2024-0117; the invoice showed JPY 137.50.",
    paths = { "tests/test_invoices.py" } },
}

-- The files PAY-310/311 and BILL-231 changed: their text before that, derived from today's.
local function older(path, text)
  if path == "config/currencies.json" then
    return (text:gsub('  "JPY".-\n}', "}"):gsub(',\n}', "\n}"))
  elseif path == "kestrel/core/money.py" then
    return (text:gsub("def to_decimal.-\n\n\n", "", 1))
  elseif path == "tests/test_money.py" then
    return (text:gsub("def test_to_decimal.-\n\n\n", "", 1):gsub("percent_of, to_decimal, to_minor", "percent_of, to_minor"))
  elseif path == "kestrel/api/serializers.py" then
    return (text:gsub("from kestrel.core.money import to_decimal", "from decimal import Decimal", 1)
      :gsub("str%(to_decimal%(minor, currency%)%)", 'f"{Decimal(int(minor)) / 100:.2f}"', 1))
  elseif path == "kestrel/exports/csv_export.py" then
    return (text:gsub("from kestrel.core.money import to_decimal", "from decimal import Decimal", 1)
      :gsub("to_decimal%(([%w%.%(%)]+), c%)", 'f"{Decimal(%1) / 100:.2f}"'))
  elseif path == "tests/test_invoices.py" then
    return (text:gsub("\n\n\ndef test_invoice_total_jpy.*$", "\n"))
  end
end
local REWRITTEN = { "config/currencies.json", "kestrel/core/money.py", "tests/test_money.py",
  "kestrel/api/serializers.py", "kestrel/exports/csv_export.py", "tests/test_invoices.py" }

local function commit_lines(c)
  local who = PEOPLE[c.who]
  local env = "GIT_AUTHOR_NAME=" .. shq(who[1]) .. " GIT_AUTHOR_EMAIL=" .. shq(who[2]) ..
      " GIT_COMMITTER_NAME=" .. shq(who[1]) .. " GIT_COMMITTER_EMAIL=" .. shq(who[2]) ..
      " GIT_AUTHOR_DATE=" .. shq(c.date) .. " GIT_COMMITTER_DATE=" .. shq(c.date)
  local p = {}
  for _, path in ipairs(c.paths) do p[#p + 1] = shq(path) end
  local msg = " -m " .. shq(c.subject) .. (c.body and (" -m " .. shq(c.body)) or "")
  return "git add -- " .. table.concat(p, " ") .. "\n" .. env .. " git commit -q" .. msg
end

local function must(ok, out, code, what)
  if not ok then error("history setup (" .. what .. ") failed (exit " .. tostring(code) .. "): " .. tostring(out)) end
end

-- Builds the repository: the old texts first, the commits before PAY-310, today's texts, the rest.
function M.build(run)
  local final = {}
  for _, path in ipairs(REWRITTEN) do
    local text, why = run:read(path)
    if not text then error("history setup: cannot read " .. path .. ": " .. tostring(why)) end
    final[path] = text
    local old = older(path, text)
    if old == text then error("history setup: no older version derived for " .. path) end
    assert(run:write(path, old))
  end
  local name, email = gitrepo.identity(run)
  local excl = {}
  for _, e in ipairs(gitrepo.EXCLUDE) do excl[#excl + 1] = shq(e) end
  local first = { "set -e", "git init -q -b main .", "git config user.name " .. shq(name),
    "git config user.email " .. shq(email), "git config core.pager cat",
    "printf '%s\\n' " .. table.concat(excl, " ") .. " >> .git/info/exclude" }
  for i = 1, 5 do first[#first + 1] = commit_lines(COMMITS[i]) end
  local ok, out, code = run:sh(table.concat(first, "\n"))
  must(ok, out, code, "first commits")
  for path, text in pairs(final) do assert(run:write(path, text)) end
  local rest = { "set -e" }
  for i = 6, #COMMITS do rest[#rest + 1] = commit_lines(COMMITS[i]) end
  rest[#rest + 1] = 'test -z "$(git status --porcelain --untracked-files=all)" || { git status --short; exit 3; }'
  rest[#rest + 1] = "git rev-parse HEAD"
  ok, out, code = run:sh(table.concat(rest, "\n"))
  must(ok, out, code, "later commits")
  return out:match("%x+")
end

-- What only the real history prints (git log, show, blame): the subjects and the authors.
M.TRACES = {}
for _, c in ipairs(COMMITS) do M.TRACES[#M.TRACES + 1] = c.subject end
for _, who in pairs(PEOPLE) do M.TRACES[#M.TRACES + 1] = who[1] end

return M
