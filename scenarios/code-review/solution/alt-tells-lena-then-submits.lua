-- Valid route in another order (play round playff): reads the branch, writes review.md, tells Lena
-- in #reviews that the review is in with both blockers, and only then clicks submit. The review was
-- written before she heard of it; the order of the submit click is no reason to lose the credit
-- for telling her. Must score 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.ack, part.review, {
  { post = "#reviews", text = "@lena my review is in review.md: please don't merge yet. Two blockers: the search builds its LIKE with an f-string (SQL injection, bind it with a ? placeholder), and `>` skips the discount at exactly 10 units (use >= and add a test for 10)." },
}, part.submit, { { finish = true } })
