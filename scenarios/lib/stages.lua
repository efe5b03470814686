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

return M
