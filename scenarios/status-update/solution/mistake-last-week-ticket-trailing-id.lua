-- Mistake (play 2026-12-06, vD: pins the boundary of "a mention is not a listed ticket"): the
-- reference route, but Done also has "- Staging Postgres upgraded to 15 (OPS-77)", last week's
-- ticket with its id at the end of its own line. That is listing it, not mentioning it in
-- relation to another ticket: the done check (20) must still fail. 80 %, may pass.
local OLD = "## Done\n"
local NEW = "## Done\n- Staging Postgres upgraded to 15 (OPS-77).\n"
local script = { expect = { outcome = "passed", max_percent = 80 } }
for _, step in ipairs(require("actions")) do
  local copy = {}
  for k, v in pairs(step) do copy[k] = v end
  if copy.sh then
    local i, j = copy.sh:find(OLD, 1, true)
    if i then copy.sh = copy.sh:sub(1, i - 1) .. NEW .. copy.sh:sub(j + 1) end
  end
  script[#script + 1] = copy
end
return script
