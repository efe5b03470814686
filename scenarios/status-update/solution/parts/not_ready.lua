-- parts/not_ready.lua: the steps the "not ready yet" scripts share (the tickets read, OPS-88
-- escalated with the ask and the deadline, a correct update written), so each script keeps only
-- what it says about readiness. Not an action script itself: verify only plays solution/*.lua.
local M = {}

-- Both lists of my tickets, then the escalation by DM.
M.read_and_escalate = {
  { sh = "grep ',me,' tickets.csv" },
  { sh = "grep ',me,' tickets.csv | grep Done" },
  { say = "ruth", text = "Hi Ruth, OPS-88 is blocked: the vendor hasn't sent IP ranges or the NDA and the audit starts Monday 18 March. Could you please escalate via their account manager?" },
}

-- A correct week 11 update (OPS-91 under Done after the mid-run merge).
M.write = {
  { sh = [[cat > status/2024-W11.md <<'EOF'
# Week 11

## Done
- OPS-85: TLS certificates renewed.
- OPS-80: CI runners on Debian 12.
- OPS-83: backup restore test passed.
- OPS-91: noisy Grafana alerts removed (merged by Kofi today).

## In progress
- OPS-86: on-call handover checklist, draft in the wiki.

## Blocked
- OPS-88: vendor VPN access. The vendor has not sent its IP ranges or the NDA. Audit starts Monday 18 March. Ask: Ruth, please escalate.

## Next week
- Finish OPS-86, start OPS-90.
EOF]] },
}

-- The whole script: the sources read, `early` (what the learner tells Ruth about the update
-- first), the escalation (`escalation`: other words for it; nil: the usual ones), the update
-- written and submitted, then `final` (nil: nothing more).
function M.play(expect, early, final, escalation)
  local steps = { { sh = "cat TEMPLATE.md notes/standups.md" }, { say = "ruth", text = early } }
  for _, st in ipairs(M.read_and_escalate) do
    steps[#steps + 1] = (escalation and st.say) and { say = "ruth", text = escalation } or st
  end
  for _, st in ipairs(M.write) do steps[#steps + 1] = st end
  steps[#steps + 1] = { submit = "status" }
  if final then steps[#steps + 1] = { say = "ruth", text = final } end
  steps[#steps + 1] = { finish = true }
  steps.expect = expect
  return steps
end

return M
