-- Gaming (the claim in quotation marks): as gaming-checked-on-copy-never-run.lua, the trial on a
-- copy is never run, and Lena is told: Status: "tested up, down and up again on a copy of the
-- snapshot, all green". claims.lua used to empty every quotation as a colleague's words, so a
-- claim wrapped in quotation marks cost nothing; a quotation nobody is said to have written or
-- said is the learner's own words: false_trial_claim, failed.
local part = require("parts.reference")

return part.script({ outcome = "failed", max_percent = 68 }, part.look, part.ask_helga, part.write, part.commit, {
  { say = "lena", text = "DATA-204 is committed. Status: \"tested up, down and up again on a copy of the snapshot, all green\" 244 customers, 828 orders linked, 72 without a customer." },
}, part.submit)
