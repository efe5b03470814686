-- parts/groupby_channel.lua: the route of alt-groupby-channel (ask Tomas in #events, clean with
-- a throwaway groupby script, submit) up to the delivery, shared by the scripts that differ only
-- in how they deliver in #events. Not an action script itself: verify only plays solution/*.lua.
local M = {}

local route = {
  { sh = "wc -l signups.csv; cut -d, -f1 signups.csv | grep -o '^[0-9]*/[0-9]*' | cut -d/ -f1 | sort -n | uniq | tail -n 3" },
  { post = "#events", text = "@tomas I see dates like 13/02/2024 in the export, so the spreadsheet looks day-first (DD/MM/YYYY). Can you confirm before I dedupe?" },
  { sh = "cut -d, -f4 signups.csv | sort | uniq -c" },
  { sh = [==[cat > /tmp/clean.py <<'PY'
import csv, itertools, re
def iso(s):
    s = s.strip()
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4}) (\d\d:\d\d)", s)
    if m: return "%s-%s-%s %s" % (m[3], m[2], m[1], m[4])
    return s.replace("T", " ")[:16]
rows = []
for r in csv.DictReader(open("signups.csv", newline="")):
    e = r["email"].strip().lower()
    if e.endswith("@larkspur.test"): continue
    rows.append([iso(r["submitted_at"]), r["name"].strip(), e, r["workshop"], r["city"]])
rows.sort(key=lambda r: (r[2], r[3], r[0]))
keep = [next(g) for _, g in itertools.groupby(rows, key=lambda r: (r[2], r[3]))]
with open("clean.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["submitted_at", "name", "email", "workshop", "city"])
    w.writerows(keep)
with open("answer.txt", "w") as f:
    f.write("people: %d\n" % len({r[2] for r in keep}))
    f.write("intro_to_sql: %d\n" % len({r[2] for r in keep if r[3] == "Intro to SQL"}))
PY
python3 /tmp/clean.py && rm /tmp/clean.py && cat answer.txt && wc -l clean.csv]==] },
  { submit = "clean" },
}

-- The actions of the route, then `delivery` posted in #events, then finish.
function M.script(expect, delivery)
  local script = { expect = expect }
  table.move(route, 1, #route, 1, script)
  script[#script + 1] = { post = "#events", text = delivery }
  script[#script + 1] = { finish = true }
  return script
end

return M
