-- parts/helper_script.lua: the route of alt-helper-script-split-terse and the scripts that differ
-- from it only in what Ines is told afterwards (a non-native junior asks Tomas, writes clean.py
-- into the workspace with a tee heredoc, runs it, deletes it, submits). Not an action script.
local M = {}

local route = {
  { sh = "head -3 signups.csv; cut -d, -f1 signups.csv | sed 's/[0-9]/9/g' | sort | uniq -c" },
  { say = "tomas", text = "hi tomas, the dates like 01/02/2024 - is day first or month first?" },
  { sh = "grep -c '@larkspur.test' signups.csv" },
  { sh = [==[tee clean.py >/dev/null <<'PY'
import csv, datetime
FMTS = ("%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%SZ")
def when(s):
    for f in FMTS:
        try:
            return datetime.datetime.strptime(s.strip(), f)
        except ValueError:
            pass
    raise SystemExit("bad date " + s)
with open("signups.csv", newline="") as f:
    rows = list(csv.DictReader(f))
first = {}
for r in rows:
    r["email"] = r["email"].strip().lower()
    if r["email"].endswith("@larkspur.test"):
        continue
    d = when(r["submitted_at"])
    k = (r["email"], r["workshop"])
    if k not in first or d < first[k][0]:
        first[k] = (d, r)
out = sorted(first.values(), key=lambda x: x[0])
with open("clean.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["submitted_at", "name", "email", "workshop", "city"])
    w.writeheader()
    for d, r in out:
        r["submitted_at"] = d.strftime("%Y-%m-%d %H:%M")
        w.writerow(r)
people = {k[0] for k in first}
sql = {k[0] for k in first if k[1] == "Intro to SQL"}
with open("answer.txt", "w") as f:
    f.write("people: %d\nintro_to_sql: %d\n" % (len(people), len(sql)))
print(len(rows), "rows in,", len(out), "rows out")
PY
python3 clean.py && cat answer.txt && head -3 clean.csv]==] },
  { sh = "rm clean.py" },
  { submit = "clean" },
}

-- An action script of `expect`, the route, then `extra` (more commands or messages) and finish.
function M.script(expect, extra)
  local script = { expect = expect }
  table.move(route, 1, #route, 1, script)
  for _, step in ipairs(extra) do script[#script + 1] = step end
  script[#script + 1] = { finish = true }
  return script
end

return M
