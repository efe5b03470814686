-- Alternative (play as a careful junior who reports once to both): the reference work, but the
-- figures go to #backend in one post for both colleagues: "@lena @dmitri DATA-204 is ready for
-- review. Trial on a copy of the prod snapshot: 244 customers created, 828 orders linked, 72 left
-- without a customer; up, down and up again all fine." A #backend post that mentioned @dmitri
-- was never Lena's, though it @mentions her: reported 0 (80 %). Must score 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.ask_helga, part.write, part.trial,
  part.figures, part.commit, {
  { post = "#backend", text = "@lena @dmitri DATA-204 is ready for review. Trial on a copy of the prod snapshot: 244 customers created, 828 orders linked, 72 left without a customer; up, down and up again all fine." },
}, part.submit)
