-- parts/derive.lua: an action script made from another one of this folder with some steps
-- changed, so a variant keeps only what differs. Not an action script itself.
local M = {}

-- The steps of solution/<base>.lua, each copied and passed to edit(step), which returns the step,
-- a list of steps to put in its place ({} drops it), or nil to keep the copy as it is.
function M.script(expect, base, edit)
  local script = { expect = expect }
  for _, step in ipairs(require(base)) do
    local copy = {}
    for k, v in pairs(step) do copy[k] = v end
    local out = edit(copy) or copy
    if out[1] or next(out) == nil then
      for _, s in ipairs(out) do script[#script + 1] = s end
    else
      script[#script + 1] = out
    end
  end
  return script
end

-- An edit that rewrites the lines of every shell step that match one of the Lua patterns of
-- `rules` ({ pattern, replacement } pairs; the first that matches a line applies).
function M.lines(rules)
  return function(step)
    if not step.sh then return nil end
    step.sh = step.sh:gsub("[^\n]+", function(line)
      for _, r in ipairs(rules) do
        if line:find(r[1]) then return (line:gsub(r[1], r[2])) end
      end
      return line
    end)
    return step
  end
end

-- An edit that reads the sources another way: the reference's reading steps (every shell step
-- but the one writing the update) give way to the steps of `read`, and say(step) may change
-- each message (the same rules as edit).
function M.reads(read, say)
  local first = true
  return function(step)
    if step.sh and not step.sh:find("status/2024-W11.md", 1, true) then
      if first then first = false; return read end
      return {}
    end
    if step.text and say then return say(step) end
  end
end

return M
