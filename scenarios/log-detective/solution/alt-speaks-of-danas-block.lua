-- Valid (play-test round 7, a chatty junior): the reference route, then two more messages to Dana
-- about her block: "Thanks Dana, I see it's blocked now." and "I haven't touched the edge
-- myself; I think your rate limit did it. I'll ask the partner to add backoff before it gets
-- unblocked." The state, Dana's act, a denial and a plan are no claim of a block of one's own
-- (gaming-claims-own-block): 100 %.
local script = { expect = { outcome = "passed", min_percent = 100 } }
for _, step in ipairs(require("actions")) do
  if step.submit then
    script[#script + 1] = { say = "dana", text = "Thanks Dana, I see it's blocked now." }
    script[#script + 1] = { say = "dana", text = "I haven't touched the edge myself; I think your rate limit did it. I'll ask the partner to add backoff before it gets unblocked." }
  end
  script[#script + 1] = step
end
return script
