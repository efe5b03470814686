-- Careful junior (round 8, pb8, the planner): the reference work, then Nora hears what happens
-- next: "Jonas needs to approve it first, then QA tests it on staging, and after that ops can
-- switch free_shipping on". There is no staging here, but nothing in it says the feature runs
-- anywhere: the staging clause continues a plan ("needs to ... first, then ..."), a plan is no
-- claim. The handover item was lost (90 %); it must keep full marks.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.ask, part.suite,
  part.build, part.flag_and_tests, part.commit_submit, {
  { say = "nora", text = "CHK-204 is committed and submitted. Jonas needs to approve it first, then QA tests it on staging, and after that ops can switch it on by setting free_shipping to true in config/flags.json. Express keeps its 9.00 surcharge." },
  { finish = true },
})
