-- Reference solution for schema-migration: profile the addresses, ask Helga about the cases the
-- data leaves open (before writing the SQL), write 0004 as SQL (temp table of normalised
-- addresses, customers with the latest non-blank name, links, an index) and its down file, try
-- up/down/up on a copy of the snapshot, read the figures from the copy, commit, report to Lena.
-- The steps live in parts/reference.lua, as stages the other scripts share.
local part = require("parts.reference")

return part.script(nil, part.look, part.ask_helga, part.write, part.trial, part.figures, part.commit,
  part.tell_lena, part.submit)
