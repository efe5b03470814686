-- Reference solution for scope-pushback: look at the scaffold and what is installed, ask Sofia
-- what the customer does with the file, estimate each format with the reason, propose CSV for
-- the demo, hold it once with a reason when she pushes, build it with the csv module and a test,
-- refuse PDF and Excel clearly, record them in the backlog, commit, submit, tell Sofia how.
-- The steps live in parts/reference.lua, as stages the other scripts share.
local part = require("parts.reference")

return part.script(nil, part.look, part.ask, part.estimate, part.hold, part.export, part.test, part.try,
  part.backlog_commit, part.submit, part.tell_sofia)
