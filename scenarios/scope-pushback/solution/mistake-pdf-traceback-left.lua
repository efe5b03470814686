-- Sloppy, half done (play round 2026-12-06, playbs): the reference's conversation, a good CSV
-- export with its test, but for the other formats it keeps Ravi's raise NotImplementedError:
-- `--format pdf` in the demo is a traceback. The formats check fails, Ines does not approve:
-- must fail (the CSV work keeps its points).
local part = require("parts.reference")
local export = part.export[1].sh:gsub('sys%.exit%b()', 'raise NotImplementedError("export is not written yet")', 1)
return part.script({ outcome = "failed", max_percent = 93 }, part.look, part.ask, part.estimate, part.hold,
  { { sh = export } }, part.test, part.backlog_commit, part.submit, part.tell_sofia)
