-- Alternative (play as a careful junior who asks Helga for a decision without a question mark):
-- "Helga, I need your decision for DATA-204: one address has several names on its orders. Please
-- tell me which one the customer gets." Then the reference migration, trial and report. Only a
-- question mark or a question's word order counted as asking, so asked_owner was 0 (85 %). A
-- request for her decision is the question the rubric wants: must score 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "helga", text = "Helga, I need your decision for DATA-204: one address has several names on its orders. Please tell me which one the customer gets." },
}, part.write, part.trial, part.figures, part.commit, part.tell_lena, part.submit)
