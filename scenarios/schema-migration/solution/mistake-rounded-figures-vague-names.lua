-- Mistake (play as a sloppy junior): the reference migration, tried on a copy, but Helga only gets
-- "how should I handle names?" (no case named: one address, several names), and Lena gets the
-- figures rounded from memory ("roughly 240 customers, ~830 orders linked, ~70 without"). The
-- migration is right, so every check passes; the vague question earns 6 of 15 and rounded figures
-- are no figures Lena can print in release notes (near misses: reported 3 of 20). It loses exactly
-- the communication it skimped on: 74 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", max_percent = 75 }, part.look, {
  { say = "helga", text = "how should I handle names?" },
}, part.write, part.trial, part.figures, part.commit, {
  { say = "lena", text = "0004 is in. on the snapshot copy it made roughly 240 customers, ~830 orders linked and ~70 orders without a customer." },
}, part.submit)
