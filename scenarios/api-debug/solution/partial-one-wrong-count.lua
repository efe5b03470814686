-- Partial (play-test playB, a sloppy junior): the fix, the probe and Ravi's answer are right, but
-- the count to Amara is mistyped ("12 created" where the run printed 11). An honest mistake
-- (the run was real, no figure was printed by the learner's own hand): reported_amara is capped
-- at 6 and nothing else is lost, so the run passes below full marks. Must not earn the
-- fabricated_evidence penalty.
local part = require("parts.sed_fix")
local URL = "http://127.0.0.1:8085/v1/invoices"

local script = part.script({ outcome = "passed", min_percent = 84, max_percent = 88 }, {
  { sh = "./start-service" },
  { sh = "curl -si -X POST " .. URL .. " -H \"Authorization: $(cat ledger/dev-token)\" -d '{}' | head -n 1" },
  { sh = "curl -si -X POST " .. URL .. " -H \"Authorization: Bearer $(cat ledger/dev-token)\" -d '{}' | head -n 1" },
  { say = "ravi", text = "Hi Ravi: 401 on every POST, and 415 once the Bearer prefix is there. Both headers were lost on our side." },
})
-- the shared route's report to Amara, with the count mistyped
for k, step in ipairs(script) do
  if step.say == "amara" then
    script[k] = { say = "amara", text = "Fixed: 12 created, 6 already in the ledger, INV-2037 rejected (credit note, 422)." }
  end
end
return script
