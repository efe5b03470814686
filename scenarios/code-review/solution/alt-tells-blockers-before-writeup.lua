-- Round 11 (h2), the out-of-order learner: reads the branch, tells Lena both blockers and their
-- fixes first ("heads-up before I write it up"), then writes review.md, submits and says it is in
-- (without naming them again). Lena heard both: 100 % (told_author counted only messages after
-- the write-up: 80).
local part = require("parts.reference")
return part.script(nil, part.look,
  { { say = "lena", text = "Hi Lena, heads-up before I write it up: two blockers. search.py:11 builds the LIKE with an f-string (SQL injection, use a ? placeholder), and pricing.py:14 uses > so exactly 10 units gets no discount (should be >=, plus a test for 10)." } },
  part.review, part.submit,
  { { say = "lena", text = "Review is written up in review.md now, changes requested." }, { finish = true } })
