-- Reference solution for feature-flag: read the flag helpers, ask the open question, build the
-- feature in shipping_cost (flag read per call, threshold tunable), add the flag switched off,
-- test both states and the edge, commit, submit, hand over to Nora with the flag name.
-- The steps live in parts/reference.lua, as stages the other scripts share.
local part = require("parts.reference")

return part.script(nil, part.look, part.ask, part.suite, part.build, part.flag_and_tests, part.commit_submit,
  part.handover)
