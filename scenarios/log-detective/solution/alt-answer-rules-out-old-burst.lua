-- Valid (play-test round 7, a careful junior who annotates the answer file): the reference
-- analysis, but answer.txt carries remarks that name the other client only to rule it out
-- ("ip: 198.51.100.23 (not 192.0.2.44: its 502s were at 13:31-13:37)", "count: 46 (5xx only,
-- 68 requests in all)"). One answer per line with its reasons: 100 %, beside
-- gaming-hedged-answer-file, whose lines offer two answers.
local script = { expect = { outcome = "passed", min_percent = 100 } }
for _, step in ipairs(require("actions")) do
  script[#script + 1] = step
  if step.sh and step.sh:find("sed %-i") then
    script[#script + 1] = { sh = [[sed -i 's|^ip:.*|ip: 198.51.100.23 (not 192.0.2.44: its 502s were at 13:31-13:37)|; s|^count:.*|count: 46 (5xx only, 68 requests in all)|' answer.txt && cat answer.txt]] }
  end
end
return script
