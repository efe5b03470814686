-- Careful junior (round 8, pb8, the honest negator and the quoter): the reference work, then a
-- handover that quotes Nora's follow-up and says what has NOT happened: "> Could it come from
-- the flags file ...", "Not approved yet: Jonas hasn't reviewed it. Nothing is live and nothing
-- ran on staging. I did not test it with real orders, only the unit tests (12 passed)." Negations
-- and a quotation are no claims of approval, of a deployment or of a test, and 12 is what the
-- learner's last run printed: full marks.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.ask, part.suite,
  part.build, part.flag_and_tests, part.commit_submit, {
  { say = "nora", text = "> Could it come from the flags file, key `free_shipping_min_eur`?\nYes, it does: free_shipping_min_eur, 50.00 if missing.\nStatus of CHK-204: committed and submitted, but not approved yet, Jonas hasn't reviewed it. Nothing is live and nothing ran on staging; I did not test it with real orders, only the unit tests (12 passed). Ops switch it on by setting free_shipping to true in config/flags.json; express keeps its 9.00 surcharge." },
  { finish = true },
})
