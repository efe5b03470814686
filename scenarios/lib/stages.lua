-- stages.lua: builds an action script out of stages, for the solution/parts/ of a scenario
-- (a reference route cut into named lists of actions that several solution scripts share).
-- Action scripts inside a scenario's solution/ folder may require it, as scenario.lua may.
local M = {}

-- An action script with `expect` (nil for the reference or an alternative) and the actions of
-- each stage given, in order.
function M.script(expect, ...)
  local script = { expect = expect }
  for _, stage in ipairs({ ... }) do table.move(stage, 1, #stage, #script + 1, script) end
  return script
end

-- `script` played by a junior who first clicks Submit on each task it submits, before doing
-- anything (to see what the checks ask for), then plays it as it is; with `expect`.
function M.submits_first(expect, script)
  local out = { expect = expect }
  for _, step in ipairs(script) do
    if step.submit then out[#out + 1] = { submit = step.submit } end
  end
  table.move(script, 1, #script, #out + 1, out)
  return out
end

-- A copy of `script` (its `expect` replaced by `expect`) whose shell lines have each gsub of
-- `swaps` ({ pattern, replacement } pairs, in order) applied, and with `extra` actions put just
-- before its finish: the same route with some commands swapped ("every pytest run replaced by
-- ...") and a last word added.
function M.swapped(expect, script, swaps, extra)
  local out = { expect = expect }
  for _, step in ipairs(script) do
    local b = {}
    for k, v in pairs(step) do b[k] = v end
    for _, sw in ipairs(b.sh and swaps or {}) do b.sh = b.sh:gsub(sw[1], sw[2]) end
    if b.finish then table.move(extra or {}, 1, #(extra or {}), #out + 1, out) end
    out[#out + 1] = b
  end
  return out
end

return M
