-- Round 10 (pc10), the wrong recipient: the reference work, trial and commit, but the figures
-- Lena asked for ("tell me what it did") go to Dmitri in a DM ("ready for your review: 244
-- customers ..."), and Lena hears nothing. Dmitri reviews the code; Lena writes the release
-- notes. The report is Lena's item: it must not be earned by telling Dmitri.
local part = require("parts.reference")
return part.script({ max_percent = 85 }, part.look, part.ask_helga, part.write, part.trial, part.figures, part.commit, {
  { say = "dmitri", text = "Hi Dmitri, DATA-204 is ready for your review: migration 0004 with its down file, committed. Trial on a copy of the prod snapshot: 244 customers created, 828 orders linked, 72 orders left without a customer; up, down and up again all work." },
}, part.submit)
